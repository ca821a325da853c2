import { reads } from '../common/endpoints';
import { tenantParameter } from '../common/pickers';
import { records } from '../common/readers';
import type { CippOperation } from '../types';

export const getManySpamFilters: CippOperation = {
	resource: 'exchangePolicy',
	value: 'getManySpamFilters',
	name: 'Get Many Spam Filters',
	action: 'Get many anti-spam policies',
	description:
		'List the anti-spam (hosted content filter) policies of a tenant, one item per policy with its settings, ruleState and rulePrio',
	...reads('ListSpamfilter', 'Exchange.SpamFilter.Read'),
	list: true,
	parameters: [tenantParameter('query')],
	output: records,
};
