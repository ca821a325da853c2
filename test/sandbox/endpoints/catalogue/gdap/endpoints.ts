/**
 * GDAP, in the partner tenant: Invoke-ListGDAPRelationships, -ListGDAPRoles, -ListGDAPInvite,
 * -ExecGDAPInvite, -ExecAddGDAPRole, -ExecDeleteGDAPRoleMapping, -ExecDeleteGDAPRelationship,
 * -ExecAutoExtendGDAP, -ExecGDAPRemoveGArole, -ListGDAPAccessAssignments, -ListGDAPContracts.
 */
import { stableGuid } from '../../../directory';
import { PARTNER_TENANT_ID } from '../../../fixtures';
import { GraphError, graphTenant } from '../../../graph';
import { psString } from '../../../powershell';
import type { Endpoint } from '../../endpoint';
import { GLOBAL_ADMIN, gdap } from './state';
import type { RoleMapping } from './state';
import { assignmentRow, assignmentsOf } from './templates';

const RESERVED = ['All Users', 'AdminAgents', 'HelpdeskAgents', 'SalesAgents'];

const notFound = (id: string) => `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`;

const ListGDAPRelationships: Endpoint = {
	name: 'ListGDAPRelationships',
	role: 'Tenant.Relationship.Read',
	anyTenant: true,
	handle(ctx) {
		const filter = psString(ctx.fromQuery('$filter'));
		const status = /^status eq '(\w+)'$/.exec(filter.trim());
		if (filter && !status) return { status: 400, body: { Results: [], Error: `Invalid filter clause: ${filter}` } };
		const rows = gdap(ctx.state).relationships.filter((relationship) => !status || relationship.status === status[1]);
		return { status: 200, body: { Results: rows } };
	},
};

const ListGDAPRoles: Endpoint = {
	name: 'ListGDAPRoles',
	role: 'Tenant.Relationship.Read',
	anyTenant: true,
	handle: (ctx) => ({ status: 200, body: gdap(ctx.state).mappings.map((mapping) => ({ ...mapping })) }),
};

const ListGDAPInvite: Endpoint = {
	name: 'ListGDAPInvite',
	role: 'Tenant.Relationship.Read',
	anyTenant: true,
	handle: (ctx) => ({
		status: 200,
		body: gdap(ctx.state).invites.map((invite) => ({ ...invite, RoleMappings: JSON.parse(invite.RoleMappings) as unknown })),
	}),
};

const ExecGDAPInvite: Endpoint = {
	name: 'ExecGDAPInvite',
	role: 'Tenant.Relationship.ReadWrite',
	anyTenant: true,
	handle(ctx) {
		const store = gdap(ctx.state);
		const action = psString(ctx.fromBody('Action') ?? ctx.fromQuery('Action')) || 'Create';
		const inviteId = psString(ctx.fromBody('InviteId'));
		const reference = psString(ctx.fromBody('Reference')) || null;
		const technician = ctx.client.appName ?? 'CIPP-API';
		if (action === 'Create') {
			const mappings = [ctx.fromBody('roleMappings')].flat().filter(Boolean) as RoleMapping[];
			const id = `${stableGuid(`invite/${store.relationships.length}/${store.invites.length}`)}-00000000-0000-0000-0000-000000000000`;
			const roles = mappings.map((mapping) => ({ roleDefinitionId: mapping.roleDefinitionId }));
			if (roles.length === 0) {
				return {
					status: 200,
					body: {
						Message:
							"Error creating GDAP relationship, failed at step: Creating GDAP relationship: The field 'unifiedRoles' must contain at least one role.",
						Invite: null,
					},
				};
			}
			store.relationships.push({
				id,
				displayName: `CIPP_${stableGuid(`invite/name/${id}`)}`,
				status: 'approvalPending',
				customer: { tenantId: '', displayName: '' },
				accessDetails: { unifiedRoles: roles },
				duration: 'P730D',
				autoExtendDuration: roles.some((role) => role.roleDefinitionId === GLOBAL_ADMIN) ? 'PT0S' : 'P180D',
				createdDateTime: new Date().toISOString(),
				endDateTime: '',
				'@odata.etag': `W/"${stableGuid(`etag/${id}`)}"`,
			});
			const invite = {
				PartitionKey: 'invite' as const,
				RowKey: id,
				InviteUrl: `https://admin.microsoft.com/AdminPortal/Home#/partners/invitation/granularAdminRelationships/${id}`,
				OnboardingUrl: null,
				RoleMappings: JSON.stringify(mappings),
				Technician: technician,
				Reference: reference,
			};
			store.invites.push(invite);
			return {
				status: 200,
				body: {
					Message: 'GDAP relationship invite created. Log in as a Global Admin in the new tenant to approve the invite.',
					Invite: invite,
				},
			};
		}
		const index = store.invites.findIndex((invite) => invite.RowKey === inviteId);
		if (index < 0) return { status: 200, body: { Message: 'Invite not found' } };
		if (action === 'Delete') {
			store.invites.splice(index, 1);
			return { status: 200, body: { Message: 'Invite deleted' } };
		}
		Object.assign(store.invites[index], { Technician: technician, Reference: reference });
		return { status: 200, body: { Message: 'Invite updated' } };
	},
};

