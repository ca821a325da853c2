import { reads } from '../common/endpoints';
import { tenantParameter } from '../common/pickers';
import { resultRecords } from '../common/readers';
import type { CippOperation } from '../types';

export const getManyPartnerRelationships: CippOperation = {
	resource: 'tenant',
	value: 'getManyPartnerRelationships',
	name: 'Get Many Partner Relationships',
	action: "Get a tenant's cross-tenant partners",
	description:
		"List the organizations in a tenant's cross-tenant access settings (partners: other Microsoft 365 tenants with their own inbound and outbound rules), one item per partner, with the partner tenant's name where CIPP can look it up",
	...reads('ListPartnerRelationships', 'Tenant.Relationship.Read'),
	list: true,
	parameters: [tenantParameter('query')],
	output: resultRecords,
};
