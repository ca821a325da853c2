/**
 * GDAP role templates, access-assignment upkeep and the access trace: Invoke-ExecGDAPRoleTemplate, -ExecGDAPTrace,
 * -ExecGDAPAccessAssignment (ResetMappings), -ExecGDAPRepairRoleMappings, -ExecGDAPInviteApproved,
 * with Test-CIPPGDAPGroupMappings' check of each mapping's partner group.
 */
import { perSandbox, stableGuid } from '../../../directory';
import { PARTNER_TENANT_ID } from '../../../fixtures';
import type { SandboxState } from '../../../fixtures';
import { psString } from '../../../powershell';
import { cippTenants, matchesTenantFilter } from '../../../tenantList';
import type { Endpoint } from '../../endpoint';
import { gdap } from './state';
import type { Relationship, RoleMapping } from './state';

/** One access assignment of a relationship: a partner group and its role. */
export interface Assignment {
	GroupId: string;
	GroupName: string;
	roleDefinitionId: string;
}

/** The seeded template: the two role mappings the sandbox starts with (User and Exchange Administrator). */
const DEFAULTS: Array<[string, string]> = [
	['User Administrator', 'fe930be7-5e62-47db-91af-98c3a49a38b1'],
	['Exchange Administrator', '29232cdf-9323-42fd-ade2-1d097af3e4de'],
];

/** The GDAPRoleTemplates table (one seeded "CIPP Defaults" template) and the relationships whose assignments changed. */
const upkeep = perSandbox(() => ({
	templates: new Map<string, RoleMapping[]>([
		[
			'CIPP Defaults',
			DEFAULTS.map(([RoleName, roleDefinitionId]) => {
				const GroupName = `M365 GDAP ${RoleName}`;
				return { GroupName, GroupId: stableGuid(`partner/group/${GroupName}`), RoleName, roleDefinitionId };
			}),
		],
	]),
	assignments: new Map<string, Assignment[]>(),
}));

/** A relationship's access assignments: one per role mapping whose role it includes, until a reset or an approval changes them. */
export function assignmentsOf(state: SandboxState, relationship: Relationship): Assignment[] {
	const changed = upkeep(state).assignments.get(relationship.id);
	if (changed) return changed;
	return gdap(state)
		.mappings.filter((mapping) =>
			relationship.accessDetails.unifiedRoles.some((role) => role.roleDefinitionId === mapping.roleDefinitionId),
		)
		.map(({ GroupId, GroupName, roleDefinitionId }) => ({ GroupId, GroupName, roleDefinitionId }));
}

interface Check {
	status: 'Valid' | 'Stale' | 'Missing';
	message: string;
}

/**
 * Test-CIPPGDAPGroupMappings: a stale group ID is moved to the partner group of the expected name;
 * with neither the mapping is Missing. `fixed` keeps every mapping (Missing ones unchanged), `usable` drops the Missing.
 */
function checkMappings(state: SandboxState, mappings: RoleMapping[]): { fixed: RoleMapping[]; usable: RoleMapping[]; results: Check[] } {
	const groups = gdap(state).groups.filter((group) => group.securityEnabled);
	const results: Check[] = [];
	const fixed = mappings.map((mapping) => {
		const expected = mapping.GroupName || `M365 GDAP ${mapping.RoleName}`;
		if (groups.some((group) => group.id === mapping.GroupId)) {
			results.push({ status: 'Valid', message: '' });
			return { ...mapping };
		}
		const byName = groups.find((group) => group.displayName === expected);
		if (byName) {
			results.push({
				status: 'Stale',
				message: `Group '${expected}' exists but the stored group id '${mapping.GroupId}' is stale; the correct group id is '${byName.id}'`,
			});
			return { ...mapping, GroupId: byName.id, GroupName: byName.displayName };
		}
		results.push({
			status: 'Missing',
			message: `Group '${expected}' is missing in the partner tenant, recreate the GDAP roles before retrying`,
		});
		return { ...mapping };
	});
	return { fixed, usable: fixed.filter((_, index) => results[index].status !== 'Missing'), results };
}

