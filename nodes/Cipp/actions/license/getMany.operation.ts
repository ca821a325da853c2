import { additionalFields } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { records } from '../common/readers';
import type { CippOperation } from '../types';

export const getMany: CippOperation = {
	resource: 'license',
	value: 'getAll',
	name: 'Get Many',
	action: "Get many of a tenant's licences",
	description:
		'List the licences (subscribed SKUs) of a customer tenant, one item per SKU with License name, skuId, CountUsed, CountAvailable, TotalLicenses, terms and assigned users. With AllTenants, CIPP answers from its cache and starts loading it when empty.',
	endpoint: 'ListLicenses',
	method: 'GET',
	access: 'read',
	role: 'Tenant.Directory.Read',
	list: true,
	parameters: [
		tenantParameter('query', { allowAllTenants: true }),
		additionalFields([
			{
				property: {
					displayName: 'Include Excluded',
					name: 'includeExcluded',
					type: 'boolean',
					default: true,
					description: "Whether to include the SKUs excluded in CIPP's settings (see Get Many Excluded)",
				},
				send: { name: 'IncludeExcluded', in: 'query', encoding: 'boolean' },
			},
		]),
	],
	output: records,
};
