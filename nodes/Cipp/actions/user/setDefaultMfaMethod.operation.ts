import { writes } from '../common/endpoints';
import { requiredParameter } from '../common/fields';
import { tenantParameter, userParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import type { CippOperation } from '../types';

export const setDefaultMfaMethod: CippOperation = {
	resource: 'user',
	value: 'setDefaultMfaMethod',
	name: 'Set Default MFA Method',
	action: "Set a user's default MFA method",
	description: 'Set the second factor a user is asked for first. Microsoft ignores it while system-preferred MFA is on for the user.',
	...writes('ExecSetDefaultMFAMethod', 'Identity.User.ReadWrite'),
	parameters: [
		tenantParameter('body'),
		userParameter({ name: 'ID', in: 'body' }),
		requiredParameter(
			{
				displayName: 'Method',
				name: 'methodType',
				type: 'options',
				default: 'push',
				options: [
					{ name: 'Authenticator App Code', value: 'oath' },
					{ name: 'Authenticator Push', value: 'push' },
					{ name: 'Call Alternate Mobile', value: 'voiceAlternateMobile' },
					{ name: 'Call Mobile', value: 'voiceMobile' },
					{ name: 'Call Office Phone', value: 'voiceOffice' },
					{ name: 'Text Message', value: 'sms' },
				],
			},
			{ name: 'MethodType', in: 'body', encoding: 'labelValue' },
		),
	],
	output: actionResult(),
};
