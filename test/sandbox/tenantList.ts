/**
 * CIPP's own tenant list (Get-Tenants): the GDAP customer tenants plus the partner tenant
 * (shown as '*Partner Tenant', as when the partner tenant is enabled in CIPP).
 */
import type { SandboxState, SandboxTenant } from './fixtures';

const LAST_REFRESH = '2026-08-21T04:00:12.4470000Z';

/** A row of CIPP's Tenants table, as ListTenants returns it. */
export function tenantListEntry(tenant: SandboxTenant): Record<string, unknown> {
	const common = {
		PartitionKey: 'Tenants',
		RowKey: tenant.customerId,
		customerId: tenant.customerId,
		defaultDomainName: tenant.defaultDomainName,
		initialDomainName: tenant.initialDomainName,
	};
	const status = {
		Excluded: false,
		ExcludeUser: '',
		ExcludeDate: '',
		GraphErrorCount: 0,
		LastGraphError: '',
		RequiresRefresh: false,
		LastRefresh: LAST_REFRESH,
	};
	if (tenant.isPartner) {
		return { ...common, displayName: '*Partner Tenant', domains: 'PartnerTenant', ...status };
	}
	return {
		...common,
		displayName: tenant.displayName,
		relationshipEnd: tenant.relationshipEnd,
		relationshipCount: 1,
		hasAutoExtend: false,
		delegatedPrivilegeStatus: 'granularDelegatedAdminPrivileges',
		domains: '',
		...status,
	};
}

/** Tenants CIPP manages, sorted by the displayName CIPP shows. */
export function cippTenants(state: SandboxState): SandboxTenant[] {
	const name = (t: SandboxTenant) => (t.isPartner ? '*Partner Tenant' : t.displayName);
	return [...state.tenants].sort((a, b) => name(a).localeCompare(name(b)));
}

/** Get-Tenants -TenantFilter: a GUID matches customerId, anything else the default or initial domain. */
export function matchesTenantFilter(tenant: SandboxTenant, filter: string): boolean {
	const wanted = filter.toLowerCase();
	if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(wanted)) {
		return tenant.customerId === wanted;
	}
	return tenant.defaultDomainName.toLowerCase() === wanted || tenant.initialDomainName.toLowerCase() === wanted;
}

export function findCippTenant(state: SandboxState, filter: string): SandboxTenant | undefined {
	return state.tenants.find((t) => matchesTenantFilter(t, filter));
}
