import { writes } from '../common/endpoints';
import { requiredText } from '../common/fields';
import { actionResult } from '../common/readers';
import { customRoleName, lowerCaseRoleName } from '../shared/administration';
import type { CippOperation } from '../types';

export const cloneCustomRole: CippOperation = {
	resource: 'administration',
	value: 'cloneCustomRole',
	name: 'Clone Custom Role',
	action: 'Copy a CIPP custom role under a new name',
	description:
		"Copy a custom role's permissions, tenants, blocked endpoints and IP range to a new role (not its Entra group). Needs an API client with CIPP's superadmin role.",
	...writes('ExecCustomRole', 'CIPP.SuperAdmin.ReadWrite'),
	parameters: [
		customRoleName,
		requiredText(
			{ displayName: 'New Role Name', name: 'newRoleName', placeholder: 'e.g. helpdesk-fabrikam', description: 'The name of the copy' },
			{ name: 'NewRoleName', in: 'body', validate: lowerCaseRoleName },
		),
	],
	constants: { body: { Action: 'Clone' } },
	output: actionResult(),
};
