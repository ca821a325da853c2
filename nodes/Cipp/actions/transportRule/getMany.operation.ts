import { reads } from '../common/endpoints';
import { tenantParameter } from '../common/pickers';
import { cachedRecords } from '../common/readers';
import type { CippOperation } from '../types';

export const getMany: CippOperation = {
	resource: 'transportRule',
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many transport rules',
	description:
		'List the Exchange Online mail flow (transport) rules of a tenant, one item per rule with its state, priority, mode, conditions and actions. AllTenants is served from a cache: while CIPP fills it, one item with status "loading" says to check back in a few minutes.',
	...reads('ListTransportRules', 'Exchange.TransportRule.Read'),
	list: true,
	parameters: [tenantParameter('query', { allowAllTenants: true })],
	output: cachedRecords(),
};
