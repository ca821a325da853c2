/** Conditional Access policies and named locations, per tenant. */
import { addGroup, perSandbox, stableGuid, tenantGroups } from '../../../directory';
import type { SandboxState, SandboxTenant } from '../../../fixtures';
import { GRAPH_ERRORS, GraphError, graphTenant, normalizeGraphError, requireDirectoryRole, tenantUsers } from '../../../graph';
import { psString } from '../../../powershell';
import { cippTenants } from '../../../tenantList';
import type { Endpoint } from '../../endpoint';
import { now, strictValueOf, valueOf } from './request';
import { addScheduledTask } from '../administration/state';

interface NamedLocation {
	'@odata.type': '#microsoft.graph.ipNamedLocation' | '#microsoft.graph.countryNamedLocation';
	id: string;
	displayName: string;
	createdDateTime: string;
	modifiedDateTime: string;
	ipRanges?: Array<{ '@odata.type': string; cidrAddress: string }>;
	isTrusted?: boolean;
	countriesAndRegions?: string[];
	includeUnknownCountriesAndRegions?: boolean;
}

export interface CaPolicy {
	id: string;
	displayName: string;
	state: string;
	createdDateTime: string;
	modifiedDateTime: string | null;
	conditions: {
		clientAppTypes: string[];
		users: {
			includeUsers: string[];
			excludeUsers: string[];
			includeGroups: string[];
			excludeGroups: string[];
			includeRoles: string[];
			excludeRoles: string[];
			excludeGuestsOrExternalUsers?: { guestOrExternalUserTypes: string; externalTenants: { membershipKind: string; members?: string[] } };
		};
		applications: { includeApplications: string[]; excludeApplications: string[] };
		locations: { includeLocations: string[]; excludeLocations: string[] } | null;
	};
	grantControls: { operator: string; builtInControls: string[] };
}

const conditionalAccess = perSandbox((state) => {
	const locations = new Map<string, NamedLocation[]>();
	const policies = new Map<string, CaPolicy[]>();
	for (const tenant of cippTenants(state).filter((candidate) => !candidate.isPartner)) {
		const office: NamedLocation = {
			'@odata.type': '#microsoft.graph.ipNamedLocation',
			id: stableGuid(`${tenant.customerId}/namedLocation/office`),
			displayName: 'Head Office',
			createdDateTime: '2024-02-01T10:00:00Z',
			modifiedDateTime: '2024-02-01T10:00:00Z',
			ipRanges: [{ '@odata.type': '#microsoft.graph.iPv4CidrRange', cidrAddress: '198.51.100.0/24' }],
			isTrusted: true,
		};
		const countries: NamedLocation = {
			'@odata.type': '#microsoft.graph.countryNamedLocation',
			id: stableGuid(`${tenant.customerId}/namedLocation/countries`),
			displayName: 'Allowed Countries',
			createdDateTime: '2024-02-01T10:05:00Z',
			modifiedDateTime: '2024-02-01T10:05:00Z',
			countriesAndRegions: [String(tenant.organization.countryLetterCode)],
			includeUnknownCountriesAndRegions: false,
		};
		locations.set(tenant.customerId, [office, countries]);
		const policy = (name: string, grant: string[], location: boolean): CaPolicy => ({
			id: stableGuid(`${tenant.customerId}/caPolicy/${name}`),
			displayName: name,
			state: 'enabled',
			createdDateTime: '2024-02-01T11:00:00Z',
			modifiedDateTime: null,
			conditions: {
				clientAppTypes: ['all'],
				users: { includeUsers: ['All'], excludeUsers: [], includeGroups: [], excludeGroups: [], includeRoles: [], excludeRoles: [] },
				applications: { includeApplications: ['All'], excludeApplications: [] },
				locations: location ? { includeLocations: ['All'], excludeLocations: [countries.id] } : null,
			},
			grantControls: { operator: 'OR', builtInControls: grant },
		});
		policies.set(tenant.customerId, [
			policy('Require MFA for all users', ['mfa'], false),
			policy('Block sign-ins outside allowed countries', ['block'], true),
		]);
	}
	return { locations, policies };
});

/** Named locations of a tenant, as Graph (CIPP reaches them with Policy.Read.All through GDAP). */
function namedLocations(state: SandboxState, tenant: SandboxTenant): NamedLocation[] {
	requireDirectoryRole(tenant, ['Security Administrator', 'Global Administrator', 'Global Reader']);
	return conditionalAccess(state).locations.get(tenant.customerId) ?? [];
}

