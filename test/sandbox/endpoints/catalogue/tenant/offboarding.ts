/** ListOffboardTenants: CIPP's tenant list with excluded and failing tenants kept (Get-Tenants -IncludeAll). */
import { allowedTenantIds } from '../../../access';
import { cippTenants, tenantListEntry } from '../../../tenantList';
import type { Endpoint } from '../../endpoint';

const ListOffboardTenants: Endpoint = {
	name: 'ListOffboardTenants',
	role: 'Tenant.Administration.ReadWrite',
	anyTenant: true,
	handle(ctx) {
		const allowed = allowedTenantIds(ctx.client);
		const tenants = cippTenants(ctx.state).filter((tenant) => allowed === 'AllTenants' || allowed.includes(tenant.customerId));
		return { status: 200, body: tenants.map(tenantListEntry) };
	},
};

export const endpoints: Endpoint[] = [ListOffboardTenants];