const ExecAddGDAPRole: Endpoint = {
	name: 'ExecAddGDAPRole',
	role: 'Tenant.Relationship.ReadWrite',
	anyTenant: true,
	handle(ctx) {
		const store = gdap(ctx.state);
		const action = psString(ctx.fromBody('Action') ?? ctx.fromQuery('Action')) || 'AddRoleSimple';
		const upsert = (mapping: RoleMapping) => {
			const index = store.mappings.findIndex((entry) => entry.GroupId === mapping.GroupId);
			if (index >= 0) store.mappings[index] = mapping;
			else store.mappings.push(mapping);
		};
		if (action === 'AddRoleAdvanced') {
			const results: Array<{ state: string; resultText: string }> = [];
			let mapped = 0;
			for (const mapping of [ctx.fromBody('mappings')].flat() as Array<Record<string, unknown>>) {
				const group = store.groups.find((candidate) => candidate.securityEnabled && candidate.id === psString(mapping.GroupId));
				if (!group) continue;
				if (RESERVED.includes(group.displayName)) {
					results.push({
						state: 'error',
						resultText: `Group ${group.displayName} is a reserved group and cannot be mapped to a GDAP role`,
					});
					continue;
				}
				upsert({
					GroupName: group.displayName,
					GroupId: group.id,
					RoleName: psString(mapping.RoleName),
					roleDefinitionId: psString(mapping.roleDefinitionId),
				});
				results.push({ state: 'success', resultText: `Mapped ${group.displayName} to ${psString(mapping.RoleName)}` });
				mapped++;
			}
			if (mapped === 0 && !results.some((result) => result.state === 'error')) {
				results.push({ state: 'success', resultText: 'All role mappings already exist' });
			}
			return { status: 200, body: { Results: results } };
		}
		const suffix = psString(ctx.fromBody('customSuffix'));
		const results: string[] = [];
		for (const role of [ctx.fromBody('gdapRoles')].flat() as Array<Record<string, unknown>>) {
			const roleName = psString(role.label ?? role.Name);
			const groupName = suffix ? `M365 GDAP ${roleName} - ${suffix}` : `M365 GDAP ${roleName}`;
			let group = store.groups.find((candidate) => candidate.displayName === groupName);
			if (group) {
				results.push(`${groupName} already exists`);
			} else {
				group = { id: stableGuid(`partner/group/${groupName}`), displayName: groupName, securityEnabled: true };
				store.groups.push(group);
				results.push(`Created ${groupName}`);
			}
			upsert({ GroupName: groupName, GroupId: group.id, RoleName: roleName, roleDefinitionId: psString(role.value ?? role.ObjectId) });
		}
		return { status: 200, body: { Results: results } };
	},
};

