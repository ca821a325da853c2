import { writes } from '../common/endpoints';
import { actionResult } from '../common/readers';
import { cippUserUpn } from '../shared/administration';
import type { CippOperation } from '../types';

export const deleteCippUser: CippOperation = {
	resource: 'administration',
	value: 'deleteCippUser',
	name: 'Delete CIPP User',
	action: "Remove a person from CIPP's portal",
	description:
		"Remove a person's access to CIPP's portal (CIPP refuses to remove the last person with a manually assigned superadmin role). Needs an API client with CIPP's superadmin role.",
	...writes('ExecCIPPUsers', 'CIPP.SuperAdmin.ReadWrite'),
	parameters: [cippUserUpn],
	constants: { body: { Action: 'Delete' } },
	output: actionResult(),
};
