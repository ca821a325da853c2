/** Invoke-ExecCippReplacemap (the CippReplacemap table of custom variables) and -ExecCIPPDBCache (a cache refresh queued). */
import { randomUUID } from 'node:crypto';

import { perSandbox } from '../../../directory';
import { fixtures } from '../../../fixtures';
import { getIgnoreCase } from '../../../http';
import { psString } from '../../../powershell';
import { cippTenants, findCippTenant } from '../../../tenantList';
import type { Endpoint, EndpointContext } from '../../endpoint';
import type { HttpResult } from '../../../http';

interface VariableRow {
	/** The tenant's customerId, or AllTenants for a global variable. */
	PartitionKey: string;
	RowKey: string;
	Value: string;
	Description: string | null;
	VariableType: string;
}

export const replacemap = perSandbox(() => ({
	rows: [
		{ PartitionKey: 'AllTenants', RowKey: 'SupportPhone', Value: '+1 555 0100', Description: 'Helpdesk number', VariableType: 'string' },
		{ PartitionKey: fixtures.tenantIds.contoso, RowKey: 'SupportPhone', Value: '+1 555 0199', Description: null, VariableType: 'string' },
		{ PartitionKey: fixtures.tenantIds.fabrikam, RowKey: 'LockoutMinutes', Value: '30', Description: null, VariableType: 'integer' },
	] as VariableRow[],
}));

const badRequest = (Results: string): HttpResult => ({ status: 400, body: { Results } });

/** Usage: every variable name once, its definitions global first, then by tenant name (:18-87). */
function usage(ctx: EndpointContext): HttpResult {
	const names = new Map<string, VariableRow[]>();
	for (const row of replacemap(ctx.state).rows) names.set(row.RowKey, [...(names.get(row.RowKey) ?? []), row]);
	const tenants = cippTenants(ctx.state);
	const Results = [...names.keys()].sort().map((Name) => {
		const definitions = (names.get(Name) ?? [])
			.map((row) => {
				const global = row.PartitionKey === 'AllTenants';
				const tenant = tenants.find((t) => t.customerId === row.PartitionKey);
				return {
					Scope: global ? 'Global' : 'Tenant',
					TenantId: row.PartitionKey,
					TenantName: global ? 'All Tenants' : psString(tenant?.displayName ?? row.PartitionKey),
					Value: row.Value,
					VariableType: row.VariableType || 'string',
					Description: row.Description,
				};
			})
			.sort((a, b) => Number(a.Scope !== 'Global') - Number(b.Scope !== 'Global') || a.TenantName.localeCompare(b.TenantName));
		const types = [...new Set(definitions.map((d) => d.VariableType))].sort();
		const globalDefinition = definitions.find((d) => d.Scope === 'Global');
		return {
			Name,
			Variable: `%${Name}%`,
			SuggestedType: globalDefinition?.VariableType ?? definitions[0].VariableType,
			HasGlobal: Boolean(globalDefinition),
			TenantCount: definitions.filter((d) => d.Scope === 'Tenant').length,
			TypesConsistent: types.length <= 1,
			Types: types,
			Definitions: definitions,
		};
	});
	return { status: 200, body: { Results } };
}

/** AddEdit's type check (:152-193): integer, boolean and json values must parse. */
function typeProblem(name: string, value: string, type: string): string | undefined {
	const trimmed = value.trim();
	if (!['string', 'integer', 'boolean', 'json'].includes(type))
		return `'${type}' is not a valid variable type. Use string, integer, boolean, or json.`;
	if (type === 'integer' && !/^[+-]?\d+$/.test(trimmed))
		return `Variable '${name}' is typed as integer, but '${value}' is not a whole number.`;
	if (type === 'boolean' && !['true', 'false', '1', '0', 'yes', 'no'].includes(trimmed.toLowerCase())) {
		return `Variable '${name}' is typed as boolean, but '${value}' is not true or false.`;
	}
	if (type === 'json') {
		try {
			JSON.parse(trimmed);
		} catch (error) {
			return `Variable '${name}' is typed as json, but its value is not valid JSON: ${(error as Error).message}`;
		}
	}
	return undefined;
}

