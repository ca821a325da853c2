import { actionResult } from '../common/outputs';
import { additionalFields, tenantParameter, userParameter } from '../common/parameters';
import { secretOutputParameter } from '../common/secrets';
import type { CippOperation } from '../types';
import { booleanField, numberField } from './fields';

export const createTemporaryAccessPass: CippOperation = {
	resource: 'user',
	value: 'createTemporaryAccessPass',
	name: 'Create Temporary Access Pass',
	action: 'Create a temporary access pass',
	description:
		'Create a Temporary Access Pass (a time-limited passcode to sign in and register MFA or passwordless methods), the alternative to a password reset; the pass is included, masked or omitted',
	endpoint: 'ExecCreateTAP',
	method: 'POST',
	access: 'write',
	role: 'Identity.User.ReadWrite',
	parameters: [
		tenantParameter('body'),
		userParameter({ name: 'ID', in: 'body', encoding: 'graphId' }),
		additionalFields([
			numberField('Lifetime (Minutes)', 'lifetimeInMinutes', "How long the pass is valid; the tenant's TAP policy sets the allowed range", 60),
			booleanField('Usable Once', 'isUsableOnce', 'Whether the pass stops working after its first sign-in'),
			{
				property: {
					displayName: 'Start Time',
					name: 'startDateTime',
					type: 'dateTime',
					default: '',
					description: 'When the pass becomes valid; leave out to start now',
				},
				send: { name: 'startDateTime', in: 'body', encoding: 'unixSeconds' },
			},
		]),
		secretOutputParameter('temporary access pass'),
	],
	output: actionResult({ secretField: 'temporaryAccessPass' }),
};