export function caPolicies(state: SandboxState, tenant: SandboxTenant): CaPolicy[] {
	requireDirectoryRole(tenant, ['Security Administrator', 'Global Administrator', 'Global Reader']);
	return conditionalAccess(state).policies.get(tenant.customerId) ?? [];
}

function findPolicy(state: SandboxState, tenant: SandboxTenant, id: string): CaPolicy {
	const policy = caPolicies(state, tenant).find((candidate) => candidate.id === id.toLowerCase());
	if (!policy) throw new GraphError(GRAPH_ERRORS.notFound(id));
	return policy;
}

const rangeOrLocation = (location: NamedLocation) =>
	location.ipRanges ? location.ipRanges.map((range) => range.cidrAddress).join(', ') : (location.countriesAndRegions ?? []).join(', ');

/** Invoke-ListNamedLocations: a bare array; failures 403 with the message in a one-element array. */
const ListNamedLocations: Endpoint = {
	name: 'ListNamedLocations',
	role: 'Tenant.ConditionalAccess.Read',
	handle(ctx) {
		try {
			const tenant = graphTenant(ctx.state, ctx.fromQuery('tenantFilter'), { authCheck: true });
			return {
				status: 200,
				body: namedLocations(ctx.state, tenant).map((location) => ({ ...location, rangeOrLocation: rangeOrLocation(location) })),
			};
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 403, body: [normalizeGraphError(error.message)] };
		}
	},
};

/** Invoke-AddNamedLocation: one result line per selected tenant, HTTP 200 even when it failed. */
const AddNamedLocation: Endpoint = {
	name: 'AddNamedLocation',
	role: 'Tenant.ConditionalAccess.ReadWrite',
	anyTenant: true,
	handle(ctx) {
		const selected = strictValueOf(ctx.fromBody('selectedTenants'));
		const tenants = selected === 'AllTenants' ? cippTenants(ctx.state).map((tenant) => tenant.defaultDomainName) : [selected].flat();
		const type = psString(ctx.fromBody('Type'));
		const results = tenants.map((name) => {
			try {
				const tenant = graphTenant(ctx.state, name, { authCheck: true });
				const list = namedLocations(ctx.state, tenant);
				const displayName = psString(ctx.fromBody('policyName'));
				const base = {
					id: stableGuid(`${tenant.customerId}/namedLocation/${displayName}/${list.length}`),
					displayName,
					createdDateTime: now(),
					modifiedDateTime: now(),
				};
				if (type === 'IPLocation') {
					const ranges = psString(ctx.fromBody('Ips'))
						.split('\n')
						.filter((line) => line !== '');
					if (ranges.length === 0) throw new GraphError('Invalid IPv4 or IPv6 CIDR address: ');
					list.push({
						...base,
						'@odata.type': '#microsoft.graph.ipNamedLocation',
						ipRanges: ranges.map((cidrAddress) => ({ '@odata.type': '#microsoft.graph.iPv4CidrRange', cidrAddress })),
						isTrusted: ctx.fromBody('Trusted') === true,
					});
				} else {
					const countries = [ctx.fromBody('Countries')]
						.flat()
						.map((country) => psString(strictValueOf(country)))
						.filter(Boolean);
					list.push({
						...base,
						'@odata.type': '#microsoft.graph.countryNamedLocation',
						countriesAndRegions: countries,
						includeUnknownCountriesAndRegions: ctx.fromBody('includeUnknownCountriesAndRegions') === true,
					});
				}
				return `Successfully added Named Location for ${psString(name)}`;
			} catch (error) {
				if (!(error instanceof GraphError)) throw error;
				return `Failed to add Named Location ${psString(name)}: ${error.message}`;
			}
		});
		return { status: 200, body: { Results: results } };
	},
};

const CHANGES = ['addIp', 'addLocation', 'removeIp', 'removeLocation', 'rename', 'setTrusted', 'setUntrusted', 'delete'];

