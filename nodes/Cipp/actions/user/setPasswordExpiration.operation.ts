import { writes } from '../common/endpoints';
import { labelChoice } from '../common/fields';
import { tenantParameter, userParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import type { CippOperation } from '../types';

export const setPasswordExpiration: CippOperation = {
	resource: 'user',
	value: 'setPasswordExpiration',
	name: 'Set Password Expiration',
	action: "Set whether a user's password expires",
	description:
		"Set a user's password to never expire, or to follow the tenant's expiration policy again. CIPP replaces the user's whole passwordPolicies value, so a DisableStrongPassword setting is cleared either way.",
	...writes('ExecPasswordNeverExpires', 'Identity.User.ReadWrite'),
	parameters: [
		tenantParameter('body'),
		userParameter({ name: 'userId', in: 'body', encoding: 'graphId' }),
		labelChoice('Password Expiration', 'passwordPolicy', 'PasswordPolicy', 'DisablePasswordExpiration', {
			'Never Expires': 'DisablePasswordExpiration',
			'Follows Tenant Policy': 'None',
		}),
	],
	output: actionResult(),
};
