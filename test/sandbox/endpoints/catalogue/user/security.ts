/** Authentication and sign-in endpoints: TAP, MFA, risk, Conditional Access, sign-in logs, inactive accounts. */
import { randomInt, randomUUID } from 'node:crypto';

import type { SandboxState, SandboxTenant, SandboxUser } from '../../../fixtures';
import { TENANT_IDS } from '../../../fixtures';
import { GraphError, graphGetUser, graphTenant, normalizeGraphError, requireDirectoryRole, tenantUsers } from '../../../graph';
import { isPlainObject } from '../../../http';
import { psString } from '../../../powershell';
import { cippTenants, findCippTenant } from '../../../tenantList';
import type { Endpoint } from '../../endpoint';
import {
	SYNC_ACCOUNT,
	authMethods,
	lastSignIn,
	perUserMfaState,
	policyAppliesTo,
	tenantPolicies,
	tenantSignIns,
	userData,
	usesSecurityDefaults,
} from './data';
import type { SignIn } from './data';

const AUTH_ADMIN = ['Privileged Authentication Administrator', 'Authentication Administrator'];
/** The tenant's Temporary Access Pass policy (Entra defaults). */
const TAP_POLICY = { minimum: 60, maximum: 480, defaultLifetime: 60 };
const TAP_CHARACTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789@#$%&*!?';

function formatUtc(date: Date): string {
	return date
		.toISOString()
		.replace('T', ' ')
		.replace(/\.\d+Z$/, '');
}

/** Invoke-ExecCreateTAP -> New-CIPPTAP: POST /beta/users/{id}/authentication/temporaryAccessPassMethods. */
const ExecCreateTAP: Endpoint = {
	name: 'ExecCreateTAP',
	role: 'Identity.User.ReadWrite',
	handle(ctx) {
		const id = psString(ctx.fromQueryOrBody('ID'));
		const lifetimeText = psString(ctx.fromQueryOrBody('lifetimeInMinutes'));
		// ($Query.isUsableOnce -eq $true) -or ($Body.isUsableOnce -eq $true): compared as text 'True', case-insensitively.
		const isTrue = (value: unknown) => value === true || (typeof value === 'string' && value.toLowerCase() === 'true');
		const usableOnce = isTrue(ctx.fromQuery('isUsableOnce')) || isTrue(ctx.fromBody('isUsableOnce'));
		const start = psString(ctx.fromQueryOrBody('startDateTime'));
		try {
			const tenant = graphTenant(ctx.state, ctx.fromQueryOrBody('tenantFilter'), { authCheck: true });
			const user = graphGetUser(ctx.state, tenant, id);
			requireDirectoryRole(tenant, AUTH_ADMIN);
			const lifetime = lifetimeText ? parseInt(lifetimeText, 10) : TAP_POLICY.defaultLifetime;
			if (!(lifetime >= TAP_POLICY.minimum && lifetime <= TAP_POLICY.maximum)) {
				throw new GraphError(
					`The lifetimeInMinutes of the Temporary Access Pass must be between ${TAP_POLICY.minimum} and ${TAP_POLICY.maximum} minutes, as set by the Temporary Access Pass policy.`,
				);
			}
			const startDate = start ? new Date(/^\d+$/.test(start) ? Number(start) * 1000 : Date.parse(start)) : new Date();
			if (Number.isNaN(startDate.getTime())) throw new GraphError(`Cannot convert value "${start}" to type "System.DateTime".`);
			const pass = Array.from({ length: 10 }, () => TAP_CHARACTERS[randomInt(TAP_CHARACTERS.length)]).join('');
			const methods = authMethods(ctx.state, user).filter((method) => !method['@odata.type'].includes('temporaryAccessPass'));
			methods.push({
				'@odata.type': '#microsoft.graph.temporaryAccessPassAuthenticationMethod',
				id: randomUUID(),
				isUsableOnce: usableOnce,
				lifetimeInMinutes: lifetime,
				startDateTime: startDate.toISOString(),
				methodUsabilityReason: start ? 'NotYetValid' : 'EnabledByPolicy',
			});
			userData(ctx.state).authMethods.set(user.id, methods);
			const resultText =
				`The TAP for ${id} is ${pass} - This TAP is usable for the next ${lifetime} minutes` +
				(usableOnce ? ' (one-time use only)' : '') +
				(start ? ` starting at ${formatUtc(startDate)} UTC` : '');
			const tap = {
				resultText,
				userId: id,
				copyField: pass,
				temporaryAccessPass: pass,
				lifetimeInMinutes: lifetime,
				startDateTime: startDate.toISOString(),
				isUsableOnce: usableOnce,
				state: 'success',
			};
			return { status: 200, body: { Results: [tap, { resultText: `User ID: ${id}`, copyField: id, state: 'success' }] } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return {
				status: 500,
				body: { Results: `Failed to create Temporary Access Pass (TAP) for ${id}: ${normalizeGraphError(error.message)}` },
			};
		}
	},
};

/** The Graph path segment type of an authentication method, as Remove-CIPPUserMFA names it. */
function methodType(odataType: string): string {
	return (odataType.split('.').pop() ?? '').replace('Authentication', '');
}

/** Invoke-ExecResetMFA -> Remove-CIPPUserMFA (body only; CIPP URL-encodes the user itself). */
const ExecResetMFA: Endpoint = {
	name: 'ExecResetMFA',
	role: 'Identity.User.ReadWrite',
	handle(ctx) {
		const upn = psString(ctx.fromBody('ID'));
		const methodId = psString(ctx.fromBody('MethodId'));
		let user: SandboxUser;
		try {
			const tenant = graphTenant(ctx.state, ctx.fromBody('tenantFilter'), { authCheck: true });
			user = graphGetUser(ctx.state, tenant, encodeURIComponent(upn));
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 500, body: { Results: `Failed to get MFA methods for user ${upn}. Error: ${normalizeGraphError(error.message)}` } };
		}
		const methods = authMethods(ctx.state, user);
		const removable = methods.filter(
			(method) => method['@odata.type'] !== '#microsoft.graph.passwordAuthenticationMethod' && (!methodId || method.id === methodId),
		);
		if (removable.length === 0) {
			const text = methodId ? `No removable MFA method with id ${methodId} found for user ${upn}` : `No MFA methods found for user ${upn}`;
			return { status: 200, body: { Results: text } };
		}
		userData(ctx.state).authMethods.set(
			user.id,
			methods.filter((method) => !removable.includes(method)),
		);
		const names = removable.map((method) => methodType(method['@odata.type'])).join(', ');
		const text = methodId
			? `Successfully removed MFA method (${names}) for user ${upn}`
			: `Successfully removed MFA methods (${names}) for user ${upn}. User must supply MFA at next logon`;
		return { status: 200, body: { Results: text } };
	},
};

