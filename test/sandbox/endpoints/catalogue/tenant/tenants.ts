/** ListTenants (its ClearCache switch) and EditTenant. */
import { perSandbox, stableGuid } from '../../../directory';
import { getIgnoreCase } from '../../../http';
import { psString } from '../../../powershell';
import type { Endpoint } from '../../endpoint';
import { ListTenants as CoreListTenants } from '../../ListTenants';
import { cippTenant } from './request';

interface TenantGroup {
	Id: string;
	Name: string;
	Description: string;
	GroupType: 'static' | 'dynamic';
	/** The customerIds EditTenant (or the dynamic rules) put in the group, as given. */
	members: Set<string>;
}

const tenantGroup = (Name: string, GroupType: TenantGroup['GroupType'], Description: string): TenantGroup => ({
	Id: stableGuid(`cipp/tenantGroup/${Name}`),
	Name,
	Description,
	GroupType,
	members: new Set(),
});

/** CIPP-side tenant settings: aliases (with the original names), tenant groups and the cache clears asked for. */
export const tenantSettings = perSandbox(() => ({
	originalNames: new Map<string, string>(),
	cacheClears: 0,
	groups: [
		tenantGroup('Managed Services', 'static', 'Tenants under a managed-services contract'),
		tenantGroup('EU Customers', 'static', 'Tenants with data in the EU'),
		tenantGroup('Business Premium', 'dynamic', 'Tenants with Microsoft 365 Business Premium (rule-based)'),
	],
}));

/**
 * Invoke-ListTenants: with body `ClearCache: true` CIPP wipes its caches, queues the UpdateTenants
 * orchestration and answers at once; otherwise the tenant list (core ListTenants).
 */
const ListTenants: Endpoint = {
	...CoreListTenants,
	handle(ctx) {
		if (ctx.fromBody('ClearCache') !== true) return CoreListTenants.handle(ctx);
		const tenantsOnly = psString(ctx.fromBody('TenantsOnly')).toLowerCase() === 'true';
		tenantSettings(ctx.state).cacheClears += 1;
		const details = tenantsOnly ? ['Tenants'] : ['Tenants', 'cacheCAPolicies', 'cacheGroups', 'cacheUsers', 'CacheLicenses'];
		return {
			status: 200,
			body: {
				Results: [{ Results: 'Cache has been cleared and a tenant refresh is queued.' }],
				Metadata: { Details: details.map((table) => `Cleared ${table}`) },
			},
		};
	},
};

/** Invoke-EditTenant: the alias replaces the displayName in CIPP's tenant list; no alias removes it. */
const EditTenant: Endpoint = {
	name: 'EditTenant',
	role: 'Tenant.Config.ReadWrite',
	anyTenant: true,
	handle(ctx) {
		const customerId = psString(ctx.fromBody('customerId'));
		const alias = psString(ctx.fromBody('tenantAlias'));
		const tenant = cippTenant(ctx.state, customerId);
		const { originalNames } = tenantSettings(ctx.state);
		if (!tenant && alias) {
			return {
				status: 500,
				body: {
					state: 'error',
					resultText: "The property 'displayName' cannot be found on this object. Verify that the property exists and can be set.",
				},
			};
		}
		if (tenant) {
			const original = originalNames.get(tenant.customerId) ?? tenant.displayName;
			if (alias) {
				originalNames.set(tenant.customerId, original);
				tenant.displayName = alias;
			} else if (originalNames.has(tenant.customerId)) {
				tenant.displayName = original;
				originalNames.delete(tenant.customerId);
			}
		}
		editTenantGroups(tenantSettings(ctx.state).groups, customerId, ctx.fromBody('tenantGroups'));
		return { status: 200, body: { state: 'success', resultText: 'Tenant details updated successfully' } };
	},
};

/**
 * EditTenant's tenantGroups: entries naming a static group's groupId add the tenant to it; any
 * other entry (unknown, dynamic, name only) is skipped. Static groups not listed lose the tenant
 * only when the list is non-empty; dynamic memberships are never touched.
 */
function editTenantGroups(groups: TenantGroup[], customerId: string, given: unknown): void {
	const entries = given === undefined || given === null ? [] : [given].flat();
	const listed = entries.map((entry) => psString(getIgnoreCase(entry, 'groupId')).toLowerCase());
	const statics = groups.filter((group) => group.GroupType === 'static');
	for (const group of statics) {
		if (listed.includes(group.Id.toLowerCase())) group.members.add(customerId);
		else if (entries.length > 0) group.members.delete(customerId);
	}
}

/** Invoke-ListTenantGroups (Get-TenantGroups): every group, or the one groupId, with its tenants; sorted by name. */
const ListTenantGroups: Endpoint = {
	name: 'ListTenantGroups',
	role: 'CIPP.Core.Read',
	anyTenant: true,
	handle(ctx) {
		const groupId = psString(ctx.fromQueryOrBody('groupId'));
		const results = tenantSettings(ctx.state)
			.groups.filter((group) => !groupId || group.Id === groupId)
			.map((group) => ({
				Id: group.Id,
				Name: group.Name,
				Description: group.Description,
				GroupType: group.GroupType,
				RuleLogic: 'and',
				ExcludePartnerTenant: false,
				DynamicRules: [],
				Members: [...group.members]
					.map((customerId) => cippTenant(ctx.state, customerId))
					.filter((tenant) => tenant !== undefined)
					.map((tenant) => ({
						customerId: tenant.customerId,
						displayName: tenant.displayName,
						defaultDomainName: tenant.defaultDomainName,
					}))
					.sort((a, b) => a.displayName.localeCompare(b.displayName)),
			}))
			.sort((a, b) => a.Name.localeCompare(b.Name));
		return { status: 200, body: { Results: results } };
	},
};

export const endpoints: Endpoint[] = [ListTenants, EditTenant, ListTenantGroups];
