import { reads } from '../common/endpoints';
import { additionalFields, flag, inQuery, numberField } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { cachedRecords } from '../common/readers';
import type { CippOperation } from '../types';

export const getManyQuarantineMessages: CippOperation = {
	resource: 'security',
	value: 'getManyQuarantineMessages',
	name: 'Get Many Quarantine Messages',
	action: 'Get many quarantined mail messages',
	description:
		'List the mail messages Exchange Online Protection holds in quarantine, newest first, one item per message with sender, recipients, subject, reason (Type), policy and release status. AllTenants is served from a cache: while CIPP fills it, one item with status "loading" says to check back in a few minutes. CIPP answers a failed read (missing permissions, an unknown tenant, throttling) exactly like an empty quarantine, so no items does not prove the quarantine is empty.',
	...reads('ListMailQuarantine', 'Exchange.SpamFilter.Read'),
	list: true,
	parameters: [
		tenantParameter('query', { allowAllTenants: true }),
		additionalFields([
			flag(
				'One Page Only',
				'manualPagination',
				'Whether to return a single page of up to 1,000 messages (see Page) instead of every message',
				inQuery('manualPagination'),
				true,
			),
			numberField(
				{
					displayName: 'Page',
					name: 'page',
					typeOptions: { minValue: 1, maxValue: 1000 },
					default: 1,
					description: 'The page of 1,000 messages to return with One Page Only',
				},
				inQuery('nextLink'),
			),
		]),
	],
	output: cachedRecords(),
};
