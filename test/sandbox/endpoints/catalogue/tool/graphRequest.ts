/** Invoke-ListGraphRequest (CIPP/Core) -> Get-GraphRequestList: a Graph GET proxy, AllTenants from a queued cache. */
import { randomUUID } from 'node:crypto';

import { perSandbox, tenantGroups } from '../../../directory';
import type { SandboxState, SandboxTenant } from '../../../fixtures';
import { GraphError, filterUsers, graphGetUser, graphTenant, normalizeGraphError, tenantUsers } from '../../../graph';
import { omit } from '../../../http';
import { directoryRoleObject } from '../../../roles';
import { convertToBoolean, psString } from '../../../powershell';
import { cippTenants } from '../../../tenantList';
import type { Endpoint, EndpointContext } from '../../endpoint';
import { graphCollections } from '../security';

const HIDDEN = ['tenantId', 'managerId', 'passwordProfile', 'directoryRoles', 'members', 'owners', 'calculatedGroupType'] as const;

/** The collections the sandbox's Graph knows, per tenant (also read by ListGraphBulkRequest). */
export function collection(state: SandboxState, tenant: SandboxTenant, endpoint: string, filter: string): Array<Record<string, unknown>> {
	const path = endpoint.replace(/^\/+|\/+$/g, '').toLowerCase();
	const strip = (record: Record<string, unknown>) => omit(record, ...HIDDEN);
	if (path === 'users') return filterUsers(tenantUsers(state, tenant), filter).map(strip);
	if (path === 'groups') return tenantGroups(state, tenant).map((group) => strip({ ...group }));
	if (path === 'organization') return [tenant.organization];
	if (path === 'domains') {
		return tenant.domains.map((id) => ({
			id,
			isDefault: id === tenant.defaultDomainName,
			isInitial: id === tenant.initialDomainName,
			isVerified: true,
			authenticationType: 'Managed',
		}));
	}
	if (path === 'devicemanagement/manageddevices') {
		if (!tenant.intuneLicensed) throw new GraphError('Request not applicable to target tenant.');
		return state.devices.filter((device) => device.tenantId === tenant.customerId).map(strip);
	}
	const securityCollection = graphCollections[path];
	if (securityCollection) return securityCollection(state, tenant);
	// One user (Graph answers the object; Get-GraphRequestList returns it as the only result).
	const oneUser = /^users\/([^/]+)$/.exec(path);
	if (oneUser) return [strip(graphGetUser(state, tenant, oneUser[1]))];
	const roles = /^users\/([^/]+)\/transitivememberof\/microsoft\.graph\.directoryrole$/.exec(path);
	if (roles) return graphGetUser(state, tenant, roles[1]).directoryRoles.map(directoryRoleObject);
	const member = /^groups\/([0-9a-f-]{36})\/members$/.exec(path);
	if (member) {
		const group = tenantGroups(state, tenant).find((candidate) => candidate.id === member[1]);
		if (!group)
			throw new GraphError(`Resource '${member[1]}' does not exist or one of its queried reference-property objects are not present.`);
		return tenantUsers(state, tenant)
			.filter((user) => group.members.includes(user.id))
			.map(strip);
	}
	throw new GraphError(`Resource not found for the segment '${endpoint.split('/')[0]}'.`);
}

export function select(records: Array<Record<string, unknown>>, selectText: string): Array<Record<string, unknown>> {
	const fields = selectText
		.split(',')
		.map((field) => field.trim())
		.filter(Boolean);
	if (fields.length === 0) return records;
	return records.map((record) => Object.fromEntries(fields.filter((field) => field in record).map((field) => [field, record[field]])));
}

/** AllTenants requests: the first one queues the gathering, later ones read the cache it filled. */
const allTenantsCache = perSandbox(() => new Map<string, string>());

function metadata(ctx: EndpointContext, extra: Record<string, unknown> = {}): Record<string, unknown> {
	const parameters: Record<string, unknown> = {};
	for (const name of ['$filter', '$select', '$expand', '$top', '$orderby', '$search']) {
		const value = ctx.fromQuery(name);
		if (value) parameters[name] = value;
	}
	return {
		Endpoint: ctx.fromQuery('Endpoint'),
		Parameters: parameters,
		CippLink: '',
		TenantFilter: ctx.fromQuery('tenantFilter'),
		...extra,
	};
}

function allTenants(ctx: EndpointContext, endpoint: string, filter: string): Record<string, unknown> {
	const cache = allTenantsCache(ctx.state);
	const key = `${endpoint.toLowerCase()}|${filter}`;
	if (!cache.has(key) && !ctx.fromQuery('QueueId')) {
		const queueId = randomUUID();
		cache.set(key, queueId);
		return {
			Results: [],
			Metadata: metadata(ctx, {
				Queued: true,
				QueueMessage: 'Loading data for all tenants. Please check back after the job completes',
				QueueId: queueId,
			}),
		};
	}
	const results = cippTenants(ctx.state).flatMap((tenant) => {
		try {
			return collection(ctx.state, tenant, endpoint, filter).map((record) => ({
				...record,
				Tenant: tenant.defaultDomainName,
				CippStatus: 'Good',
			}));
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return [{ Tenant: tenant.defaultDomainName, CippStatus: `Could not connect to tenant. ${error.message}` }];
		}
	});
	return { Results: results, Metadata: metadata(ctx) };
}

export const ListGraphRequest: Endpoint = {
	name: 'ListGraphRequest',
	role: 'CIPP.Core.Read',
	handle(ctx) {
		const endpoint = psString(ctx.fromQuery('Endpoint'));
		const tenantFilter = ctx.fromQuery('tenantFilter');
		const filter = psString(ctx.fromQuery('$filter') ?? ctx.fromQuery('graphFilter'));
		try {
			if (ctx.fromQuery('$count')) convertToBoolean(ctx.fromQuery('$count'));
			if (tenantFilter === 'AllTenants') return { status: 200, body: allTenants(ctx, endpoint, filter) };
			const tenant = graphTenant(ctx.state, tenantFilter, { authCheck: true });
			let records = select(collection(ctx.state, tenant, endpoint, filter), psString(ctx.fromQuery('$select')));
			if (ctx.fromQuery('NoPagination') && convertToBoolean(ctx.fromQuery('NoPagination'))) {
				records = records.slice(0, Number(ctx.fromQuery('$top') ?? 999));
			}
			if (ctx.fromQuery('CountOnly') && convertToBoolean(ctx.fromQuery('CountOnly'))) {
				return { status: 200, body: { Results: [records.length], Metadata: metadata(ctx) } };
			}
			return { status: 200, body: { Results: records, Metadata: metadata(ctx) } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			const status = ctx.fromQuery('IgnoreErrors') ? 200 : 400;
			return { status, body: `Graph Error: ${normalizeGraphError(error.message)} - Endpoint: ${endpoint}` };
		}
	},
};
