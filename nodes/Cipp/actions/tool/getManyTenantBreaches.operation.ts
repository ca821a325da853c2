import { reads } from '../common/endpoints';
import { records } from '../common/readers';
import { domainTenantParameter } from '../shared/tenant';
import type { CippOperation } from '../types';

export const getManyTenantBreaches: CippOperation = {
	resource: 'tool',
	value: 'getManyTenantBreaches',
	name: 'Get Many Tenant Breaches',
	action: "Get many breaches of a tenant's users",
	description:
		"List the data breaches CIPP found for a customer tenant's accounts by its last Start Breach Search, one item per breached account",
	...reads('ListBreachesTenant', 'CIPP.Core.Read'),
	list: true,
	parameters: [domainTenantParameter('query')],
	output: records,
};
