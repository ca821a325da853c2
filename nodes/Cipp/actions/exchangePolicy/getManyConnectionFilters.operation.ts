import { reads } from '../common/endpoints';
import { tenantParameter } from '../common/pickers';
import { records } from '../common/readers';
import type { CippOperation } from '../types';

export const getManyConnectionFilters: CippOperation = {
	resource: 'exchangePolicy',
	value: 'getManyConnectionFilters',
	name: 'Get Many Connection Filters',
	action: 'Get many connection filter policies',
	description: 'List the connection filter policies of a tenant (IP allow and block lists, safe list), one item per policy',
	...reads('ListConnectionFilter', 'Exchange.ConnectionFilter.Read'),
	list: true,
	parameters: [tenantParameter('query')],
	output: records,
};
