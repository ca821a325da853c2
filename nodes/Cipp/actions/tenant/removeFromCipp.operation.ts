import { writes } from '../common/endpoints';
import { tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import { cippTenantRow } from '../shared/tenant-onboarding';
import type { CippOperation } from '../types';

export const removeFromCipp: CippOperation = {
	resource: 'tenant',
	value: 'removeFromCipp',
	name: 'Remove From CIPP',
	action: "Remove a tenant from CIPP's tenant list",
	description:
		"Delete a customer tenant's row (and its exclusion) from CIPP's tenant list; its GDAP relationship is not touched, so CIPP lists the tenant again at its next tenant refresh. To end access, use Offboard with Terminate GDAP.",
	...writes('ExecRemoveTenant', 'Tenant.Administration.ReadWrite'),
	parameters: [tenantParameter('body', { name: 'TenantID' })],
	output: actionResult(),
	run: async (context) => {
		// CIPP takes the tenant ID only (a domain is HTTP 400): the chosen tenant is looked up first.
		const lookup = { method: 'POST' as const, endpoint: 'ListOffboardTenants', qs: {} };
		const row = await cippTenantRow(context, lookup, removeFromCipp.role);
		const request = { ...context.request, body: { TenantID: row.customerId } };
		return removeFromCipp.output(await context.call(request, removeFromCipp.role), context);
	},
};
