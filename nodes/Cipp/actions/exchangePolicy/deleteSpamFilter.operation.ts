import { writes } from '../common/endpoints';
import { tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import { namedRecordParameter } from '../shared/exchangePolicy';
import type { CippOperation } from '../types';

export const deleteSpamFilter: CippOperation = {
	resource: 'exchangePolicy',
	value: 'deleteSpamFilter',
	name: 'Delete Spam Filter',
	action: 'Delete an anti-spam policy',
	description:
		'Delete an anti-spam policy and its rule of the same name. A policy without a rule of its name cannot be deleted here: CIPP fails on the rule and keeps the policy.',
	...writes('RemoveSpamfilter', 'Exchange.SpamFilter.ReadWrite'),
	parameters: [
		tenantParameter('query'),
		namedRecordParameter('Spam Filter', 'spamFilter', 'searchSpamFilters', { name: 'name', in: 'body' }),
	],
	output: actionResult(),
};
