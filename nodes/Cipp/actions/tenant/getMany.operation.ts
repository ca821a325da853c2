import { records } from '../common/readers';
import type { CippOperation } from '../types';

export const getMany: CippOperation = {
	resource: 'tenant',
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many tenants',
	description:
		'List the customer tenants CIPP manages (and this API client may see), one item per tenant with its domain and tenant ID',
	endpoint: 'ListTenants',
	method: 'GET',
	access: 'read',
	role: 'CIPP.Core.Read',
	list: true,
	parameters: [],
	output: records,
};
