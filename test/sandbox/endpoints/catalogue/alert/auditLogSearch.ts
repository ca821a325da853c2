/**
 * Unified audit-log searches: Invoke-ExecAuditLogSearch (New-CippAuditLogSearch, ProcessLogs) and
 * -ListAuditLogSearches, over Graph's security/auditLog/queries and CIPP's AuditLogSearches table.
 */
import { perSandbox, stableGuid } from '../../../directory';
import { psString } from '../../../powershell';
import type { Endpoint } from '../../endpoint';
import { writeLog } from '../administration/state';

interface GraphQuery {
	id: string;
	tenant: string;
	displayName: string;
	filterStartDateTime: string;
	filterEndDateTime: string;
	status: 'notStarted' | 'running' | 'succeeded';
	createdAt: number;
}

interface SearchRow {
	RowKey: string;
	Tenant: string;
	DisplayName: string;
	StartTime: string;
	EndTime: string;
	Query: string;
	CippStatus: string;
	MatchedRules?: string;
	TotalLogs?: number;
	MatchedLogs?: number;
}

const graphTime = (at: Date) => at.toISOString().slice(0, 19);

const searchState = perSandbox(() => {
	const now = Date.now();
	const seeded: GraphQuery = {
		id: stableGuid('audit-search/contoso/seed'),
		tenant: 'contoso.onmicrosoft.com',
		displayName: 'CIPP Audit Search - inbox rules',
		filterStartDateTime: graphTime(new Date(now - 6 * 3_600_000)),
		filterEndDateTime: graphTime(new Date(now - 5 * 3_600_000)),
		status: 'succeeded',
		createdAt: now - 5 * 3_600_000,
	};
	return {
		queries: [seeded],
		table: [
			{
				RowKey: seeded.id,
				Tenant: seeded.tenant,
				DisplayName: seeded.displayName,
				StartTime: `${seeded.filterStartDateTime}Z`,
				EndTime: `${seeded.filterEndDateTime}Z`,
				Query: JSON.stringify(seeded),
				CippStatus: 'Completed',
				MatchedRules: JSON.stringify(['New inbox rule']),
				TotalLogs: 42,
				MatchedLogs: 1,
			},
		] as SearchRow[],
	};
});

/** New-CippAuditLogSearch's parameters (and PowerShell's common ones): any other body field is refused (:101-114). */
const SEARCH_PARAMETERS = [
	'DisplayName',
	'TenantFilter',
	'StartTime',
	'EndTime',
	'RecordTypeFilters',
	'KeywordFilters',
	'OperationsFilters',
	'UserPrincipalNameFilters',
	'IPAddressFilters',
	'ObjectIdFilters',
	'AdministrativeUnitFilters',
	'ProcessLogs',
	'Verbose',
	'Debug',
	'WhatIf',
	'Confirm',
].map((name) => name.toLowerCase());

/** `[DateTime]::UnixEpoch.AddSeconds()` for digits, else `[DateTime]` of the text. */
function toDate(value: unknown): Date {
	const text = psString(value);
	return /^\d+$/.test(text) ? new Date(Number(text) * 1000) : new Date(text);
}

const text = (status: number, body: string) => ({ status, body });

function graphView(query: GraphQuery) {
	const { id, displayName, filterStartDateTime, filterEndDateTime } = query;
	// Graph finishes a search after a while; the sandbox after a minute.
	return {
		id,
		displayName,
		filterStartDateTime,
		filterEndDateTime,
		status: Date.now() - query.createdAt > 60_000 ? 'succeeded' : query.status,
	};
}

