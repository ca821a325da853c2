import { writes } from '../common/endpoints';
import { actionResult } from '../common/readers';
import type { CippOperation } from '../types';

export const repairRoleMappings: CippOperation = {
	resource: 'gdap',
	value: 'repairRoleMappings',
	name: 'Repair Role Mappings',
	action: 'Repair GDAP role mappings and templates',
	description:
		'Point every CIPP role mapping and role template whose group ID no longer exists at the partner group of the same name; a mapping with no such group fails the item (CIPP does not recreate it)',
	...writes('ExecGDAPRepairRoleMappings', 'Tenant.Relationship.ReadWrite'),
	parameters: [],
	output: actionResult(),
};
