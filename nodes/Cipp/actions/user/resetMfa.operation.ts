import { additionalFields, textField } from '../common/fields';
import { tenantParameter, userParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import type { CippOperation } from '../types';

export const resetMfa: CippOperation = {
	resource: 'user',
	value: 'resetMfa',
	name: 'Reset MFA',
	action: "Reset a user's MFA methods",
	description:
		'Remove every registered authentication method except the password (or only one method), so the user must register MFA again at the next sign-in',
	endpoint: 'ExecResetMFA',
	method: 'POST',
	access: 'write',
	role: 'Identity.User.ReadWrite',
	parameters: [
		tenantParameter('body'),
		userParameter({ name: 'ID', in: 'body' }),
		additionalFields([
			textField({ displayName: 'Method ID', name: 'MethodId', description: 'Remove only this authentication method (its ID from Microsoft Graph); leave out to remove all', placeholder: 'e.g. 3179e48a-750b-4051-897c-87b9720928f7' }, { name: 'MethodId', in: 'body' }),
		]),
	],
	output: actionResult(),
};
