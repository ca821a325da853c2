import { records } from '../common/readers';
import type { CippOperation } from '../types';

export const getManyOffboardable: CippOperation = {
	resource: 'tenant',
	value: 'getManyOffboardable',
	name: 'Get Many Offboardable',
	action: 'Get many tenants that can be offboarded',
	description:
		'List every customer tenant CIPP knows, including excluded tenants and tenants in an error state, one item per tenant sorted by display name',
	endpoint: 'ListOffboardTenants',
	method: 'POST',
	access: 'read',
	role: 'Tenant.Administration.ReadWrite',
	list: true,
	parameters: [],
	output: records,
};
