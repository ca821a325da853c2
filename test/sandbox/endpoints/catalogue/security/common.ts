/** What the security endpoints share: the all-tenant cache CIPP fills in the background, and tenant look-ups. */
import { perSandbox, stableGuid } from '../../../directory';
import type { SandboxState, SandboxTenant } from '../../../fixtures';
import { GraphError, graphTenant } from '../../../graph';
import { psString } from '../../../powershell';

export const ALL_TENANTS = 'AllTenants';

export function isAllTenants(tenantFilter: unknown): boolean {
	return psString(tenantFilter).toLowerCase() === ALL_TENANTS.toLowerCase();
}

export function customerTenants(state: SandboxState): SandboxTenant[] {
	return state.tenants.filter((tenant) => !tenant.isPartner);
}

/** A tenant the security APIs can read: Graph security needs Security Administrator (or Global Reader) through GDAP. */
export function securityTenant(state: SandboxState, tenantFilter: unknown): SandboxTenant {
	const tenant = graphTenant(state, tenantFilter, { authCheck: true });
	if (!tenant.gdapRoles.some((role) => ['Security Administrator', 'Security Reader'].includes(role))) {
		throw new GraphError('Insufficient privileges to complete the operation.');
	}
	return tenant;
}

/** Every customer tenant whose data can be read, with the reader's answer (failing tenants are skipped, as CIPP's orchestrators do). */
export function fromEveryTenant<T>(state: SandboxState, read: (tenant: SandboxTenant) => T[]): Array<{ tenant: SandboxTenant; row: T }> {
	return customerTenants(state).flatMap((tenant) => {
		try {
			return read(tenant).map((row) => ({ tenant, row }));
		} catch (error) {
			if (error instanceof GraphError) return [];
			throw error;
		}
	});
}

interface CacheEntry {
	queueId: string;
	ready: boolean;
}

const caches = perSandbox(() => new Map<string, CacheEntry>());

/**
 * CIPP's all-tenant caches (cachealertsandincidents, cacheQuarantineMessages...): the first request
 * finds no rows and starts an orchestrator (answering "Loading data ..."); in the sandbox the
 * orchestrator finishes at once, so the next request reads the rows.
 */
export function allTenantsCache(state: SandboxState, reference: string): { ready: boolean; queueId: string; message?: string } {
	const cache = caches(state);
	const entry = cache.get(reference);
	if (entry) return { ready: true, queueId: entry.queueId };
	const queueId = stableGuid(`queue/${reference}`);
	cache.set(reference, { queueId, ready: true });
	return { ready: false, queueId, message: 'Loading data for all tenants. Please check back in a few minutes' };
}
