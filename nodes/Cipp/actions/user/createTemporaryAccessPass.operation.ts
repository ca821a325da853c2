import { writes } from '../common/endpoints';
import { additionalFields, flag, numberField } from '../common/fields';
import { tenantParameter, userParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import { secretOutputParameter } from '../common/secrets';
import type { CippOperation } from '../types';

export const createTemporaryAccessPass: CippOperation = {
	resource: 'user',
	value: 'createTemporaryAccessPass',
	name: 'Create Temporary Access Pass',
	action: 'Create a temporary access pass',
	description:
		'Create a Temporary Access Pass (a time-limited passcode to sign in and register MFA or passwordless methods), the alternative to a password reset; the pass is included, masked or omitted',
	...writes('ExecCreateTAP', 'Identity.User.ReadWrite'),
	parameters: [
		tenantParameter('body'),
		userParameter({ name: 'ID', in: 'body', encoding: 'graphId' }),
		additionalFields([
			numberField(
				{
					displayName: 'Lifetime (Minutes)',
					name: 'lifetimeInMinutes',
					description: "How long the pass is valid; the tenant's TAP policy sets the allowed range",
					default: 60,
				},
				{ name: 'lifetimeInMinutes', in: 'body' },
			),
			flag('Usable Once', 'isUsableOnce', 'Whether the pass stops working after its first sign-in', 'isUsableOnce'),
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
