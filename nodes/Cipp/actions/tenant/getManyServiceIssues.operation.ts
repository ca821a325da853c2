import { reads } from '../common/endpoints';
import { tenantParameter } from '../common/pickers';
import { records } from '../common/readers';
import type { CippOperation } from '../types';

export const getManyServiceIssues: CippOperation = {
	resource: 'tenant',
	value: 'getManyServiceIssues',
	name: 'Get Many Service Issues',
	action: 'Get open Microsoft 365 service health issues',
	description:
		'List the Microsoft 365 service health issues still open for a tenant, or for every tenant with AllTenants, one item per issue with its ID, service, feature (type) and impact (desc); TenantName is only filled for AllTenants',
	...reads('ListServiceHealth', 'Tenant.Administration.Read'),
	list: true,
	parameters: [tenantParameter('query', { allowAllTenants: true })],
	output: records,
};
