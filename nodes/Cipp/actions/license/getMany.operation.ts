import type { IDataObject } from 'n8n-workflow';

import { reads } from '../common/endpoints';
import { additionalFields, flag, inQuery } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { records } from '../common/readers';
import type { CippOperation } from '../types';

const LOADING = /^Loading data for all tenants/;

/**
 * With AllTenants and a cold cache CIPP answers one placeholder row whose Tenant and License are
 * its "Loading data for all tenants" sentence, and starts filling the cache: that row is no
 * licence, so the item says the data is queued and when to ask again.
 */
function licenceRecords(response: unknown): IDataObject[] {
	const rows = records(response);
	const [first] = rows;
	if (rows.length !== 1 || typeof first.License !== 'string' || !LOADING.test(first.License)) return rows;
	return [
		{
			status: 'queued',
			message: first.License,
			followUp: 'CIPP is loading the licences of all tenants: run Get Many again in a minute or two.',
		},
	];
}

export const getMany: CippOperation = {
	resource: 'license',
	value: 'getAll',
	name: 'Get Many',
	action: "Get many of a tenant's licences",
	description:
		'List the licences (subscribed SKUs) of a customer tenant, one item per SKU with License name, skuId, CountUsed, CountAvailable, TotalLicenses, terms and assigned users. With AllTenants, CIPP answers from its cache; when that is empty it starts loading it and the one item has status queued: run it again in a minute.',
	...reads('ListLicenses', 'Tenant.Directory.Read'),
	list: true,
	parameters: [
		tenantParameter('query', { allowAllTenants: true }),
		additionalFields([
			flag(
				'Include Excluded',
				'includeExcluded',
				"Whether to include the SKUs excluded in CIPP's settings (see Get Many Excluded). CIPP brings back only excluded SKUs set to show in licence dropdowns. Without this field added, excluded SKUs are left out.",
				inQuery('IncludeExcluded'),
				true,
			),
		]),
	],
	output: licenceRecords,
};
