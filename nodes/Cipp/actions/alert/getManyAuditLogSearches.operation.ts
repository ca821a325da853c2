import { reads } from '../common/endpoints';
import { additionalFields, choiceField, inQuery, numberField, shownWhen } from '../common/fields';
import { parsedRecords } from '../common/readers';
import { alertTenant, searchIdProperty } from '../shared/alert';
import type { CippOperation } from '../types';

export const getManyAuditLogSearches: CippOperation = {
	resource: 'alert',
	value: 'getManyAuditLogSearches',
	name: 'Get Many Audit Log Searches',
	action: 'Get many audit log searches or their records',
	description:
		"List a tenant's audit-log searches (Graph status, the last 7 days), the searches queued for the alert rules (with matched rules and counts), or the records a search found",
	...reads('ListAuditLogSearches', 'Tenant.Alert.Read'),
	list: true,
	parameters: [
		alertTenant('query'),
		// Any Type but Searches and SearchResults lists the processed searches.
		choiceField('Show', 'type', 'What to list', inQuery('Type'), 'Searches', [
			{ name: 'Searches', value: 'Searches', description: "The tenant's searches with their Graph status" },
			{
				name: 'Processed Searches',
				value: 'Processed',
				description: 'Searches queued for the alert rules, of every tenant, with their results',
			},
			{ name: 'Search Records', value: 'SearchResults', description: 'The audit records one search found' },
		]),
		shownWhen({ type: ['SearchResults'] }, { property: { ...searchIdProperty, required: true }, send: { name: 'SearchId', in: 'query' } }),
		shownWhen(
			{ type: ['Processed'] },
			additionalFields([
				numberField(
					{ displayName: 'Days', name: 'days', default: 1, description: 'Only searches whose window starts in the last this many days' },
					{ name: 'Days', in: 'query' },
				),
			]),
		),
	],
	// ConvertTo-Json text {Results, Metadata}; a failed records read is [{Error}] in Results (:30-34).
	output: (response, context) => {
		const rows = parsedRecords(response);
		if (rows.length === 1 && typeof rows[0].Error === 'string') context.fail(rows[0].Error);
		return rows;
	},
};