/** Invoke-ExecNamedLocation -> Set-CIPPNamedLocation. */
const ExecNamedLocation: Endpoint = {
	name: 'ExecNamedLocation',
	role: 'Tenant.ConditionalAccess.ReadWrite',
	anyTenant: true,
	handle(ctx) {
		const id = psString(ctx.fromQueryOrBody('namedLocationId'));
		const change = psString(ctx.fromQueryOrBody('change'));
		const content = psString(valueOf(ctx.fromQueryOrBody('input')));
		if (!CHANGES.includes(change)) {
			throw new Error(
				`Cannot validate argument on parameter 'Change'. The argument "${change}" does not belong to the set "${CHANGES.join(',')}" specified by the ValidateSet attribute. Supply an argument that is in the set and then try the command again.`,
			);
		}
		let location: NamedLocation | undefined;
		try {
			const tenant = graphTenant(ctx.state, ctx.fromQueryOrBody('tenantFilter'), { authCheck: true });
			const list = namedLocations(ctx.state, tenant);
			location = list.find((candidate) => candidate.id === id.toLowerCase());
			if (!location) throw new GraphError(GRAPH_ERRORS.notFound(id));
			if (change === 'delete') {
				list.splice(list.indexOf(location), 1);
				return { status: 200, body: { Results: [`Deleted named location: ${location.displayName}`] } };
			}
			if (change === 'addIp')
				location.ipRanges = [...(location.ipRanges ?? []), { '@odata.type': '#microsoft.graph.iPv4CidrRange', cidrAddress: content }];
			if (change === 'removeIp') location.ipRanges = (location.ipRanges ?? []).filter((range) => range.cidrAddress !== content);
			if (change === 'addLocation') location.countriesAndRegions = [...(location.countriesAndRegions ?? []), content];
			// PowerShell's -notin compares case-insensitively (Set-CIPPNamedLocation.ps1:31-35).
			if (change === 'removeLocation')
				location.countriesAndRegions = (location.countriesAndRegions ?? []).filter(
					(country) => country.toLowerCase() !== content.toLowerCase(),
				);
			if (change === 'rename') location.displayName = content;
			if (change === 'setTrusted' || change === 'setUntrusted') {
				// A country location has no isTrusted property: setting it throws (:40-46).
				if (location.isTrusted === undefined)
					throw new GraphError("The property 'isTrusted' cannot be found on this object. Verify that the property exists and can be set.");
				location.isTrusted = change === 'setTrusted';
			}
			location.modifiedDateTime = now();
			return {
				status: 200,
				body: {
					Results: [`Edited named location: ${location.displayName}. Change: ${change}${content ? ` with content ${content}` : ''}`],
				},
			};
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return {
				status: 500,
				body: {
					Results: [
						`Failed to edit named location. Error: Failed to edit named location: ${location?.displayName ?? ''}. Error: ${error.message}`,
					],
				},
			};
		}
	},
};

