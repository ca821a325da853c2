import { actionResult } from '../common/outputs';
import { additionalFields, tenantParameter, userParameter } from '../common/parameters';
import type { CippOperation } from '../types';
import { textField } from './fields';

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
			textField('Method ID', 'MethodId', 'Remove only this authentication method (its ID from Microsoft Graph); leave out to remove all', {
				placeholder: 'e.g. 3179e48a-750b-4051-897c-87b9720928f7',
			}),
		]),
	],
	output: actionResult(),
};
