import { reads } from '../common/endpoints';
import { tenantParameter } from '../common/pickers';
import { records } from '../common/readers';
import type { CippOperation } from '../types';

export const getManyNamedLocations: CippOperation = {
	resource: 'tenant',
	value: 'getManyNamedLocations',
	name: 'Get Many Named Locations',
	action: 'Get many named locations',
	description:
		"List a tenant's Conditional Access named locations (IP ranges and countries), one item per location with its ID and rangeOrLocation",
	...reads('ListNamedLocations', 'Tenant.ConditionalAccess.Read'),
	list: true,
	parameters: [tenantParameter('query')],
	output: records,
};
