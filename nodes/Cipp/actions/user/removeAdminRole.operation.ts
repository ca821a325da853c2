import { writes } from '../common/endpoints';
import { additionalFields, asLabelValue, text } from '../common/fields';
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
			text('Role Name', 'roleName', "The role's name for CIPP's message and logbook entry", asLabelValue('RoleName'), {
				placeholder: 'e.g. User Administrator',
			}),
		]),
	],
	output: actionResult(),
};
