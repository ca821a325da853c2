import { reads } from '../common/endpoints';
import { tenantParameter } from '../common/pickers';
import { records } from '../common/readers';
import type { CippOperation } from '../types';

export const getManyRoles: CippOperation = {
	resource: 'tenant',
	value: 'getManyRoles',
	name: 'Get Many Roles',
	action: 'Get many directory roles',
	description: "List a tenant's Entra ID role definitions, one item per role with its members (display name, UPN, ID) and member count",
	...reads('ListRoles', 'Identity.Role.Read'),
	list: true,
	parameters: [tenantParameter('query')],
	output: records,
};
