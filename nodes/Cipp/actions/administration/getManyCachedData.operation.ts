import { reads } from '../common/endpoints';
import { additionalFields, flag, inQuery, requiredText } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { resultRecords } from '../common/readers';
import type { CippOperation } from '../types';

/** Which collection of the cache: CIPP answers HTTP 400 without it. */
const cacheType = requiredText(
	{
		displayName: 'Type',
		name: 'type',
		placeholder: 'e.g. Users',
		description: 'The cache collection, e.g. Users, Groups, Mailboxes, Devices, or _availableTypes',
	},
	{ name: 'type', in: 'query' },
);

export const getManyCachedData: CippOperation = {
	resource: 'administration',
	value: 'getManyCachedData',
	name: 'Get Many Cached Records',
	action: "Get many records from CIPP's nightly reporting cache",
	description:
		"Read one collection (Users, Groups, Mailboxes, Devices...) from CIPP's reporting cache, filled nightly, one item per record: fast for AllTenants; the type _availableTypes lists the collections",
	...reads('ListDBCache', 'CIPP.Core.Read'),
	list: true,
	parameters: [
		tenantParameter('query', { allowAllTenants: true }),
		cacheType,
		additionalFields([
			flag(
				'Counts Only',
				'countsOnly',
				'Whether to return one item per tenant and collection with its record count and last refresh instead',
				inQuery('countsOnly'),
			),
		]),
	],
	output: resultRecords,
};