const asResults = (checks: Check[], prefix = '') =>
	checks
		.filter((check) => check.status !== 'Valid')
		.map((check) => ({ resultText: `${prefix}${check.message}`, state: check.status === 'Stale' ? 'success' : 'error' }));

const ExecGDAPRoleTemplate: Endpoint = {
	name: 'ExecGDAPRoleTemplate',
	role: 'Tenant.Relationship.ReadWrite',
	anyTenant: true,
	handle(ctx) {
		const { templates } = upkeep(ctx.state);
		const wanted = ctx.fromQuery('TemplateId');
		if (wanted) {
			const mappings = templates.get(wanted);
			return { status: 200, body: mappings ? { TemplateId: wanted, RoleMappings: mappings } : {} };
		}
		const id = psString(ctx.fromBody('TemplateId'));
		switch (ctx.fromQuery('Action')) {
			case 'Add': {
				// Add-CIPPGDAPRoleTemplate: an existing template keeps its mappings and gains those for roles it lacks.
				const existing = templates.get(id) ?? [];
				const added = ([ctx.fromBody('RoleMappings')].flat().filter(Boolean) as RoleMapping[]).filter(
					(mapping) => !existing.some((kept) => kept.roleDefinitionId === mapping.roleDefinitionId),
				);
				templates.set(
					id,
					[...existing, ...added].sort((a, b) => a.GroupName.localeCompare(b.GroupName)),
				);
				return { status: 200, body: { Results: `Added role mappings to template ${id}` } };
			}
			case 'Edit': {
				// The mappings are replaced; a new TemplateId renames the template (OriginalTemplateId, :47-75).
				const original = psString(ctx.fromBody('OriginalTemplateId') ?? ctx.fromBody('TemplateId'));
				if (!templates.has(original)) return { status: 200, body: { Results: `Template ${original} not found` } };
				const mappings = ([ctx.fromBody('RoleMappings')].flat().filter(Boolean) as RoleMapping[]).sort((a, b) =>
					a.GroupName.localeCompare(b.GroupName),
				);
				templates.delete(original);
				templates.set(id, mappings);
				const Results =
					original === id
						? `Updated role mappings for template ${id}`
						: `Renamed template from ${original} to ${id} and updated role mappings`;
				return { status: 200, body: { Results } };
			}
			case 'Delete':
				if (!templates.delete(id)) return { status: 200, body: { Results: `Template ${id} not found` } };
				return { status: 200, body: { Results: `Deleted template ${id}` } };
			default: {
				const rows = [...templates].map(([TemplateId, RoleMappings]) => ({ TemplateId, RoleMappings }));
				return { status: 200, body: { Results: rows, Metadata: { Count: rows.length } } };
			}
		}
	},
};