const ExecDeleteGDAPRoleMapping: Endpoint = {
	name: 'ExecDeleteGDAPRoleMapping',
	role: 'Tenant.Relationship.ReadWrite',
	anyTenant: true,
	handle(ctx) {
		const store = gdap(ctx.state);
		const id = psString(ctx.fromQueryOrBody('GroupId'));
		store.mappings = store.mappings.filter((mapping) => mapping.GroupId !== id);
		return { status: 200, body: { Results: 'Success. GDAP relationship mapping deleted' } };
	},
};

const ExecDeleteGDAPRelationship: Endpoint = {
	name: 'ExecDeleteGDAPRelationship',
	role: 'Tenant.Relationship.ReadWrite',
	anyTenant: true,
	handle(ctx) {
		const id = psString(ctx.fromQueryOrBody('GDAPId'));
		const relationship = gdap(ctx.state).relationships.find((candidate) => candidate.id === id);
		if (!relationship || relationship.status === 'terminated') {
			return { status: 500, body: { Results: `Failed to revoke GDAP relationship for ${id}. Error: ${notFound(id)}` } };
		}
		relationship.status = 'terminationRequested';
		return { status: 200, body: { Results: `Success. GDAP relationship for ${id} been revoked` } };
	},
};

const ExecAutoExtendGDAP: Endpoint = {
	name: 'ExecAutoExtendGDAP',
	role: 'Tenant.Relationship.ReadWrite',
	anyTenant: true,
	handle(ctx) {
		const id = psString(ctx.fromQueryOrBody('ID'));
		const relationship = gdap(ctx.state).relationships.find((candidate) => candidate.id === id);
		if (!relationship) return { status: 200, body: { Results: `Could not set auto renewal for ${id}: ${notFound(id)}` } };
		if (relationship.accessDetails.unifiedRoles.some((role) => role.roleDefinitionId === GLOBAL_ADMIN)) {
			return {
				status: 200,
				body: {
					Results: `Could not set auto renewal for ${id}: Auto extend is not supported for relationships with the Global Administrator role.`,
				},
			};
		}
		relationship.autoExtendDuration = 'P180D';
		return {
			status: 200,
			body: { Results: [`Successfully set auto renew for tenant ${relationship.customer.displayName} with ID ${id}`] },
		};
	},
};

const ExecGDAPRemoveGArole: Endpoint = {
	name: 'ExecGDAPRemoveGArole',
	role: 'Tenant.Relationship.ReadWrite',
	anyTenant: true,
	handle(ctx) {
		const id = psString(ctx.fromQueryOrBody('GDAPId'));
		const relationship = gdap(ctx.state).relationships.find((candidate) => candidate.id === id);
		if (!relationship) return { status: 200, body: { Message: `Unexpected error patching GDAP relationship: ${notFound(id)}` } };
		const roles = relationship.accessDetails.unifiedRoles;
		const hasGlobalAdmin = roles.some((role) => role.roleDefinitionId === GLOBAL_ADMIN);
		if (relationship.status === 'active' && hasGlobalAdmin) {
			relationship.accessDetails.unifiedRoles = roles.filter((role) => role.roleDefinitionId !== GLOBAL_ADMIN);
			return { status: 200, body: { Message: `Removed Global Administrator from ${id}` } };
		}
		let message = '';
		if (relationship.status !== 'active')
			message = `Relationship status is currently ${relationship.status}, it is not possible to remove the Global Administrator role in this state.`;
		if (!hasGlobalAdmin) message = 'This relationship does not contain the Global Administrator role.';
		return { status: 200, body: { Message: message } };
	},
};

