import { reads } from '../common/endpoints';
import { parsedRecords } from '../common/readers';
import type { CippOperation } from '../types';

export const getManyCustomRoles: CippOperation = {
	resource: 'administration',
	value: 'getManyCustomRoles',
	name: 'Get Many Roles',
	action: 'Get many CIPP roles',
	description:
		"List CIPP's roles, one item per role: the built-in ones and custom roles with their permissions, allowed and blocked tenants, Entra group and IP range",
	...reads('ListCustomRole', 'CIPP.Core.Read'),
	list: true,
	parameters: [],
	output: parsedRecords,
};
