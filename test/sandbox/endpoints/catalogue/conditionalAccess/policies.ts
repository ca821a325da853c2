/**
 * Conditional Access writes: Invoke-AddCAPolicy (New-CIPPCAPolicy), -EditCAPolicy, -ExecEditCAPolicyFull,
 * -RemoveCAPolicy, -ExecCAServiceExclusion, -ListConditionalAccessPolicyChanges, -ExecCaCheck.
 * The policies are the tenant resource's (../tenant/conditionalAccess.ts), so a list shows each change.
 */
import { stableGuid, tenantGroups } from '../../../directory';
import { PARTNER_TENANT_ID } from '../../../fixtures';
import type { SandboxState, SandboxTenant } from '../../../fixtures';
import { GRAPH_ERRORS, GraphError, graphTenant, normalizeGraphError } from '../../../graph';
import { psString } from '../../../powershell';
import { cippTenants } from '../../../tenantList';
import type { Endpoint } from '../../endpoint';
import { caPolicies } from '../tenant/conditionalAccess';
import type { CaPolicy } from '../tenant/conditionalAccess';
import { now, strictValueOf } from '../tenant/request';

const STATES = ['enabled', 'disabled', 'enabledForReportingButNotEnforced'];

function policyOf(state: SandboxState, tenant: SandboxTenant, id: string): CaPolicy {
	const policy = caPolicies(state, tenant).find((candidate) => candidate.id === id.toLowerCase());
	if (!policy) throw new GraphError(GRAPH_ERRORS.notFound(id));
	return policy;
}

/** New-CIPPCAPolicy for one tenant: the message it returns, or throws the text CIPP puts in Results. */
function newCaPolicy(state: SandboxState, tenantName: string, body: (name: string) => unknown): string {
	const raw = JSON.parse(psString(body('RawJSON'))) as Record<string, unknown>;
	const displayName = psString(raw.displayName);
	const wanted = psString(body('NewState'));
	try {
		const tenant = graphTenant(state, tenantName, { authCheck: true });
		const list = caPolicies(state, tenant);
		if (wanted && wanted !== 'donotchange' && !STATES.includes(wanted)) throw new GraphError(`Invalid value for state: ${wanted}`);
		const conditions = raw.conditions as CaPolicy['conditions'];
		if (psString(body('replacename')) === 'AllUsers') {
			conditions.users = { ...conditions.users, includeUsers: ['All'], excludeUsers: [], includeGroups: [], excludeGroups: [] };
		}
		const existing = list.find((candidate) => candidate.displayName === displayName);
		if (existing) {
			if (body('overwrite') !== true) throw new GraphError(`Conditional Access Policy with Display Name ${displayName} Already exists`);
			const keepState = wanted === 'donotchange' ? existing.state : wanted || psString(raw.state) || existing.state;
			const vacationGroups = tenantGroups(state, tenant).filter((group) => group.displayName.startsWith('Vacation Exclusion'));
			const vacation = existing.conditions.users.excludeGroups.filter((id) => vacationGroups.some((group) => group.id === id));
			Object.assign(existing, {
				state: keepState,
				conditions: { ...conditions, users: { ...conditions.users, excludeGroups: [...conditions.users.excludeGroups, ...vacation] } },
				grantControls: raw.grantControls,
				modifiedDateTime: now(),
			});
			return `Updated policy ${displayName} for ${tenantName}`;
		}
		list.push({
			id: stableGuid(`${tenant.customerId}/caPolicy/${displayName}`),
			displayName,
			state: wanted && wanted !== 'donotchange' ? wanted : psString(raw.state),
			createdDateTime: now(),
			modifiedDateTime: null,
			conditions: { ...conditions, locations: conditions.locations ?? null },
			grantControls: raw.grantControls as CaPolicy['grantControls'],
		});
		return `Created policy ${displayName} for ${tenantName}`;
	} catch (error) {
		if (!(error instanceof GraphError)) throw error;
		throw new GraphError(`Failed to create or update conditional access rule ${displayName}: ${normalizeGraphError(error.message)}`);
	}
}

