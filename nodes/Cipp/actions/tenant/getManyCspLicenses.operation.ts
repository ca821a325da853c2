import { reads } from '../common/endpoints';
import { tenantParameter } from '../common/pickers';
import { records } from '../common/readers';
import type { CippOperation } from '../types';

export const getManyCspLicenses: CippOperation = {
	resource: 'tenant',
	value: 'getManyCspLicenses',
	name: 'Get Many CSP Licenses',
	action: 'Get many CSP licence subscriptions',
	description:
		"List a tenant's CSP licence subscriptions through CIPP's Sherweb integration, one item per subscription. Needs the Sherweb integration enabled and the tenant mapped.",
	...reads('ListCSPLicenses', 'Tenant.Directory.Read'),
	list: true,
	parameters: [tenantParameter('query')],
	output: records,
};
