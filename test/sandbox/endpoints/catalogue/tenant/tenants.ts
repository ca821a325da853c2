/** ListTenants (its ClearCache switch) and EditTenant. */
import { perSandbox } from '../../../directory';
import { psString } from '../../../powershell';
import type { Endpoint } from '../../endpoint';
import { ListTenants as CoreListTenants } from '../../ListTenants';
import { cippTenant } from './request';

/** CIPP-side tenant settings: aliases (with the original names) and the cache clears asked for. */
export const tenantSettings = perSandbox(() => ({
	originalNames: new Map<string, string>(),
	cacheClears: 0,
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
		return { status: 200, body: { state: 'success', resultText: 'Tenant details updated successfully' } };
	},
};

export const endpoints: Endpoint[] = [ListTenants, EditTenant];
