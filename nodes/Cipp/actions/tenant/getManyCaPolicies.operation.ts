import { reads } from '../common/endpoints';
import { tenantParameter } from '../common/pickers';
import { cachedRecords } from '../common/readers';
import type { CippOperation } from '../types';

export const getManyCaPolicies: CippOperation = {
	resource: 'tenant',
	value: 'getManyCaPolicies',
	name: 'Get Many Conditional Access Policies',
	action: 'Get many conditional access policies',
	description:
		"List a tenant's Conditional Access policies, one item per policy with state, conditions and controls (IDs resolved to names, full policy in rawjson). AllTenants is served from CIPP's cache, which may still be loading.",
	...reads('ListConditionalAccessPolicies', 'Tenant.ConditionalAccess.Read'),
	list: true,
	parameters: [tenantParameter('query', { allowAllTenants: true })],
	// AllTenants with a cold cache answers an empty Results and a QueueMessage: one "loading" item says so.
	output: cachedRecords(),
};
