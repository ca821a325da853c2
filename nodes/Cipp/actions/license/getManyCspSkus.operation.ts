import { reads } from '../common/endpoints';
import { tenantParameter } from '../common/pickers';
import { records } from '../common/readers';
import type { CippOperation } from '../types';
import { choices } from '../common/fields';

export const getManyCspSkus: CippOperation = {
	resource: 'license',
	value: 'getManyCspSkus',
	name: 'Get Many CSP SKUs',
	action: 'Get many Sherweb CSP SKUs of a tenant',
	description:
		"List what a customer tenant can buy through CIPP's Sherweb integration, or its current Sherweb subscriptions; no items when the tenant is not mapped to a Sherweb customer",
	...reads('ListCSPsku', 'Tenant.Directory.Read'),
	list: true,
	parameters: [
		tenantParameter('query'),
		{
			property: {
				displayName: 'Show',
				name: 'currentSkuOnly',
				type: 'options',
				default: '',
				description: 'The catalogue of purchasable SKUs, or the subscriptions the tenant has',
				options: choices({ Catalogue: '', 'Current Subscriptions': 'true' }),
			},
			send: { name: 'currentSkuOnly', in: 'query' },
			optional: true,
		},
	],
	output: records,
};
