import { reads } from '../common/endpoints';
import { tenantParameter } from '../common/pickers';
import { singleRecord } from '../common/readers';
import type { CippOperation } from '../types';

export const get: CippOperation = {
	resource: 'tenant',
	value: 'get',
	name: 'Get',
	action: 'Get a tenant',
	description: "Get a customer tenant's organization details: name, verified domains, address, directory sync state",
	...reads('ListTenantDetails', 'CIPP.Core.Read'),
	parameters: [tenantParameter('query')],
	output: singleRecord(({ values }) => `Tenant ${String(values.tenantFilter)}`),
};
