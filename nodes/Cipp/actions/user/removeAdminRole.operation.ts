import { writes } from '../common/endpoints';
import { additionalFields, textField } from '../common/fields';
import { tenantParameter, userParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import { adminRoleParameter } from '../shared/user';
import type { CippOperation } from '../types';

export const removeAdminRole: CippOperation = {
	resource: 'user',
	value: 'removeAdminRole',
	name: 'Remove Admin Role',
	action: 'Remove an admin role from a user',
	description:
		'Remove a user from a built-in Microsoft Entra admin role (custom roles cannot be removed this way). A role not activated in the tenant fails with "may not be activated".',
	...writes('ExecRemoveAdminRole', 'Identity.Role.ReadWrite'),
	parameters: [
		tenantParameter('body'),
		userParameter({ name: 'Users', in: 'body', encoding: 'stringList' }),
		adminRoleParameter,
		additionalFields([
			textField(
				{
					displayName: 'Role Name',
					name: 'roleName',
					description: "The role's name for CIPP's message and logbook entry",
					placeholder: 'e.g. User Administrator',
				},
				{ name: 'RoleName', in: 'body', encoding: 'labelValue' },
			),
		]),
	],
	output: actionResult(),
};