const MFA_STATES = ['enabled', 'disabled', 'enforced'];

/** Invoke-ExecPerUserMFA -> Set-CIPPPerUserMFA: a Graph batch whose per-user answers CIPP never reads. */
const ExecPerUserMFA: Endpoint = {
	name: 'ExecPerUserMFA',
	role: 'Identity.User.ReadWrite',
	handle(ctx) {
		const upn = psString(ctx.fromBody('userPrincipalName'));
		const userId = upn.includes('#EXT#') ? psString(ctx.fromBody('userId')) : upn;
		const stateField = ctx.fromBody('State');
		const state = psString(isPlainObject(stateField) && stateField.value ? stateField.value : stateField);
		if (!MFA_STATES.includes(state.toLowerCase())) {
			return {
				status: 500,
				body: {
					Results: [
						`Cannot validate argument on parameter 'State'. The argument "${state}" does not belong to the set "enabled,disabled,enforced" specified by the ValidateSet attribute. Supply an argument that is in the set and then try the command again.`,
					],
				},
			};
		}
		try {
			const tenant = graphTenant(ctx.state, ctx.fromBody('tenantFilter'), { authCheck: true });
			try {
				userData(ctx.state).perUserMfa.set(graphGetUser(ctx.state, tenant, userId).id, state.toLowerCase());
			} catch (error) {
				if (!(error instanceof GraphError)) throw error;
			}
			return { status: 200, body: { Results: [`Successfully set Per user MFA State for ${userId}`] } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 500, body: { Results: [`Failed to set MFA State to ${state} for ${userId}. Error: ${error.message}`] } };
		}
	},
};

/** Invoke-ExecSendPush: a real, synchronous MFA prompt; always HTTP 200, the outcome in Results.state. */
const ExecSendPush: Endpoint = {
	name: 'ExecSendPush',
	role: 'Identity.User.Read',
	handle(ctx) {
		const email = psString(ctx.fromBody('UserEmail'));
		// The service principal lookup is outside any try block: tenant failures are unhandled (500, text).
		const tenant = graphTenant(ctx.state, ctx.fromBody('TenantFilter'), { authCheck: true });
		let user: SandboxUser | undefined;
		try {
			user = graphGetUser(ctx.state, tenant, email);
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
		}
		const canPush =
			user?.accountEnabled && authMethods(ctx.state, user).some((method) => /microsoftAuthenticator|phone/.test(method['@odata.type']));
		const answer = canPush ? 'Success' : user ? 'NoDefaultAuthenticationMethodIsConfigured' : 'UserNotFound';
		const body = canPush
			? { resultText: `Received an MFA confirmation: ${answer}\r\n`, state: 'success' }
			: {
					resultText: `Authentication Failed! Does the user have Push/Phone call MFA configured? ErrorCode: ${answer}\r\n`,
					state: 'error',
				};
		return { status: 200, body: { Results: body } };
	},
};

