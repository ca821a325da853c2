import type { IDataObject } from 'n8n-workflow';

import { reads } from '../common/endpoints';
import { additionalFields, booleanField, choices, requiredText, textField } from '../common/fields';
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
			textField(
				{ displayName: 'Filter', name: 'filter', placeholder: 'e.g. accountEnabled eq false', description: 'An OData $filter' },
				{ name: '$filter', in: 'query' },
				validate.longText,
			),
			textField(
				{
					displayName: 'Select',
					name: 'select',
					placeholder: 'e.g. id,displayName,userPrincipalName',
					description: 'Properties to return ($select), separated by commas',
				},
				{ name: '$select', in: 'query' },
				validate.longText,
			),
			textField(
				{ displayName: 'Expand', name: 'expand', placeholder: 'e.g. manager', description: 'Related objects to include ($expand)' },
				{ name: '$expand', in: 'query' },
				validate.longText,
			),
			textField(
				{ displayName: 'Order By', name: 'orderby', placeholder: 'e.g. displayName desc', description: 'Sort order ($orderby)' },
				{ name: '$orderby', in: 'query' },
			),
			textField(
				{
					displayName: 'Search',
					name: 'search',
					placeholder: 'e.g. "displayName:jane"',
					description: 'An OData $search (Graph requires Count for directory objects)',
				},
				{ name: '$search', in: 'query' },
				validate.longText,
			),
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
			booleanField(
				{ displayName: 'Count', name: 'count', default: true, description: 'Whether to send $count=true (needed for advanced queries)' },
				{ name: '$count', in: 'query' },
			),
			{
				property: {
					displayName: 'Graph Version',
					name: 'version',
					type: 'options',
					default: 'v1.0',
					options: choices({ Beta: 'beta', 'v1.0': 'v1.0' }),
					description: 'The Graph API version (CIPP uses beta by default)',
				},
				send: { name: 'Version', in: 'query' },
			},
			booleanField(
				{ displayName: 'First Page Only', name: 'noPagination', default: true, description: 'Whether to return only the first page' },
				{ name: 'NoPagination', in: 'query' },
			),
			booleanField(
				{ displayName: 'Count Only', name: 'countOnly', default: true, description: 'Whether to return only the number of records' },
				{ name: 'CountOnly', in: 'query' },
			),
			booleanField(
				{
					displayName: 'As App',
					name: 'asApp',
					default: true,
					description: 'Whether CIPP calls Graph with its application permissions instead of delegated ones',
				},
				{ name: 'AsApp', in: 'query' },
			),
			booleanField(
				{ displayName: 'Skip Cache', name: 'skipCache', default: true, description: "Whether to bypass CIPP's AllTenants cache" },
				{ name: 'SkipCache', in: 'query' },
			),
			booleanField(
				{
					displayName: 'Reverse Tenant Lookup',
					name: 'reverseTenantLookup',
					default: true,
					description: 'Whether CIPP adds the tenant name for tenant IDs in the records',
				},
				{ name: 'ReverseTenantLookup', in: 'query' },
			),
			textField(
				{
					displayName: 'Queue ID',
					name: 'queueId',
					placeholder: 'e.g. 2b5c9a7e-1f0d-4c3b-9a8e-7d6f5e4c3b2a',
					description: 'The queueId of an earlier queued AllTenants request, to collect its results',
				},
				{ name: 'QueueId', in: 'query' },
			),
		]),
	],
	output: graphOutput,
};
