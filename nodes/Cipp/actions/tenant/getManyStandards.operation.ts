import { optionalTenantParameter } from '../common/pickers';
import { records } from '../common/readers';
import type { CippOperation } from '../types';

export const getManyStandards: CippOperation = {
	resource: 'tenant',
	value: 'getManyStandards',
	name: 'Get Many Standards',
	action: 'Get many applied standards',
	description:
		'List the standards applied to tenants, one item per tenant (or, consolidated, per standard and tenant) with the standards and who applied them',
	endpoint: 'ListStandards',
	method: 'GET',
	access: 'read',
	role: 'Tenant.Standards.Read',
	list: true,
	parameters: [
		optionalTenantParameter(),
		{
			property: {
				displayName: 'Consolidated',
				name: 'showConsolidated',
				type: 'boolean',
				default: false,
				description: 'Whether to return the effective standards merged from every template that applies, instead of the legacy per-tenant view',
			},
			send: { name: 'ShowConsolidated', in: 'query', encoding: 'boolean' },
		},
	],
	output: records,
};
