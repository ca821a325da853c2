/**
 * Invoke-ListSecureScoreReport, and the Graph collections of the security operations that go through
 * ListGraphRequest (served by the tool resource's ListGraphRequest, which looks them up here).
 */
import { allowedTenantIds } from '../../../access';
import { GraphError } from '../../../graph';
import { findCippTenant } from '../../../tenantList';
import type { SandboxState, SandboxTenant } from '../../../fixtures';
import type { Endpoint } from '../../endpoint';
import { customerTenants, isAllTenants } from './common';
import { tenantSecurity } from './data';

/** Graph collections by ListGraphRequest Endpoint (lower case, no leading slash). */
export const graphCollections: Record<string, (state: SandboxState, tenant: SandboxTenant) => Array<Record<string, unknown>>> = {
	'identityprotection/riskyusers': (state, tenant) => {
		const risky = tenantSecurity(state, tenant).riskyUsers;
		if (!risky) throw new GraphError('Your tenant is not licensed for this feature.');
		return risky;
	},
};

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Get-CIPPSecureScoreReport: the latest cached score per tenant, lowest percentage first. */
function secureScoreRow(state: SandboxState, tenant: SandboxTenant, includeHistory: boolean) {
	const points = [...tenantSecurity(state, tenant).secureScores].sort((a, b) => b.createdDateTime.localeCompare(a.createdDateTime));
	const latest = points[0];
	if (!latest) return undefined;
	const percentage = (point: { currentScore: number; maxScore: number }) =>
		point.maxScore > 0 ? round((point.currentScore / point.maxScore) * 100, 1) : 0;
	return {
		Tenant: tenant.defaultDomainName,
		TenantId: tenant.customerId,
		TenantName: tenant.displayName,
		CurrentScore: round(latest.currentScore, 2),
		MaxScore: latest.maxScore,
		PercentageScore: percentage(latest),
		CapturedAt: latest.createdDateTime,
		...(includeHistory
			? {
					History: [...points].reverse().map((point) => ({
						Date: point.createdDateTime,
						CurrentScore: round(point.currentScore, 2),
						PercentageScore: percentage(point),
					})),
				}
			: {}),
	};
}

const ListSecureScoreReport: Endpoint = {
	name: 'ListSecureScoreReport',
	role: 'Tenant.Reports.Read',
	anyTenant: true,
	handle(ctx) {
		const tenantFilter = ctx.fromQuery('tenantFilter') ?? 'AllTenants';
		const includeHistory = /^true$/i.test(ctx.fromQuery('includeHistory') ?? '');
		let tenants: SandboxTenant[];
		if (isAllTenants(tenantFilter)) {
			tenants = customerTenants(ctx.state);
		} else {
			const tenant = findCippTenant(ctx.state, tenantFilter);
			if (!tenant) return { status: 400, body: { Error: `Tenant '${tenantFilter}' not found` } };
			tenants = [tenant];
		}
		const allowed = allowedTenantIds(ctx.client);
		const rows = tenants
			.map((tenant) => secureScoreRow(ctx.state, tenant, includeHistory))
			.filter((row): row is NonNullable<typeof row> => row !== undefined)
			.filter((row) => allowed === 'AllTenants' || allowed.includes(row.TenantId))
			.sort((a, b) => a.PercentageScore - b.PercentageScore);
		return { status: 200, body: { Results: rows } };
	},
};

export const endpoints: Endpoint[] = [ListSecureScoreReport];