const AddCAPolicy: Endpoint = {
	name: 'AddCAPolicy',
	role: 'Tenant.ConditionalAccess.ReadWrite',
	handle(ctx) {
		const selected = [strictValueOf(ctx.fromBody('tenantFilter'))].flat().map(psString);
		const tenants = selected.includes('AllTenants') ? cippTenants(ctx.state).map((tenant) => tenant.defaultDomainName) : selected;
		const results = tenants.map((tenant) => {
			try {
				return newCaPolicy(ctx.state, tenant, (name) => ctx.fromBody(name));
			} catch (error) {
				if (!(error instanceof GraphError)) throw error;
				return error.message;
			}
		});
		return { status: 200, body: { Results: results } };
	},
};

const EditCAPolicy: Endpoint = {
	name: 'EditCAPolicy',
	role: 'Tenant.ConditionalAccess.ReadWrite',
	handle(ctx) {
		const id = psString(ctx.fromQueryOrBody('GUID'));
		const state = psString(ctx.fromQueryOrBody('State'));
		const displayName = psString(ctx.fromQueryOrBody('newDisplayName'));
		try {
			const tenant = graphTenant(ctx.state, ctx.fromQueryOrBody('tenantFilter'), { authCheck: true });
			const policy = policyOf(ctx.state, tenant, id);
			if (state && !STATES.includes(state)) throw new GraphError(`Invalid value for state: ${state}`);
			if (state) policy.state = state;
			if (displayName) policy.displayName = displayName;
			policy.modifiedDateTime = now();
			let result = `Successfully updated CA policy ${id}`;
			if (state) result += ` state to ${state}`;
			if (displayName) result += ` name to '${displayName}'`;
			return { status: 200, body: { Results: result } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 500, body: { Results: `Failed to update CA policy ${id}: ${normalizeGraphError(error.message)}` } };
		}
	},
};

const ExecEditCAPolicyFull: Endpoint = {
	name: 'ExecEditCAPolicyFull',
	role: 'Tenant.ConditionalAccess.ReadWrite',
	handle(ctx) {
		const tenantFilter = psString(ctx.fromQueryOrBody('tenantFilter'));
		if (!tenantFilter.trim()) return { status: 400, body: { Results: 'Error: tenantFilter is required' } };
		const id = psString(ctx.fromQueryOrBody('PolicyId'));
		if (!id.trim()) return { status: 400, body: { Results: 'Error: PolicyId is required' } };
		const given = ctx.fromBody('PolicyBody') as Record<string, unknown> | undefined;
		if (given == null) return { status: 400, body: { Results: 'Error: PolicyBody is required' } };
		try {
			const policy = policyOf(ctx.state, graphTenant(ctx.state, tenantFilter, { authCheck: true }), id);
			const changes = Object.fromEntries(
				Object.entries(given).filter(([key]) => !['id', 'createdDateTime', 'modifiedDateTime', 'templateId'].includes(key)),
			);
			if ('state' in changes && !STATES.includes(psString(changes.state)))
				throw new GraphError(`Invalid value for state: ${psString(changes.state)}`);
			Object.assign(policy, changes, { modifiedDateTime: now() });
			return {
				status: 200,
				body: { Results: `Successfully updated CA policy '${psString(given.displayName) || id}' for ${tenantFilter}` },
			};
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return {
				status: 500,
				body: { Results: `Failed to update CA policy ${id} for ${tenantFilter}: ${normalizeGraphError(error.message)}` },
			};
		}
	},
};

const RemoveCAPolicy: Endpoint = {
	name: 'RemoveCAPolicy',
	role: 'Tenant.ConditionalAccess.ReadWrite',
	handle(ctx) {
		const id = psString(ctx.fromQueryOrBody('GUID'));
		try {
			const tenant = graphTenant(ctx.state, ctx.fromQueryOrBody('tenantFilter'), { authCheck: true });
			const list = caPolicies(ctx.state, tenant);
			list.splice(list.indexOf(policyOf(ctx.state, tenant, id)), 1);
			return { status: 200, body: { Results: `Deleted CA Policy ${id}` } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 403, body: { Results: `Could not delete CA policy with ID ${id} : ${normalizeGraphError(error.message)}` } };
		}
	},
};

