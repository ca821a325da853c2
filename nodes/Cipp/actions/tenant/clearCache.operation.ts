import { writes } from '../common/endpoints';
import { pascalFlag } from '../common/fields';
import { actionResult } from '../common/readers';
import type { CippOperation } from '../types';

export const clearCache: CippOperation = {
	resource: 'tenant',
	value: 'clearCache',
	name: 'Clear Tenant Cache',
	action: "Clear CIPP's tenant cache",
	description:
		"Clear CIPP's cached data and queue a refresh of the tenant list. Asynchronous: CIPP answers at once and the refreshed list appears a few minutes later in Tenant → Get Many.",
	...writes('ListTenants', 'CIPP.Core.Read'),
	constants: { body: { ClearCache: true } },
	parameters: [pascalFlag('Tenants Only', 'tenantsOnly', 'Whether to clear only the tenant list cache and keep every other cached report')],
	output: actionResult({ queued: { followUp: 'Call Tenant → Get Many again in a few minutes to see the refreshed tenant list' } }),
};
