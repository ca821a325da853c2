import { reads } from '../common/endpoints';
import { records } from '../common/readers';
import type { CippOperation } from '../types';

export const getManyRoleMappings: CippOperation = {
	resource: 'gdap',
	value: 'getManyRoleMappings',
	name: 'Get Many Role Mappings',
	action: 'Get many GDAP role mappings',
	description:
		"List CIPP's GDAP role mappings: which security group of your partner tenant stands for which Entra role, one item per mapping (GroupName, GroupId, RoleName, roleDefinitionId)",
	...reads('ListGDAPRoles', 'Tenant.Relationship.Read'),
	list: true,
	parameters: [],
	output: records,
};