/** The ResetMappings action: delete, patch and create assignments so they match the template (Invoke-ExecGDAPAccessAssignment.ps1:18-199). */
const ExecGDAPAccessAssignment: Endpoint = {
	name: 'ExecGDAPAccessAssignment',
	role: 'Tenant.Relationship.ReadWrite',
	anyTenant: true,
	handle(ctx) {
		const state = upkeep(ctx.state);
		if (psString(ctx.fromQueryOrBody('Action')) !== 'ResetMappings') {
			return { status: 200, body: { Results: [{ state: 'error', resultText: 'Invalid action' }] } };
		}
		const templateId = psString(ctx.fromBody('RoleTemplateId'));
		if (!templateId) return { status: 200, body: { Results: { state: 'error', resultText: 'RoleTemplateId is required' } } };
		const relationship = gdap(ctx.state).relationships.find((candidate) => candidate.id === psString(ctx.fromQueryOrBody('Id')));
		const checked = checkMappings(ctx.state, state.templates.get(templateId) ?? []);
		if (checked.results.some((check) => check.status === 'Stale')) state.templates.set(templateId, checked.fixed);
		const current = relationship ? assignmentsOf(ctx.state, relationship) : [];
		const roles = relationship?.accessDetails.unifiedRoles.map((role) => role.roleDefinitionId) ?? [];
		const messages: string[] = [];
		const next: Assignment[] = [];
		for (const assignment of current) {
			const mapping = checked.usable.find((candidate) => candidate.GroupId === assignment.GroupId);
			if (!mapping) {
				messages.push(`Deleting access assignment for ${assignment.GroupName}`);
			} else if (mapping.roleDefinitionId !== assignment.roleDefinitionId) {
				messages.push(`Updating access assignment for ${assignment.GroupName}`);
				next.push({ ...assignment, roleDefinitionId: mapping.roleDefinitionId });
			} else {
				next.push(assignment);
			}
		}
		for (const mapping of checked.usable) {
			if (current.some((assignment) => assignment.GroupId === mapping.GroupId) || !roles.includes(mapping.roleDefinitionId)) continue;
			messages.push(`Creating access assignment for ${mapping.GroupName}`);
			next.push({ GroupId: mapping.GroupId, GroupName: mapping.GroupName, roleDefinitionId: mapping.roleDefinitionId });
		}
		if (relationship && messages.length > 0) state.assignments.set(relationship.id, next);
		const mappingResults = asResults(checked.results);
		const changes = messages.map((resultText) => ({ resultText, state: 'success' }));
		const settled =
			changes.length === 0 && mappingResults.length === 0
				? [{ resultText: 'This relationship already has the correct access assignments', state: 'success' }]
				: changes;
		return { status: 200, body: { Results: [...mappingResults, ...settled] } };
	},
};

const ExecGDAPRepairRoleMappings: Endpoint = {
	name: 'ExecGDAPRepairRoleMappings',
	role: 'Tenant.Relationship.ReadWrite',
	anyTenant: true,
	handle(ctx) {
		const store = gdap(ctx.state);
		const { templates } = upkeep(ctx.state);
		const roles = checkMappings(ctx.state, store.mappings);
		// Stale role mappings are written back; missing ones stay as they are (-WriteBack, :157).
		store.mappings = roles.fixed;
		const results = asResults(roles.results, 'GDAP Roles: ');
		for (const [templateId, mappings] of templates) {
			const checked = checkMappings(ctx.state, mappings);
			if (checked.results.some((check) => check.status === 'Stale')) templates.set(templateId, checked.fixed);
			results.push(...asResults(checked.results, `Template '${templateId}': `));
		}
		if (results.length === 0)
			results.push({ resultText: 'All GDAP role mappings already reference existing security groups', state: 'success' });
		return { status: 200, body: { Results: results } };
	},
};

/** Set-CIPPGDAPInviteGroups: invites whose relationship is now active get their groups mapped and leave the list (queued in CIPP). */
const ExecGDAPInviteApproved: Endpoint = {
	name: 'ExecGDAPInviteApproved',
	role: 'Tenant.Relationship.ReadWrite',
	anyTenant: true,
	handle(ctx) {
		const store = gdap(ctx.state);
		const active = store.relationships.filter((relationship) => relationship.status === 'active');
		for (const relationship of active) {
			const invite = store.invites.find((candidate) => candidate.RowKey === relationship.id);
			if (!invite) continue;
			const mapped = (JSON.parse(invite.RoleMappings) as RoleMapping[]).map(({ GroupId, GroupName, roleDefinitionId }) => ({
				GroupId,
				GroupName,
				roleDefinitionId,
			}));
			const kept = assignmentsOf(ctx.state, relationship).filter(
				(assignment) => !mapped.some((entry) => entry.GroupId === assignment.GroupId),
			);
			upkeep(ctx.state).assignments.set(relationship.id, [...kept, ...mapped]);
			store.invites = store.invites.filter((candidate) => candidate !== invite);
		}
		return { status: 200, body: { Results: ['Processing recently activated GDAP relationships'] } };
	},
};

/** An access assignment as ListGDAPAccessAssignments shows it. */
export function assignmentRow(relationship: Relationship, assignment: Assignment) {
	return {
		id: stableGuid(`assignment/${relationship.id}/${assignment.GroupId}`),
		status: 'active',
		createdDateTime: relationship.createdDateTime,
		modifiedDateTime: relationship.createdDateTime,
		roles: [{ roleDefinitionId: assignment.roleDefinitionId }],
		group: { id: assignment.GroupId, displayName: assignment.GroupName },
		members: [],
	};
}