/** Invoke-ExecDismissRiskyUser: POST /beta/riskyUsers/dismiss (204, so the message ends in ". "). */
const ExecDismissRiskyUser: Endpoint = {
	name: 'ExecDismissRiskyUser',
	role: 'Identity.User.ReadWrite',
	handle(ctx) {
		const id = psString(ctx.fromQueryOrBody('userId'));
		const displayName = psString(ctx.fromQueryOrBody('userDisplayName'));
		try {
			const tenant = graphTenant(ctx.state, ctx.fromQueryOrBody('tenantFilter'), { authCheck: true });
			requireDirectoryRole(tenant, ['Security Administrator']);
			const user = graphGetUser(ctx.state, tenant, id);
			const risk = userData(ctx.state).risk.get(user.id);
			if (risk) risk.riskState = 'dismissed';
			return { status: 200, body: { Results: `Successfully dismissed User Risk for user ${displayName}. ` } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 500, body: { Results: `Failed to dismiss user risk for ${displayName}. ${normalizeGraphError(error.message)}` } };
		}
	},
};

/** One row of Get-CIPPMFAState. */
function mfaRow(state: SandboxState, tenant: SandboxTenant, user: SandboxUser, tenantFilter: string): Record<string, unknown> {
	const methods = authMethods(state, user)
		.map((method) => method['@odata.type'])
		.filter((type) => !type.includes('password'))
		.map((type) => methodType(type).replace(/Method$/, ''));
	const policies = tenantPolicies(state, tenant).filter((policy) => policy.builtInControls.includes('mfa'));
	const caPolicies = policies.map((policy) => ({
		DisplayName: policy.displayName,
		UserIncluded: policyAppliesTo(policy, user),
		AllApps: true,
		PolicyState: policy.state,
	}));
	const covered = caPolicies.some((policy) => policy.UserIncluded && policy.PolicyState === 'enabled');
	return {
		Tenant: tenantFilter,
		ID: user.id,
		UPN: user.userPrincipalName,
		DisplayName: user.displayName,
		AccountEnabled: user.accountEnabled,
		PerUser: perUserMfaState(state, user),
		isLicensed: user.assignedLicenses.length > 0,
		MFARegistration: methods.length > 0,
		MFACapable: methods.length > 0 && user.accountEnabled,
		MFAMethods: methods,
		CoveredByCA: covered ? 'Enforced - All Apps' : 'Not Enforced',
		CAPolicies: caPolicies,
		CoveredBySD: usesSecurityDefaults(tenant),
		IsAdmin: /administrator/i.test(user.jobTitle ?? ''),
		UserType: user.userType,
		RowKey: user.userPrincipalName.replace(/#/g, ''),
		PartitionKey: 'users',
	};
}

/** Invoke-ListMFAUsers: live per tenant; AllTenants from a cache that the first call starts filling. */
const ListMFAUsers: Endpoint = {
	name: 'ListMFAUsers',
	role: 'Identity.User.Read',
	handle(ctx) {
		const filter = psString(ctx.fromQuery('tenantFilter'));
		const data = userData(ctx.state);
		const reportDb = ctx.fromQuery('UseReportDB')?.toLowerCase() === 'true';
		if (filter.toLowerCase() === 'alltenants') {
			if (!reportDb && !data.mfaCacheFilled) {
				data.mfaCacheFilled = true;
				return { status: 200, body: [{ UPN: 'Loading data for all tenants. Please check back in a few minutes' }] };
			}
			const rows = cippTenants(ctx.state)
				.filter((tenant) => !tenant.isPartner)
				.flatMap((tenant) => tenantUsers(ctx.state, tenant).map((user) => mfaRow(ctx.state, tenant, user, tenant.defaultDomainName)));
			return { status: 200, body: rows };
		}
		try {
			const tenant = graphTenant(ctx.state, filter, { authCheck: true });
			return { status: 200, body: tenantUsers(ctx.state, tenant).map((user) => mfaRow(ctx.state, tenant, user, filter)) };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return reportDb
				? { status: 500, body: [`No MFA state data found in the report database for tenant ${filter}.`] }
				: { status: 403, body: [normalizeGraphError(error.message)] };
		}
	},
};

/** Invoke-ListUserConditionalAccessPolicies: the what-if evaluation; any failure gives one empty object. */
const ListUserConditionalAccessPolicies: Endpoint = {
	name: 'ListUserConditionalAccessPolicies',
	role: 'Identity.User.Read',
	handle(ctx) {
		try {
			const tenant = graphTenant(ctx.state, ctx.fromQuery('tenantFilter'), { authCheck: true });
			const user = graphGetUser(ctx.state, tenant, psString(ctx.fromQuery('UserID')));
			const applying = tenantPolicies(ctx.state, tenant).filter((policy) => policy.state !== 'disabled' && policyAppliesTo(policy, user));
			return {
				status: 200,
				body: applying.map((policy) => ({
					'@odata.type': '#microsoft.graph.conditionalAccessWhatIfPolicy',
					id: policy.id,
					displayName: policy.displayName,
					state: policy.state,
					createdDateTime: '2024-01-15T10:00:00Z',
					modifiedDateTime: '2025-11-03T14:30:00Z',
					conditions: {
						clientAppTypes: policy.clientAppTypes,
						applications: { includeApplications: ['All'], excludeApplications: [] },
						users: { includeUsers: policy.includeUsers, excludeUsers: policy.excludeUsers, includeGroups: [], excludeGroups: [] },
					},
					grantControls: { operator: 'OR', builtInControls: policy.builtInControls },
					sessionControls: null,
					policyApplies: true,
					analysisReasons: 'none',
				})),
			};
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 200, body: [{}] };
		}
	},
};

