/** GET /api/ListTenants: the tenants CIPP manages that the caller may see. */
import { allowedTenantIds } from '../access';
import { cippTenants, matchesTenantFilter, tenantListEntry } from '../tenantList';
import type { Endpoint } from './endpoint';

const ALL_TENANTS_ENTRY = {
	customerId: 'AllTenants',
	defaultDomainName: 'AllTenants',
	displayName: '*All Tenants',
	domains: 'AllTenants',
	GraphErrorCount: 0,
};

export const ListTenants: Endpoint = {
	name: 'ListTenants',
	role: 'CIPP.Core.Read',
	anyTenant: true,
	handle(ctx) {
		const tenantFilter = ctx.fromQuery('tenantFilter');
		const allowed = allowedTenantIds(ctx.client);
		let tenants = cippTenants(ctx.state);
		if (tenantFilter && tenantFilter.toLowerCase() !== 'alltenants') {
			tenants = tenants.filter((t) => matchesTenantFilter(t, tenantFilter));
		}
		if (allowed !== 'AllTenants') tenants = tenants.filter((t) => allowed.includes(t.customerId));

		const body: unknown[] = tenants.map(tenantListEntry);
		// The AllTenants pseudo-tenant is only offered when listing without a tenantFilter.
		const selector = (ctx.fromQuery('AllTenantSelector') ?? '').toLowerCase() === 'true';
		if ((tenantFilter === undefined || tenantFilter.toLowerCase() === 'null') && selector) body.unshift(ALL_TENANTS_ENTRY);
		return { status: 200, body };
	},
};