const ExecAuditLogSearch: Endpoint = {
	name: 'ExecAuditLogSearch',
	role: 'Tenant.Alert.ReadWrite',
	handle(ctx) {
		const data = searchState(ctx.state);
		const action = psString(ctx.fromQueryOrBody('Action'));
		if (action === 'ProcessLogs') {
			const searchId = psString(ctx.fromQueryOrBody('SearchId'));
			const tenant = psString(ctx.fromQueryOrBody('tenantFilter'));
			if (!searchId) return text(400, 'SearchId is required');
			let row = data.table.find((candidate) => candidate.RowKey === searchId && candidate.Tenant === tenant);
			if (!row) {
				const query = data.queries.find((candidate) => candidate.id === searchId && candidate.tenant === tenant);
				// New-GraphGetRequest throws: an unhandled error, HTTP 500.
				if (!query) return text(500, `Resource not found for the segment 'queries'.`);
				row = {
					RowKey: searchId,
					Tenant: tenant,
					DisplayName: query.displayName,
					StartTime: `${query.filterStartDateTime}Z`,
					EndTime: `${query.filterEndDateTime}Z`,
					Query: JSON.stringify(graphView(query)),
					CippStatus: 'Pending',
				};
				data.table.push(row);
			}
			row.CippStatus = 'Pending';
			writeLog(ctx.state, {
				Tenant: tenant,
				API: 'ExecAuditLogSearch',
				Message: `Queued search for processing: ${row.DisplayName}`,
				Username: ctx.client.clientId,
				Severity: 'Info',
			});
			return text(200, JSON.stringify({ resultText: `Search '${row.DisplayName}' queued for processing.`, state: 'success' }));
		}
		const body = (ctx.body ?? {}) as Record<string, unknown>;
		const tenant = psString(ctx.fromBody('TenantFilter'));
		if (!tenant) return text(400, 'TenantFilter is required');
		if (!ctx.fromBody('StartTime') || !ctx.fromBody('EndTime')) return text(400, 'StartTime and EndTime are required');
		const bad = Object.keys(body).filter((name) => !SEARCH_PARAMETERS.includes(name.toLowerCase()));
		if (bad.length > 0) return text(400, `Invalid parameters: ${bad.join(', ')}`);
		const start = toDate(ctx.fromBody('StartTime'));
		const end = toDate(ctx.fromBody('EndTime'));
		const query: GraphQuery = {
			id: stableGuid(`audit-search/${tenant}/${Date.now()}/${data.queries.length}`),
			tenant,
			displayName:
				psString(ctx.fromBody('DisplayName')) || `CIPP Audit Search - ${new Date().toISOString().slice(0, 19).replace('T', ' ')}`,
			filterStartDateTime: graphTime(start),
			filterEndDateTime: graphTime(end),
			status: 'notStarted',
			createdAt: Date.now(),
		};
		data.queries.push(query);
		data.table.push({
			RowKey: query.id,
			Tenant: tenant,
			DisplayName: query.displayName,
			StartTime: start.toISOString(),
			EndTime: end.toISOString(),
			Query: JSON.stringify(graphView(query)),
			CippStatus: 'N/A',
		});
		return {
			status: 200,
			body: { resultText: `Created audit log search: ${query.displayName}`, state: 'success', details: graphView(query) },
		};
	},
};

const ListAuditLogSearches: Endpoint = {
	name: 'ListAuditLogSearches',
	role: 'Tenant.Alert.Read',
	handle(ctx) {
		const tenant = ctx.fromQuery('tenantFilter');
		if (!tenant) return text(400, 'TenantFilter is required');
		const data = searchState(ctx.state);
		const type = ctx.fromQuery('Type');
		if (type === 'Searches') {
			const weekAgo = Date.now() - 7 * 86_400_000;
			const results = data.queries.filter((query) => query.tenant === tenant && query.createdAt >= weekAgo).map(graphView);
			return text(200, JSON.stringify({ Results: results, Metadata: { TenantFilter: tenant, TotalSearches: results.length } }));
		}
		if (type === 'SearchResults') {
			const searchId = ctx.fromQuery('SearchId') ?? '';
			const query = data.queries.find((candidate) => candidate.id === searchId && candidate.tenant === tenant);
			const results = query
				? [1, 2].map((index) => ({
						id: stableGuid(`audit-record/${searchId}/${index}`),
						createdDateTime: query.filterStartDateTime,
						auditLogRecordType: 'exchangeAdmin',
						operation: index === 1 ? 'New-InboxRule' : 'Set-Mailbox',
						userPrincipalName: `adele.vance@${tenant}`,
					}))
				: [{ Error: `Resource not found for the segment 'queries'.` }];
			return text(
				200,
				JSON.stringify({ Results: results, Metadata: { SearchId: searchId, TenantFilter: tenant, TotalResults: results.length } }),
			);
		}
		const days = Number(ctx.fromQuery('Days') || 1);
		const since = new Date(Date.now() - days * 86_400_000);
		// Every tenant's searches: CIPP filters on the start time only (:53).
		const results = data.table
			.filter((row) => new Date(row.StartTime) >= since)
			.map((row) => ({
				SearchId: row.RowKey,
				StartTime: row.StartTime,
				EndTime: row.EndTime,
				Query: JSON.parse(row.Query) as unknown,
				MatchedRules: row.MatchedRules ? (JSON.parse(row.MatchedRules) as unknown) : null,
				TotalLogs: row.TotalLogs ?? null,
				MatchedLogs: row.MatchedLogs ?? null,
				CippStatus: row.CippStatus,
			}));
		return text(200, JSON.stringify({ Results: results, Metadata: { StartTime: since.toISOString(), TenantFilter: tenant } }));
	},
};

export const endpoints: Endpoint[] = [ExecAuditLogSearch, ListAuditLogSearches];
