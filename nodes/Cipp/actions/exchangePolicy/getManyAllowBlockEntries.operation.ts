import { reads } from '../common/endpoints';
import { additionalFields, flag, inQuery } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { records } from '../common/readers';
import type { CippOperation } from '../types';

export const getManyAllowBlockEntries: CippOperation = {
	resource: 'exchangePolicy',
	value: 'getManyAllowBlockEntries',
	name: 'Get Many Allow/Block Entries',
	action: 'Get many Tenant Allow/Block List entries',
	description:
		"List the Tenant Allow/Block List of Exchange Online Protection (senders, URLs, file hashes, IP addresses), one item per entry with its Value, Action, ListType, Notes and ExpirationDate. AllTenants is read from CIPP's nightly report database.",
	...reads('ListTenantAllowBlockList', 'Exchange.SpamFilter.Read'),
	list: true,
	parameters: [
		tenantParameter('query', { allowAllTenants: true }),
		additionalFields([
			flag(
				'Use Report Database',
				'useReportDb',
				"Whether to read CIPP's nightly report database (faster, but without today's changes) instead of Exchange live",
				inQuery('UseReportDB'),
			),
		]),
	],
	output: records,
};
