import type { IDataObject } from 'n8n-workflow';

import { reads } from '../common/endpoints';
import { additionalFields, choiceField, choices, flag, inQuery, requiredText, text } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { records } from '../common/readers';
import * as validate from '../common/validators';
import type { CippOperation, OutputContext } from '../types';

const FOLLOW_UP = 'Run the same request again with Queue ID set to this queueId once CIPP has gathered the data';

/** `{Results, Metadata}`: the records, or for an AllTenants request CIPP still gathers, one queued item. */
function graphOutput(response: unknown, context: OutputContext): IDataObject[] {
	const answer = (typeof response === 'object' && response !== null ? response : {}) as IDataObject;
	const metadata = (answer.Metadata ?? {}) as IDataObject;
	if (metadata.Queued === true) {
		return [
			{
				status: 'queued',
				message: String(metadata.QueueMessage ?? 'CIPP is gathering the data for all tenants.'),
				queueId: metadata.QueueId as string,
				followUp: FOLLOW_UP,
			},
		];
	}
	if (typeof response === 'string') context.fail(response);
	return records(answer.Results ?? []);
}

export const graphRequest: CippOperation = {
	resource: 'tool',
	value: 'graphRequest',
	name: 'Graph Request',
	action: 'Read any Microsoft Graph endpoint of a tenant',
	description:
		'Read a Microsoft Graph collection or object of a customer tenant through CIPP (GET, all pages), one item per record. For AllTenants CIPP answers from its cache or queues the gathering and returns a queued item with a queueId to ask again with.',
	...reads('ListGraphRequest', 'CIPP.Core.Read'),
	list: true,
	parameters: [
		tenantParameter('query', { allowAllTenants: true }),
		requiredText(
			{
				displayName: 'Endpoint',
				name: 'endpoint',
				placeholder: 'e.g. identityProtection/riskyUsers',
				description: 'The Graph path without version, e.g. users, groups/{ID}/members or deviceManagement/managedDevices',
			},
			{ name: 'Endpoint', in: 'query', validate: validate.longText },
		),
		additionalFields([
			text('Filter', 'filter', 'An OData $filter', inQuery('$filter'), {
				placeholder: 'e.g. accountEnabled eq false',
				check: validate.longText,
			}),
			text('Select', 'select', 'Properties to return ($select), separated by commas', inQuery('$select'), {
				placeholder: 'e.g. id,displayName,userPrincipalName',
				check: validate.longText,
			}),
			text('Expand', 'expand', 'Related objects to include ($expand)', inQuery('$expand'), {
				placeholder: 'e.g. manager',
				check: validate.longText,
			}),
			text('Order By', 'orderby', 'Sort order ($orderby)', inQuery('$orderby'), { placeholder: 'e.g. displayName desc' }),
			text('Search', 'search', 'An OData $search (Graph requires Count for directory objects)', inQuery('$search'), {
				placeholder: 'e.g. "displayName:jane"',
				check: validate.longText,
			}),
			{
				property: {
					displayName: 'Page Size',
					name: 'top',
					type: 'number',
					typeOptions: { minValue: 1, maxValue: 999 },
					default: 999,
					description: 'Records per Graph page ($top); CIPP still reads every page unless First Page Only is on',
				},
				send: { name: '$top', in: 'query', encoding: 'number' },
			},
			flag('Count', 'count', 'Whether to send $count=true (needed for advanced queries)', inQuery('$count'), true),
			choiceField(
				'Graph Version',
				'version',
				'The Graph API version (CIPP uses beta by default)',
				inQuery('Version'),
				'v1.0',
				choices({ Beta: 'beta', 'v1.0': 'v1.0' }),
			),
			flag('First Page Only', 'noPagination', 'Whether to return only the first page', inQuery('NoPagination'), true),
			flag('Count Only', 'countOnly', 'Whether to return only the number of records', inQuery('CountOnly'), true),
			flag(
				'As App',
				'asApp',
				'Whether CIPP calls Graph with its application permissions instead of delegated ones',
				inQuery('AsApp'),
				true,
			),
			flag('Skip Cache', 'skipCache', "Whether to bypass CIPP's AllTenants cache", inQuery('SkipCache'), true),
			flag(
				'Reverse Tenant Lookup',
				'reverseTenantLookup',
				'Whether CIPP adds the tenant name for tenant IDs in the records',
				inQuery('ReverseTenantLookup'),
				true,
			),
			text('Queue ID', 'queueId', 'The queueId of an earlier queued AllTenants request, to collect its results', inQuery('QueueId'), {
				placeholder: 'e.g. 2b5c9a7e-1f0d-4c3b-9a8e-7d6f5e4c3b2a',
			}),
		]),
	],
	output: graphOutput,
};