/** A small part of Graph's OData $filter on signIns: clauses joined by "and". */
function signInFilter(filter: string): (event: SignIn) => boolean {
	const clauses = filter
		.split(/\s+and\s+(?=(?:[^']*'[^']*')*[^']*$)/i)
		.map((clause) => clause.trim())
		.filter(Boolean);
	const tests = clauses.map((clause) => {
		const match = /^\(?\s*([\w/]+)\s+(eq|ne|ge|le|gt|lt)\s+('(?:[^']|'')*'|[\w:.-]+)\s*\)?$/i.exec(clause);
		if (!match) throw new GraphError(`Invalid filter clause: The query specified in the URI is not valid. Syntax error in '${clause}'.`);
		const [, path, operator, literal] = match;
		const expected = literal.startsWith("'") ? literal.slice(1, -1).replace(/''/g, "'").toLowerCase() : literal.toLowerCase();
		return (event: SignIn) => {
			const actual = path.split('/').reduce<unknown>((value, key) => (isPlainObject(value) ? value[key] : undefined), event);
			const value = String(actual ?? '').toLowerCase();
			switch (operator.toLowerCase()) {
				case 'eq':
					return value === expected;
				case 'ne':
					return value !== expected;
				case 'ge':
					return value >= expected;
				case 'le':
					return value <= expected;
				case 'gt':
					return value > expected;
				default:
					return value < expected;
			}
		};
	});
	return (event) => tests.every((test) => test(event));
}

/** Invoke-ListSignIns: the tenant's sign-in log with CIPP's extra columns; failures are 500 with the message. */
const ListSignIns: Endpoint = {
	name: 'ListSignIns',
	role: 'Identity.AuditLog.Read',
	handle(ctx) {
		const days = Number(ctx.fromQuery('Days') ?? 7);
		const failedOnly = ctx.fromQuery('failedLogonsOnly');
		const threshold = Number(ctx.fromQuery('FailureThreshold') ?? 0);
		const custom = ctx.fromQuery('Filter');
		try {
			const tenant = graphTenant(ctx.state, ctx.fromQuery('tenantFilter'), { authCheck: true });
			const since = new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
			const filter =
				custom ||
				`createdDateTime ge ${since} and userDisplayName ne '${SYNC_ACCOUNT}'${failedOnly === 'true' ? ' and (status/errorCode eq 50126)' : ''}`;
			let events = tenantSignIns(ctx.state, tenant)
				.filter(signInFilter(filter))
				.map((event) => {
					const status = event.status as Record<string, unknown>;
					const location = event.location as Record<string, unknown>;
					return {
						...event,
						additionalDetails: status.additionalDetails,
						errorCode: status.errorCode,
						locationcipp: `${psString(location.city)} - ${psString(location.countryOrRegion)}`,
					};
				});
			// CIPP tests the raw text: 'false' is a non-empty string, so it groups too.
			if (failedOnly && threshold > 0) {
				const counts = new Map<string, number>();
				events.forEach((event) => counts.set(event.userPrincipalName, (counts.get(event.userPrincipalName) ?? 0) + 1));
				events = events.filter((event) => (counts.get(event.userPrincipalName) ?? 0) >= threshold);
			}
			return { status: 200, body: events };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 500, body: normalizeGraphError(error.message) };
		}
	},
};

/** Invoke-ListUserSigninLogs: /beta/auditLogs/signIns?$filter=(userId eq '<id>')&$top=<top>, newest first. */
const ListUserSigninLogs: Endpoint = {
	name: 'ListUserSigninLogs',
	role: 'Identity.User.Read',
	handle(ctx) {
		const userId = psString(ctx.fromQuery('UserID'));
		const top = Number(ctx.fromQuery('top') || 50);
		try {
			const tenant = graphTenant(ctx.state, ctx.fromQuery('tenantFilter'), { authCheck: true });
			if (!Number.isInteger(top) || top < 1 || top > 1000) {
				throw new GraphError(`Invalid page size specified: '${psString(ctx.fromQuery('top'))}'. Must be between 1 and 1000 inclusive.`);
			}
			const events = tenantSignIns(ctx.state, tenant).filter((event) => event.userId === userId.toLowerCase());
			return { status: 200, body: events.slice(0, top) };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 500, body: [`Failed to retrieve Sign In report for user ${userId} : Error: ${normalizeGraphError(error.message)}`] };
		}
	},
};

function inactiveRows(state: SandboxState, tenant: SandboxTenant, days: number): Record<string, unknown>[] {
	const cutoff = Date.now() - days * 86_400_000;
	return tenantUsers(state, tenant)
		.filter((user) => user.accountEnabled && user.userType !== 'Guest')
		.flatMap((user) => {
			const last = lastSignIn(state, user);
			if (last && Date.parse(last) > cutoff) return [];
			return [
				{
					tenantId: tenant.defaultDomainName,
					tenantDisplayName: tenant.displayName,
					azureAdUserId: user.id,
					userPrincipalName: user.userPrincipalName,
					displayName: user.displayName,
					userType: user.userType,
					createdDateTime: user.createdDateTime,
					lastSignInDateTime: last,
					lastNonInteractiveSignInDateTime: last,
					lastRefreshedDateTime: new Date().toISOString(),
					numberOfAssignedLicenses: user.assignedLicenses.length,
					daysSinceLastSignIn: last ? Math.round((Date.now() - Date.parse(last)) / 86_400_000) : null,
					accountEnabled: user.accountEnabled,
				},
			];
		});
}

/**
 * Tenants whose users CIPP's reporting database has not cached yet (its own jobs fill it): Tailspin.
 * Get-InactiveUsersFromDB answers [] for such a tenant, and AllTenants leaves it out.
 */
const NOT_IN_REPORTING_DB = new Set<string>([TENANT_IDS.tailspin]);

/** Invoke-ListInactiveAccounts: from CIPP's reporting database (a tenant without data gives []). */
const ListInactiveAccounts: Endpoint = {
	name: 'ListInactiveAccounts',
	role: 'Tenant.Directory.Read',
	handle(ctx) {
		const filter = psString(ctx.fromQuery('tenantFilter'));
		const days = ctx.fromQuery('InactiveDays') ? parseInt(psString(ctx.fromQuery('InactiveDays')), 10) : 180;
		if (Number.isNaN(days)) {
			return {
				status: 500,
				body: [
					{
						Error: `Cannot convert value "${psString(ctx.fromQuery('InactiveDays'))}" to type "System.Int32". Error: "The input string '${psString(ctx.fromQuery('InactiveDays'))}' was not in a correct format."`,
					},
				],
			};
		}
		const tenants =
			filter.toLowerCase() === 'alltenants'
				? cippTenants(ctx.state).filter((tenant) => !tenant.isPartner)
				: [findCippTenant(ctx.state, filter)].filter((tenant): tenant is SandboxTenant => !!tenant);
		const cached = tenants.filter((tenant) => !NOT_IN_REPORTING_DB.has(tenant.customerId));
		return { status: 200, body: cached.flatMap((tenant) => inactiveRows(ctx.state, tenant, days)) };
	},
};

export const endpoints: Endpoint[] = [
	ExecCreateTAP,
	ExecResetMFA,
	ExecPerUserMFA,
	ExecSendPush,
	ExecDismissRiskyUser,
	ListMFAUsers,
	ListUserConditionalAccessPolicies,
	ListSignIns,
	ListUserSigninLogs,
	ListInactiveAccounts,
];