/** Invoke-ListConditionalAccessPolicies: {Results, Metadata}; AllTenants from the cache (queued when empty). */
const ListConditionalAccessPolicies: Endpoint = {
	name: 'ListConditionalAccessPolicies',
	role: 'Tenant.ConditionalAccess.Read',
	handle(ctx) {
		const tenantFilter = ctx.fromQuery('tenantFilter');
		if (tenantFilter === 'AllTenants') {
			return {
				status: 200,
				body: {
					Results: [],
					Metadata: {
						QueueMessage: 'Loading data for all tenants. Please check back in a few minutes',
						QueueId: stableGuid('queue/ca/AllTenants'),
					},
				},
			};
		}
		try {
			const tenant = graphTenant(ctx.state, tenantFilter, { authCheck: true });
			const users = tenantUsers(ctx.state, tenant);
			const userName = (id: string) => users.find((user) => user.id === id)?.userPrincipalName ?? id;
			const results = caPolicies(ctx.state, tenant).map((policy) => ({
				id: policy.id,
				displayName: policy.displayName,
				customer: null,
				Tenant: tenantFilter,
				createdDateTime: policy.createdDateTime,
				modifiedDateTime: policy.modifiedDateTime ?? '',
				state: policy.state,
				clientAppTypes: policy.conditions.clientAppTypes.join(','),
				includeUsers: `${policy.conditions.users.includeUsers.map(userName).join('\n')}\n`,
				excludeUsers: policy.conditions.users.excludeUsers.length
					? `${policy.conditions.users.excludeUsers.map(userName).join('\n')}\n`
					: '',
				excludeGroups: policy.conditions.users.excludeGroups.length ? `${policy.conditions.users.excludeGroups.join('\n')}\n` : '',
				includeApplications: policy.conditions.applications.includeApplications.join(','),
				grantControlsOperator: policy.grantControls.operator,
				builtInControls: policy.grantControls.builtInControls.join(','),
				rawjson: JSON.stringify(policy, null, 2),
			}));
			return { status: 200, body: { Results: results.sort((a, b) => b.id.localeCompare(a.id)), Metadata: null } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			// The error text has no id, so CIPP's own filter drops it: an empty list with HTTP 200.
			return { status: 200, body: { Results: [], Metadata: null } };
		}
	},
};

/** Invoke-ExecCAExclusion: immediate mode answers 200 with no body; vacation mode schedules two tasks. */
const ExecCAExclusion: Endpoint = {
	name: 'ExecCAExclusion',
	role: 'Tenant.ConditionalAccess.ReadWrite',
	handle(ctx) {
		const userId = psString(ctx.fromBody('UserID'));
		let username = psString(ctx.fromBody('Username'));
		let policyName = '';
		try {
			const tenant = graphTenant(ctx.state, ctx.fromBody('tenantFilter'), { authCheck: true });
			if (/^[a-f0-9]{8}-([a-f0-9]{4}-){3}[a-f0-9]{12}$/.test(userId) && !username) {
				const user = tenantUsers(ctx.state, tenant).find((candidate) => candidate.id === userId);
				if (!user) throw new GraphError(GRAPH_ERRORS.notFound(userId));
				username = user.userPrincipalName;
			}
			const policy = findPolicy(ctx.state, tenant, psString(ctx.fromBody('PolicyId')));
			policyName = policy.displayName;
			// Every call, immediate ones too, finds the vacation group by display name (or creates it)
			// and adds it to the policy's excluded groups (:38-74).
			const groupName = `Vacation Exclusion - ${policy.displayName}`;
			const named = tenantGroups(ctx.state, tenant).filter(
				(group) => group.displayName === groupName && !group.mailEnabled && group.securityEnabled,
			);
			const vacationGroup =
				named[0]?.id ??
				addGroup(ctx.state, tenant, { kind: 'Security', displayName: groupName, mailNickname: `vacation${stableGuid(groupName)}` }).id;
			const duplicateWarning =
				named.length > 1
					? `Failed to find a unique vacation group for policy '${policy.displayName}'. Multiple groups found, using group ${vacationGroup}.`
					: undefined;
			if (!policy.conditions.users.excludeGroups.includes(vacationGroup)) policy.conditions.users.excludeGroups.push(vacationGroup);
			if (ctx.fromBody('vacation') === true) {
				// Vacation mode always schedules the add at StartDate and the removal at EndDate, whatever
				// ExclusionType says; a missing date is "now" (Add-CIPPScheduledTask.ps1:186-188).
				for (const [action, date] of [
					['Add', ctx.fromBody('StartDate')],
					['Remove', ctx.fromBody('EndDate')],
				] as const) {
					const seconds = Number(date);
					addScheduledTask(ctx.state, {
						tenant: tenant.defaultDomainName,
						name: `${action} CA Exclusion Vacation Mode: ${policyName}`,
						command: `${action}-CIPPGroupMember`,
						parameters: { GroupType: 'Security', GroupId: vacationGroup, Member: userId },
						scheduledTime: Number.isFinite(seconds) && seconds !== 0 ? seconds : Math.floor(Date.now() / 1000),
					});
				}
				const results = [`Successfully added vacation mode schedule for ${username} on policy '${policyName}'.`];
				if (duplicateWarning) results.push(duplicateWarning);
				return { status: 200, body: { Results: results } };
			}
			const excluded = policy.conditions.users.excludeUsers;
			if (psString(ctx.fromBody('ExclusionType')).toLowerCase() === 'add') {
				if (!excluded.includes(userId)) excluded.push(userId);
			} else if (psString(ctx.fromBody('ExclusionType')).toLowerCase() === 'remove') {
				policy.conditions.users.excludeUsers = excluded.filter((id) => id !== userId);
			}
			policy.modifiedDateTime = now();
			return { status: 200 };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			const label = policyName ? ` on policy '${policyName}'` : '';
			return { status: 200, body: { Results: [`Failed to perform exclusion for ${username}${label}: ${error.message}`] } };
		}
	},
};

/** A tenant's CA policies (for tests). */
export function caPolicyList(state: SandboxState, tenant: SandboxTenant): CaPolicy[] {
	return conditionalAccess(state).policies.get(tenant.customerId) ?? [];
}

export const endpoints: Endpoint[] = [
	ListNamedLocations,
	AddNamedLocation,
	ExecNamedLocation,
	ListConditionalAccessPolicies,
	ExecCAExclusion,
];