const ListGDAPAccessAssignments: Endpoint = {
	name: 'ListGDAPAccessAssignments',
	role: 'Tenant.Relationship.Read',
	anyTenant: true,
	handle(ctx) {
		const store = gdap(ctx.state);
		const id = psString(ctx.fromQuery('Id'));
		const relationship = store.relationships.find((candidate) => candidate.id === id);
		if (!relationship) throw new Error(notFound(id));
		const rows = assignmentsOf(ctx.state, relationship)
			.map((assignment) => assignmentRow(relationship, assignment))
			.sort((a, b) => a.group.displayName.localeCompare(b.group.displayName));
		return { status: 200, body: { Results: rows } };
	},
};

const ListGDAPContracts: Endpoint = {
	name: 'ListGDAPContracts',
	role: 'Tenant.Relationship.Read',
	anyTenant: true,
	handle: (ctx) => ({
		status: 200,
		body: {
			Results: ctx.state.tenants
				.filter((tenant) => !tenant.isPartner)
				.map((tenant) => ({
					id: stableGuid(`contract/${tenant.customerId}`),
					contractType: 'SyndicationPartner',
					customerId: tenant.customerId,
					defaultDomainName: tenant.defaultDomainName,
					displayName: tenant.displayName,
				})),
		},
	}),
};

/** Partner Center: the indirect reseller invite link and the indirect providers. */
const ListResellerRelationshipLink: Endpoint = {
	name: 'ListResellerRelationshipLink',
	role: 'Tenant.Relationship.Read',
	anyTenant: true,
	handle: () => ({
		status: 200,
		body: {
			inviteUrl:
				'https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=6b1f7a2c-0d3e-4f5a-9b8c-7d6e5f4a3b2c#/BillingAccounts/partner-invitation',
			indirectProviders: [{ id: stableGuid('provider/pax8'), name: 'Pax8', relationshipType: 'IsIndirectResellerOf' }],
		},
	}),
};

/** Service principals of a customer tenant owned by the partner (or vendor tenants). */
const ListGDAPServicePrincipals: Endpoint = {
	name: 'ListGDAPServicePrincipals',
	role: 'Tenant.Relationship.Read',
	handle(ctx) {
		const ownerType = (psString(ctx.fromQuery('ownerType')) || 'partner').toLowerCase();
		const owners =
			ownerType === 'vendor'
				? psString(ctx.fromQuery('vendorTenantIds'))
						.split(',')
						.map((id) => id.trim())
						.filter((id) => /^[0-9a-f-]{36}$/i.test(id))
				: [PARTNER_TENANT_ID];
		if (ownerType !== 'partner' && ownerType !== 'vendor') {
			return { status: 400, body: { Results: [], Error: `Unsupported ownerType '${ownerType}'` } };
		}
		if (owners.length === 0) return { status: 200, body: { Results: [] } };
		try {
			const tenant = graphTenant(ctx.state, ctx.fromQuery('tenantFilter'), { authCheck: true });
			const apps = owners.map((owner, index) => ({
				id: stableGuid(`sp/${tenant.customerId}/${owner}`),
				displayName: ownerType === 'partner' ? 'CIPP-SAM' : `Vendor app ${index + 1}`,
				appId: stableGuid(`app/${owner}`),
				appOwnerOrganizationId: owner,
			}));
			return { status: 200, body: { Results: apps } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 400, body: { Results: [], Error: error.message } };
		}
	},
};

export const endpoints: Endpoint[] = [
	ListGDAPServicePrincipals,
	ListResellerRelationshipLink,
	ListGDAPRelationships,
	ListGDAPRoles,
	ListGDAPInvite,
	ExecGDAPInvite,
	ExecAddGDAPRole,
	ExecDeleteGDAPRoleMapping,
	ExecDeleteGDAPRelationship,
	ExecAutoExtendGDAP,
	ExecGDAPRemoveGArole,
	ListGDAPAccessAssignments,
	ListGDAPContracts,
];