const ExecCippReplacemap: Endpoint = {
	name: 'ExecCippReplacemap',
	role: 'Tenant.Config.ReadWrite',
	handle(ctx) {
		const action = psString(ctx.fromQueryOrBody('Action'));
		if (action === 'Usage') return usage(ctx);
		const tenantId = psString(ctx.fromQueryOrBody('tenantId'));
		const customerId = tenantId === 'AllTenants' ? tenantId : tenantId ? findCippTenant(ctx.state, tenantId)?.customerId : undefined;
		if (!customerId) return { status: 400, body: 'customerId is required' };
		const data = replacemap(ctx.state);
		const name = psString(ctx.fromBody('RowKey'));
		const existing = data.rows.find((row) => row.PartitionKey === customerId && row.RowKey === name);
		if (action === 'AddEdit') {
			const given = ctx.fromBody('VariableType');
			const type = psString(getIgnoreCase(given, 'value') ?? given).trim() || 'string';
			const value = psString(ctx.fromBody('Value'));
			const problem = typeProblem(name, value, type);
			if (problem) return badRequest(problem);
			const row = {
				PartitionKey: customerId,
				RowKey: name,
				Value: value,
				Description: (ctx.fromBody('Description') as string) ?? null,
				VariableType: type,
			};
			data.rows = [...data.rows.filter((candidate) => candidate !== existing), row];
			return { status: 200, body: { Results: `Variable '${name}' saved successfully` } };
		}
		if (action === 'Delete') {
			if (!existing) return { status: 200, body: { Results: `Variable '${name}' not found` } };
			data.rows = data.rows.filter((row) => row !== existing);
			return { status: 200, body: { Results: `Variable '${name}' deleted successfully` } };
		}
		return { status: 200, body: { Results: 'Invalid action' } };
	},
};

/** The Set-CIPPDBCache<Name> functions of CIPPDB (a representative subset). */
const CACHE_NAMES = [
	'Apps',
	'CASMailboxes',
	'ConditionalAccessPolicies',
	'Devices',
	'Domains',
	'Groups',
	'Guests',
	'IntunePolicies',
	'LicenseOverview',
	'MFAState',
	'Mailboxes',
	'MailboxUsage',
	'ManagedDevices',
	'Organization',
	'Roles',
	'SecureScore',
	'ServicePrincipals',
	'Teams',
	'Users',
];

const ExecCIPPDBCache: Endpoint = {
	name: 'ExecCIPPDBCache',
	role: 'CIPP.Core.ReadWrite',
	handle(ctx) {
		const tenantFilter = ctx.fromQuery('TenantFilter') ?? '';
		const name = ctx.fromQuery('Name') ?? '';
		const fail = (message: string) => badRequest(`Failed to start cache operation: ${message}`);
		if (!name) return fail('Name parameter is required');
		if (!tenantFilter) return fail('TenantFilter parameter is required');
		if (!CACHE_NAMES.some((known) => known.toLowerCase() === name.toLowerCase()))
			return fail(`Cache function 'Set-CIPPDBCache${name}' not found`);
		const all = tenantFilter === 'AllTenants';
		return {
			status: 200,
			body: {
				Results: all
					? `Successfully started cache operation for ${name} for all tenants`
					: `Successfully started cache operation for ${name} on tenant ${tenantFilter}`,
				Metadata: { Name: name, Tenant: tenantFilter, InstanceId: randomUUID(), QueueId: randomUUID() },
			},
		};
	},
};

/** Invoke-ListCustomVariables: reserved variables (a few), the global ones, then the tenant's own, which win by name. */
const ListCustomVariables: Endpoint = {
	name: 'ListCustomVariables',
	role: 'CIPP.Core.Read',
	handle(ctx) {
		const filter = ctx.fromQuery('tenantFilter');
		const tenant = filter && filter !== 'AllTenants' ? findCippTenant(ctx.state, filter) : undefined;
		const reserved = (Name: string, Description: string, value: string | undefined) => ({
			Name,
			Variable: `%${Name}%`,
			Description,
			Type: 'reserved',
			Category: 'tenant',
			VariableType: 'string',
			...(value === undefined ? {} : { Value: value }),
		});
		const map = new Map<string, Record<string, unknown>>([
			['tenantid', reserved('tenantid', 'The tenant customer ID', tenant?.customerId)],
			['tenantfilter', reserved('tenantfilter', 'The tenant default domain name', tenant?.defaultDomainName)],
			['tenantname', reserved('tenantname', 'The tenant display name', tenant?.displayName)],
		]);
		const custom = (row: VariableRow, Description: string, Category: string, Scope: string) => ({
			Name: row.RowKey,
			Variable: `%${row.RowKey}%`,
			Description,
			Value: row.Value,
			Type: 'custom',
			VariableType: row.VariableType || 'string',
			Category,
			Scope,
		});
		const rows = replacemap(ctx.state).rows.filter((row) => row.RowKey && row.Value);
		for (const row of rows.filter((candidate) => candidate.PartitionKey === 'AllTenants')) {
			map.set(row.RowKey, custom(row, 'Global custom variable', 'global', 'AllTenants'));
		}
		for (const row of rows.filter((candidate) => tenant && candidate.PartitionKey === tenant.customerId)) {
			map.set(row.RowKey, custom(row, 'Tenant-specific custom variable', 'tenant-custom', psString(filter)));
		}
		const rank = (entry: Record<string, unknown>) => (entry.Type === 'reserved' ? 1 : entry.Category === 'global' ? 2 : 3);
		const Results = [...map.values()].sort((a, b) => rank(a) - rank(b) || psString(a.Name).localeCompare(psString(b.Name)));
		return { status: 200, body: { Results, Metadata: { TenantFilter: filter ?? null, TotalCount: Results.length } } };
	},
};

export const endpoints: Endpoint[] = [ExecCippReplacemap, ExecCIPPDBCache, ListCustomVariables];
