import { requiredParameter } from '../common/fields';
import { tenantParameter, userParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import type { CippOperation } from '../types';

export const setPerUserMfa: CippOperation = {
	resource: 'user',
	value: 'setPerUserMfa',
	name: 'Set Per-User MFA',
	action: "Set a user's per-user MFA state",
	description:
		"Set a user's legacy per-user MFA state to Enforced, Enabled or Disabled (Conditional Access or security defaults are the modern alternative)",
	endpoint: 'ExecPerUserMFA',
	method: 'POST',
	access: 'write',
	role: 'Identity.User.ReadWrite',
	parameters: [
		tenantParameter('body'),
		userParameter({ name: 'userPrincipalName', in: 'body', encoding: 'graphId' }),
		requiredParameter(
			{
				displayName: 'State',
				name: 'state',
				type: 'options',
				options: [
					{ name: 'Disabled', value: 'Disabled' },
					{ name: 'Enabled', value: 'Enabled', description: 'The user is asked to register MFA' },
					{ name: 'Enforced', value: 'Enforced', description: 'MFA is required at every sign-in' },
				],
				default: 'Enforced',
				description: 'The per-user MFA state to set',
			},
			{ name: 'State', in: 'body', encoding: 'labelValue' },
		),
	],
	output: actionResult(),
};