/** Partner users' GDAP group memberships: the first partner member is in the User Administrator group. */
function partnerGroupsOf(state: SandboxState, userId: string): string[] {
	const first = state.users.find((user) => user.tenantId === PARTNER_TENANT_ID && user.userType === 'Member');
	return first?.id === userId ? [stableGuid('partner/group/M365 GDAP User Administrator')] : [];
}

/** Invoke-ExecGDAPTrace: the roles of the tenant's active relationships, who is assigned them, and whether the user reaches them. */
const ExecGDAPTrace: Endpoint = {
	name: 'ExecGDAPTrace',
	role: 'CIPP.AppSettings.Read',
	handle(ctx) {
		const filter = psString(ctx.fromQuery('tenantFilter'));
		const upn = psString(ctx.fromQuery('UPN'));
		if (!filter) return { status: 400, body: { Error: 'TenantFilter is required' } };
		if (!upn) return { status: 400, body: { Error: 'UPN is required' } };
		const tenant = cippTenants(ctx.state).find((candidate) => !candidate.isPartner && matchesTenantFilter(candidate, filter));
		if (!tenant) return { status: 404, body: { Error: `Tenant not found: ${filter}` } };
		const base = { tenantId: tenant.customerId, tenantName: tenant.displayName };
		const relationships = gdap(ctx.state).relationships.filter(
			(relationship) => relationship.customer.tenantId === tenant.customerId && relationship.status === 'active',
		);
		if (relationships.length === 0) {
			return {
				status: 200,
				body: { ...base, relationships: [], error: `No active GDAP relationships found for tenant ${tenant.displayName}` },
			};
		}
		const user = ctx.state.users.find(
			(candidate) => candidate.tenantId === PARTNER_TENANT_ID && candidate.userPrincipalName.toLowerCase() === upn.toLowerCase(),
		);
		if (!user) return { status: 404, body: { ...base, relationships: [], error: `User ${upn} not found in partner tenant` } };
		const memberOf = partnerGroupsOf(ctx.state, user.id);
		const roleIds = [
			...new Set(relationships.flatMap((relationship) => relationship.accessDetails.unifiedRoles.map((role) => role.roleDefinitionId))),
		];
		const roles = roleIds.map((roleId) => {
			const paths = relationships.flatMap((relationship) =>
				assignmentsOf(ctx.state, relationship)
					.filter((assignment) => assignment.roleDefinitionId === roleId)
					.map((assignment) => ({ relationshipId: relationship.id, groupId: assignment.GroupId, groupName: assignment.GroupName })),
			);
			const accessPaths = paths.filter((path) => memberOf.includes(path.groupId));
			return {
				roleId,
				roleExistsInRelationship: true,
				isAssigned: paths.length > 0,
				isUserHasAccess: accessPaths.length > 0,
				relationshipsWithRole: paths,
				accessPaths,
			};
		});
		const count = (test: (role: (typeof roles)[number]) => boolean) => roles.filter(test).length;
		return {
			status: 200,
			body: {
				...base,
				userUPN: upn,
				userId: user.id,
				userDisplayName: user.displayName,
				roles,
				relationships: relationships.map((relationship) => ({ id: relationship.id, displayName: relationship.displayName })),
				summary: {
					totalRelationships: relationships.length,
					totalRoles: 15,
					rolesWithAccess: count((role) => role.isUserHasAccess),
					rolesAssignedButNoAccess: count((role) => role.isAssigned && !role.isUserHasAccess),
					rolesInRelationshipButNotAssigned: count((role) => !role.isAssigned),
					rolesNotInAnyRelationship: 15 - roles.length,
				},
			},
		};
	},
};

export const endpoints: Endpoint[] = [
	ExecGDAPTrace,
	ExecGDAPRoleTemplate,
	ExecGDAPAccessAssignment,
	ExecGDAPRepairRoleMappings,
	ExecGDAPInviteApproved,
];
