import { writes } from '../common/endpoints';
import { upnParameter } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import type { CippOperation } from '../types';

export const sendMfaPush: CippOperation = {
	resource: 'user',
	value: 'sendMfaPush',
	name: 'Send MFA Push',
	action: 'Send an MFA push to a user',
	description:
		"Send a real MFA prompt (Authenticator push or phone call) to a user and wait for the answer, e.g. to verify a caller's identity; fails if the user denies it or has no push or phone method",
	...writes('ExecSendPush', 'Identity.User.Read'),
	parameters: [
		tenantParameter('body', { name: 'TenantFilter' }),
		upnParameter({ name: 'UserEmail', in: 'body' }, { description: 'The user to prompt, by user principal name' }),
	],
	output: actionResult(),
};
