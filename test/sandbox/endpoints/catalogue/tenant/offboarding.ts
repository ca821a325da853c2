/** ListOffboardTenants: CIPP's tenant list with excluded and failing tenants kept (Get-Tenants -IncludeAll). */
import { allowedTenantIds } from '../../../access';
import type { Endpoint } from '../../endpoint';
import { tenantRows } from './onboarding';

const ListOffboardTenants: Endpoint = {
	name: 'ListOffboardTenants',
	role: 'Tenant.Administration.ReadWrite',
	anyTenant: true,
	handle(ctx) {
		const allowed = allowedTenantIds(ctx.client);
		const rows = tenantRows(ctx.state).filter((row) => allowed === 'AllTenants' || allowed.includes(String(row.customerId)));
		return { status: 200, body: rows };
	},
};

export const endpoints: Endpoint[] = [ListOffboardTenants];
