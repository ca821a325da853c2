/**
 * Tenant administration reads: Invoke-ListOrg (the tenant's organization object), and the generic
 * reads ListPartnerRelationships, ListServiceHealth, ListOAuthApps and ListGraphReports.
 */
import { GraphError, graphTenant } from '../../../graph';
import type { Endpoint } from '../../endpoint';
import { genericRead } from '../../generic';

/** GET /beta/organization: a bare array with the one organization; failures are unhandled (HTTP 500 text). */
const ListOrg: Endpoint = {
	name: 'ListOrg',
	role: 'CIPP.Core.Read',
	handle(ctx) {
		const tenantFilter = ctx.fromQuery('tenantFilter');
		if (tenantFilter === 'AllTenants') return { status: 200, body: [] };
		try {
			const tenant = graphTenant(ctx.state, tenantFilter, { authCheck: true });
			return { status: 200, body: [{ id: tenant.customerId, displayName: tenant.displayName, ...tenant.organization }] };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			throw new Error(error.message);
		}
	},
};

export const endpoints: Endpoint[] = [
	ListOrg,
	genericRead('ListPartnerRelationships', 'results', {
		fields: (index) => ({ tenantId: `0000000${index}-1111-2222-3333-444444444444`, TenantInfo: { displayName: `Partner ${index + 1}` } }),
	}),
	genericRead('ListServiceHealth', 'graph', {
		fields: (index, tenant) => ({
			TenantName: tenant?.displayName ?? null,
			DefaultDomainName: tenant?.defaultDomainName ?? null,
			issueId: `EX${900100 + index}`,
			service: index === 0 ? 'Exchange Online' : 'Microsoft Teams',
			type: 'Sign-in',
			desc: 'Users may be unable to sign in.',
		}),
	}),
	genericRead('ListOAuthApps', 'graph', {
		fields: (index) => ({
			Name: ['Zoom', 'Miro'][index % 2],
			ApplicationID: `a${index}`,
			Scope: 'User.Read openid',
			StartTime: '0001-01-01T00:00:00',
		}),
	}),
	genericRead('ListGraphReports', 'graph', {
		fields: (index) => ({ userPrincipalName: `user${index}@contoso.com`, hasExchangeLicense: true }),
	}),
];
