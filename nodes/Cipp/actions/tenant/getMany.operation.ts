import type { IDataObject } from 'n8n-workflow';

import { reads } from '../common/endpoints';
import { records } from '../common/readers';
import type { CippOperation, OutputContext } from '../types';

/**
 * When CIPP cannot list its tenants it answers HTTP 200 with one fake tenant row carrying the
 * error in Results and empty IDs (Invoke-ListTenants.ps1:165-179): that is a failure, not a tenant,
 * or every later step of a tenant loop would get an empty tenant.
 */
function tenants(response: unknown, context: OutputContext): IDataObject[] {
	const rows = records(response);
	const failed = rows.find((row) => typeof row.Results === 'string' && !row.customerId && !row.defaultDomainName);
	if (failed) context.fail(`${String(failed.Results)}. ${String(failed.displayName ?? '')}`.trim());
	return rows;
}

export const getMany: CippOperation = {
	resource: 'tenant',
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many tenants',
	description: 'List the customer tenants CIPP manages (and this API client may see), one item per tenant with its domain and tenant ID',
	...reads('ListTenants', 'CIPP.Core.Read'),
	list: true,
	parameters: [],
	output: tenants,
};