/** Set-CIPPCAPolicyServiceException: only policies for all users, all guests or roles are changed. */
const ExecCAServiceExclusion: Endpoint = {
	name: 'ExecCAServiceExclusion',
	role: 'Tenant.ConditionalAccess.ReadWrite',
	handle(ctx) {
		const id = psString(ctx.fromQueryOrBody('GUID'));
		try {
			const tenant = graphTenant(ctx.state, ctx.fromQueryOrBody('tenantFilter'), { authCheck: true });
			const policy = policyOf(ctx.state, tenant, id);
			const users = policy.conditions.users;
			if (!users.includeUsers.includes('All') && users.includeRoles.length === 0) {
				return { status: 200, body: { Results: `Policy ${id} does not target all users or all guest/external users. No changes made.` } };
			}
			const excluded = users.excludeGuestsOrExternalUsers;
			if (excluded?.guestOrExternalUserTypes.includes('serviceProvider') && excluded.externalTenants.members?.includes(PARTNER_TENANT_ID)) {
				return {
					status: 200,
					body: { Results: `Policy ${id} already has the correct service provider configuration. No changes needed.` },
				};
			}
			users.excludeGuestsOrExternalUsers = {
				guestOrExternalUserTypes: excluded ? `${excluded.guestOrExternalUserTypes},serviceProvider` : 'serviceProvider',
				externalTenants: { membershipKind: 'enumerated', members: [PARTNER_TENANT_ID] },
			};
			policy.modifiedDateTime = now();
			return { status: 200, body: { Results: `Successfully added service provider to policy ${id}` } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return {
				status: 200,
				body: { Results: `Failed to add service provider exception to policy ${id}: ${normalizeGraphError(error.message)}` },
			};
		}
	},
};

const ListConditionalAccessPolicyChanges: Endpoint = {
	name: 'ListConditionalAccessPolicyChanges',
	role: 'Tenant.ConditionalAccess.Read',
	handle(ctx) {
		const id = psString(ctx.fromQuery('id'));
		const displayName = psString(ctx.fromQuery('displayName'));
		try {
			const tenant = graphTenant(ctx.state, ctx.fromQuery('tenantFilter'), { authCheck: true });
			const policy = caPolicies(ctx.state, tenant).find((candidate) => candidate.id === id.toLowerCase());
			if (!policy) return { status: 200, body: [] };
			return {
				status: 200,
				body: [
					{
						policy: displayName || null,
						policyId: id,
						typeFriendlyName: 'Add conditional access policy',
						type: 'Add',
						initiatedBy: `admin@${tenant.defaultDomainName}`,
						date: policy.createdDateTime,
						oldValue: null,
						newValue: { displayName: policy.displayName, state: policy.state },
					},
				],
			};
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 400, body: [`Failed to request audit logs for policy ${displayName}: ${error.message}`] };
		}
	},
};

/** POST /identity/conditionalAccess/evaluate: every policy, with whether it applies to the sign-in. */
const ExecCaCheck: Endpoint = {
	name: 'ExecCaCheck',
	role: 'Tenant.ConditionalAccess.Read',
	handle(ctx) {
		try {
			const tenant = graphTenant(ctx.state, ctx.fromBody('tenantFilter'), { authCheck: true });
			const userId = psString(strictValueOf(ctx.fromBody('userID')));
			if (!/^[0-9a-f-]{36}$/i.test(userId))
				throw new GraphError(`Resource '${userId}' does not exist or one of its queried reference-property objects are not present.`);
			const value = caPolicies(ctx.state, tenant).map((policy) => {
				const applies =
					policy.state !== 'disabled' &&
					(policy.conditions.users.includeUsers.includes('All') || policy.conditions.users.includeUsers.includes(userId)) &&
					!policy.conditions.users.excludeUsers.includes(userId);
				return {
					id: policy.id,
					displayName: policy.displayName,
					state: policy.state,
					policyApplies: applies,
					analysisReasons: applies ? 'none' : 'users',
					grantControls: policy.grantControls,
				};
			});
			return { status: 200, body: { Results: { '@odata.context': 'https://graph.microsoft.com/beta/$metadata', value } } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 500, body: { Results: [`Failed to execute check: ${error.message}`] } };
		}
	},
};

export const endpoints: Endpoint[] = [
	AddCAPolicy,
	EditCAPolicy,
	ExecEditCAPolicyFull,
	RemoveCAPolicy,
	ExecCAServiceExclusion,
	ListConditionalAccessPolicyChanges,
	ExecCaCheck,
];
