import { writes } from '../common/endpoints';
import { actionResult } from '../common/readers';
import { customRoleName } from '../shared/administration';
import type { CippOperation } from '../types';

export const deleteCustomRole: CippOperation = {
	resource: 'administration',
	value: 'deleteCustomRole',
	name: 'Delete Custom Role',
	action: 'Delete a CIPP custom role',
	description: "Delete a custom role with its Entra group and IP range. Needs an API client with CIPP's superadmin role.",
	...writes('ExecCustomRole', 'CIPP.SuperAdmin.ReadWrite'),
	parameters: [customRoleName],
	constants: { body: { Action: 'Delete' } },
	output: actionResult(),
};
