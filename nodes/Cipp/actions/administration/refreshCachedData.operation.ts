import type { IDataObject } from 'n8n-workflow';

import { writes } from '../common/endpoints';
import { additionalFields, requiredText, text } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { actionResult, isRecord } from '../common/readers';
import * as validate from '../common/validators';
import type { CippOperation } from '../types';

const queued = actionResult({ queued: { followUp: 'Follow it with Get CIPP Queues; then read the data with Get Many Cached Records.' } });

export const refreshCachedData: CippOperation = {
	resource: 'administration',
	value: 'refreshCachedData',
	name: 'Refresh Cached Records',
	action: "Refresh one collection of CIPP's reporting cache for a tenant",
	description:
		"Start a refresh of one collection (Users, Mailboxes, ...) of CIPP's reporting cache for a tenant now, instead of waiting for the nightly run",
	...writes('ExecCIPPDBCache', 'CIPP.Core.ReadWrite'),
	parameters: [
		tenantParameter('query'),
		requiredText(
			{
				displayName: 'Collection',
				name: 'cacheName',
				placeholder: 'e.g. Users',
				description: 'The collection to refresh, e.g. Users, Groups, Mailboxes, ManagedDevices, ConditionalAccessPolicies',
			},
			{ name: 'Name', in: 'query', validate: validate.matching(/^[A-Za-z0-9]+$/, 'Users or Mailboxes') },
		),
		additionalFields([
			text(
				'Types',
				'cacheTypes',
				'Parts of the collection to refresh, separated by commas, where the collection has them',
				{ name: 'Types', in: 'query' },
				{ placeholder: 'e.g. Permissions', check: validate.commaList },
			),
		]),
	],
	output: (response, context) => {
		const metadata = isRecord(response) && isRecord(response.Metadata) ? response.Metadata : {};
		return queued(response, context).map((item): IDataObject => ({ ...item, queueId: metadata.QueueId ?? null }));
	},
};
