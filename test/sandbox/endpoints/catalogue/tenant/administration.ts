/**
 * Tenant administration reads: Invoke-ListOrg (the tenant's organization object), and the generic
 * reads ListPartnerRelationships, ListServiceHealth, ListOAuthApps and ListGraphReports.
 */
import { perSandbox } from '../../../directory';
import { GraphError, graphTenant, normalizeGraphError } from '../../../graph';
import { psString } from '../../../powershell';
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

const METHODS = [
	'FIDO2',
	'MicrosoftAuthenticator',
	'SMS',
	'TemporaryAccessPass',
	'HardwareOATH',
	'softwareOath',
	'Voice',
	'Email',
	'x509Certificate',
	'QRCodePin',
];

/** Each tenant's authentication methods policy: method → {state, includeTargets}. */
export const authMethods = perSandbox(() => new Map<string, Map<string, { state: string; includeTargets: string[] }>>());

/** Invoke-SetAuthMethod -> Set-CIPPAuthenticationPolicy: any state but "enabled" disables. */
const SetAuthMethod: Endpoint = {
	name: 'SetAuthMethod',
	role: 'Tenant.Administration.ReadWrite',
	handle(ctx) {
		const state = psString(ctx.fromBody('state')) === 'enabled' ? 'enabled' : 'disabled';
		const id = psString(ctx.fromBody('Id'));
		if (!METHODS.some((method) => method.toLowerCase() === id.toLowerCase())) {
			return {
				status: 500,
				body: {
					Results: `Cannot validate argument on parameter 'AuthenticationMethodId'. The argument "${id}" does not belong to the set "${METHODS.join(',')}" specified by the ValidateSet attribute.`,
				},
			};
		}
		try {
			const tenant = graphTenant(ctx.state, ctx.fromBody('tenantFilter'), { authCheck: true });
			const policies = authMethods(ctx.state);
			const policy = policies.get(tenant.customerId) ?? new Map();
			policies.set(tenant.customerId, policy);
			const groups = [ctx.fromBody('GroupIds') ?? []].flat().map(psString).filter(Boolean);
			const current = policy.get(id) ?? { state: 'disabled', includeTargets: ['all_users'] };
			policy.set(id, { state, includeTargets: groups.length ? groups : current.includeTargets });
			const targets = groups.length ? ` and targeted groups set to ${groups.join(', ')}` : '';
			return { status: 200, body: { Results: `Set ${id} state to ${state} ${targets}` } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 500, body: { Results: `Could not get CurrentInfo for ${id}. Error:${normalizeGraphError(error.message)}` } };
		}
	},
};

export const endpoints: Endpoint[] = [
	ListOrg,
	SetAuthMethod,
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
