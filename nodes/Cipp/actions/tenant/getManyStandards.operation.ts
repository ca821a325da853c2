import { reads } from '../common/endpoints';
import { optionalTenantParameter } from '../common/pickers';
import { records } from '../common/readers';
import * as validate from '../common/validators';
import type { CippOperation, StepContext } from '../types';

/**
 * The legacy view filters stored rows by default domain (Invoke-ListStandards.ps1:29-30): a tenant
 * ID gives an empty list, so it is refused. The consolidated view resolves IDs itself, but without
 * a tenant CIPP passes an empty filter to Get-CIPPStandards and finds nothing: AllTenants is sent.
 */
function tenantForView(context: StepContext): void {
	const tenantFilter = context.values.tenantFilter as string | undefined;
	const query = context.request.qs as Record<string, unknown>;
	if (context.values.showConsolidated === true) {
		if (tenantFilter === undefined) query.tenantFilter = validate.ALL_TENANTS;
		return;
	}
	if (tenantFilter !== undefined && validate.isGuid(tenantFilter)) {
		validate.invalid(
			{ node: context.node, field: 'Tenant Filter', itemIndex: context.itemIndex, access: 'read' },
			`"${tenantFilter}" is a tenant ID, but CIPP's legacy standards view matches tenants by default domain, so it would list nothing.`,
			"Use the tenant's default domain (defaultDomainName in Tenant → Get Many), or turn Consolidated on.",
		);
	}
}

export const getManyStandards: CippOperation = {
	resource: 'tenant',
	value: 'getManyStandards',
	name: 'Get Many Standards',
	action: 'Get many applied standards',
	description:
		'List the standards applied to tenants, one item per tenant (or, consolidated, per standard and tenant) with the standards and who applied them',
	...reads('ListStandards', 'Tenant.Standards.Read'),
	list: true,
	parameters: [
		optionalTenantParameter(),
		{
			property: {
				displayName: 'Consolidated',
				name: 'showConsolidated',
				type: 'boolean',
				default: false,
				description:
					'Whether to return the effective standards merged from every template that applies, instead of the legacy per-tenant view. The legacy view takes the tenant by default domain only.',
			},
			send: { name: 'ShowConsolidated', in: 'query', encoding: 'boolean' },
		},
	],
	output: records,
	run: async (context) => {
		tenantForView(context);
		return records(await context.call(context.request, getManyStandards.role));
	},
};
