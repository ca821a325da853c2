// n8n logs every failed item to the console; these tests fail items on purpose.
import '../support/logCapture';

import { CippSandbox, fixtures } from '../sandbox';
import { stableGuid } from '../sandbox/directory';
import { describeCatalogue, runOperation } from '../support/catalogue';
import { locator } from '../support/workflows';
import { sandboxPerFile } from '../support/sandboxPerFile';

const relationshipOf = (customerId: string) => `${stableGuid(`gdap/${customerId}`)}-${customerId}`;
const contosoRelationship = relationshipOf(fixtures.tenantIds.contoso);
const tailspinRelationship = relationshipOf(fixtures.tenantIds.tailspin);
const northwindRelationship = relationshipOf(fixtures.tenantIds.northwind);
const userAdminGroup = stableGuid('partner/group/M365 GDAP User Administrator');
const exchangeGroup = stableGuid('partner/group/M365 GDAP Exchange Administrator');
const helpdeskGroup = stableGuid('partner/group/Helpdesk Tier 1');
const USER_ADMIN = 'fe930be7-5e62-47db-91af-98c3a49a38b1';
const firstInvite = `${stableGuid(`invite/${fixtures.customerTenants.length}/1`)}-00000000-0000-0000-0000-000000000000`;
const samRivera = fixtures.users.find((user) => user.id === fixtures.userIds.samRivera)!.userPrincipalName;
const SECURITY_ADMIN = '194ae4cb-b126-40b2-bd5b-6091b380977d';

describeCatalogue('gdap', {
	getManyRelationships: {
		parameters: { additionalFields: { filter: "status eq 'active'" }, returnAll: true },
		request: { method: 'GET', endpoint: 'ListGDAPRelationships', query: { $filter: "status eq 'active'" } },
		output: (items) => {
			expect(items).toHaveLength(fixtures.customerTenants.length);
			expect(items.find((item) => item.json.id === contosoRelationship)?.json).toMatchObject({
				status: 'active',
				customer: { displayName: 'Contoso Ltd' },
				autoExtendDuration: 'P180D',
			});
		},
	},
	getManyRoleMappings: {
		parameters: { returnAll: true },
		request: { method: 'GET', endpoint: 'ListGDAPRoles' },
		output: (items) =>
			expect(items.map((item) => item.json)).toContainEqual({
				GroupName: 'M365 GDAP User Administrator',
				GroupId: userAdminGroup,
				RoleName: 'User Administrator',
				roleDefinitionId: USER_ADMIN,
			}),
	},
	getManyInvites: {
		parameters: { returnAll: true },
		request: { method: 'GET', endpoint: 'ListGDAPInvite' },
		output: (items) =>
			expect(items.find((item) => item.json.RowKey === firstInvite)?.json).toMatchObject({
				RowKey: firstInvite,
				Reference: 'TICKET-77',
				RoleMappings: [{ GroupId: userAdminGroup }, { GroupId: exchangeGroup }],
			}),
	},
	createInvite: {
		parameters: { groupIds: `${userAdminGroup}, ${exchangeGroup}`, additionalFields: { reference: 'TICKET-77' } },
		calls: ['ListGDAPRoles', 'ExecGDAPInvite'],
		request: {
			method: 'POST',
			endpoint: 'ExecGDAPInvite',
			body: {
				Action: 'Create',
				Reference: 'TICKET-77',
				roleMappings: [
					{
						GroupName: 'M365 GDAP User Administrator',
						GroupId: userAdminGroup,
						RoleName: 'User Administrator',
						roleDefinitionId: USER_ADMIN,
					},
					{
						GroupName: 'M365 GDAP Exchange Administrator',
						GroupId: exchangeGroup,
						RoleName: 'Exchange Administrator',
						roleDefinitionId: '29232cdf-9323-42fd-ade2-1d097af3e4de',
					},
				],
			},
		},
		output: ([item]) => {
			expect(item.json).toMatchObject({
				status: 'success',
				message: 'GDAP relationship invite created. Log in as a Global Admin in the new tenant to approve the invite.',
				invite: { Reference: 'TICKET-77', Technician: 'n8n automation', InviteUrl: expect.stringContaining('granularAdminRelationships/') },
			});
		},
	},
	deleteInvite: {
		parameters: { inviteId: locator('list', firstInvite) },
		request: { method: 'POST', endpoint: 'ExecGDAPInvite', body: { Action: 'Delete', InviteId: firstInvite } },
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: 'Invite deleted' }),
	},
	createRoleMappings: {
		parameters: { roles: [SECURITY_ADMIN, USER_ADMIN] },
		request: {
			method: 'POST',
			endpoint: 'ExecAddGDAPRole',
			body: {
				Action: 'AddRoleSimple',
				gdapRoles: [
					{ label: 'Security Administrator', value: SECURITY_ADMIN },
					{ label: 'User Administrator', value: USER_ADMIN },
				],
			},
		},
		output: ([item]) =>
			expect(item.json).toEqual({
				status: 'success',
				message: 'Created M365 GDAP Security Administrator M365 GDAP User Administrator already exists',
				messages: ['Created M365 GDAP Security Administrator', 'M365 GDAP User Administrator already exists'],
			}),
	},
	addRoleMapping: {
		parameters: { groupId: helpdeskGroup, role: USER_ADMIN },
		request: {
			method: 'POST',
			endpoint: 'ExecAddGDAPRole',
			body: {
				Action: 'AddRoleAdvanced',
				mappings: [{ GroupId: helpdeskGroup, RoleName: 'User Administrator', roleDefinitionId: USER_ADMIN }],
			},
		},
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: 'Mapped Helpdesk Tier 1 to User Administrator' }),
	},
	deleteRoleMapping: {
		parameters: { groupId: locator('list', exchangeGroup) },
		calls: ['ListGDAPRoles', 'ExecDeleteGDAPRoleMapping'],
		request: { method: 'POST', endpoint: 'ExecDeleteGDAPRoleMapping', body: { GroupId: exchangeGroup } },
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: 'Success. GDAP relationship mapping deleted' }),
	},
	getManyAccessAssignments: {
		parameters: { relationshipId: locator('list', contosoRelationship), returnAll: true },
		request: { method: 'GET', endpoint: 'ListGDAPAccessAssignments', query: { Id: contosoRelationship } },
		output: (items) => expect(items.map((item) => (item.json.group as { displayName: string }).displayName)).toContain('Helpdesk Tier 1'),
	},
	enableAutoExtend: {
		parameters: { relationshipId: locator('id', contosoRelationship) },
		request: { method: 'POST', endpoint: 'ExecAutoExtendGDAP', body: { ID: contosoRelationship } },
		output: ([item]) =>
			expect(item.json).toEqual({
				status: 'success',
				message: `Successfully set auto renew for tenant Contoso Ltd with ID ${contosoRelationship}`,
			}),
	},
	removeGlobalAdmin: {
		parameters: { relationshipId: locator('id', tailspinRelationship) },
		request: { method: 'POST', endpoint: 'ExecGDAPRemoveGArole', body: { GDAPId: tailspinRelationship } },
		output: ([item]) =>
			expect(item.json).toEqual({ status: 'success', message: `Removed Global Administrator from ${tailspinRelationship}` }),
	},
	deleteRelationship: {
		parameters: { relationshipId: locator('id', contosoRelationship) },
		request: { method: 'POST', endpoint: 'ExecDeleteGDAPRelationship', body: { GDAPId: contosoRelationship } },
		output: ([item]) =>
			expect(item.json).toEqual({ status: 'success', message: `Success. GDAP relationship for ${contosoRelationship} been revoked` }),
	},
	getManyOnboardings: {
		parameters: { returnAll: true },
		request: { method: 'GET', endpoint: 'ListTenantOnboarding' },
		output: (items) => {
			expect(items).toHaveLength(1);
			expect(items[0].json).toMatchObject({ RowKey: contosoRelationship, Status: 'succeeded' });
			expect(items[0].json.OnboardingSteps).toHaveLength(5);
		},
	},
	getManyContracts: {
		parameters: { returnAll: true },
		request: { method: 'GET', endpoint: 'ListGDAPContracts' },
		output: (items) => expect(items.map((item) => item.json.defaultDomainName)).toContain('contoso.onmicrosoft.com'),
	},
	getResellerInviteLink: {
		parameters: {},
		request: { method: 'GET', endpoint: 'ListResellerRelationshipLink' },
		output: ([item]) =>
			expect(item.json).toMatchObject({
				inviteUrl: expect.stringContaining('invType=ResellerRelationship'),
				indirectProviders: [expect.objectContaining({ name: 'Pax8' })],
			}),
	},
	getManyServicePrincipals: {
		parameters: { tenantFilter: locator('domain', 'contoso.onmicrosoft.com'), returnAll: true },
		request: { method: 'GET', endpoint: 'ListGDAPServicePrincipals', query: { tenantFilter: 'contoso.onmicrosoft.com' } },
		output: ([item]) => expect(item.json).toMatchObject({ displayName: 'CIPP-SAM', appOwnerOrganizationId: fixtures.tenantIds.partner }),
	},
	processApprovedInvites: {
		parameters: {},
		request: { method: 'POST', endpoint: 'ExecGDAPInviteApproved' },
		output: ([item]) => expect(item.json).toMatchObject({ status: 'queued', message: 'Processing recently activated GDAP relationships' }),
	},
	repairRoleMappings: {
		parameters: {},
		request: { method: 'POST', endpoint: 'ExecGDAPRepairRoleMappings' },
		output: ([item]) =>
			expect(item.json).toEqual({ status: 'success', message: 'All GDAP role mappings already reference existing security groups' }),
	},
	getManyRoleTemplates: {
		parameters: { returnAll: true },
		request: { method: 'POST', endpoint: 'ExecGDAPRoleTemplate' },
		output: (items) =>
			expect(items.find((item) => item.json.TemplateId === 'CIPP Defaults')?.json.RoleMappings).toEqual([
				expect.objectContaining({ GroupId: userAdminGroup, roleDefinitionId: USER_ADMIN }),
				expect.objectContaining({ GroupId: exchangeGroup, RoleName: 'Exchange Administrator' }),
			]),
	},
	createRoleTemplate: {
		parameters: { templateName: 'Tier 1', groupIds: userAdminGroup },
		calls: ['ListGDAPRoles', 'ExecGDAPRoleTemplate'],
		request: {
			method: 'POST',
			endpoint: 'ExecGDAPRoleTemplate',
			query: { Action: 'Add' },
			body: {
				TemplateId: 'Tier 1',
				RoleMappings: [
					{
						GroupName: 'M365 GDAP User Administrator',
						GroupId: userAdminGroup,
						RoleName: 'User Administrator',
						roleDefinitionId: USER_ADMIN,
					},
				],
			},
		},
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: 'Added role mappings to template Tier 1' }),
	},
	updateRoleTemplate: {
		parameters: { templateId: locator('list', 'Tier 1'), groupIds: helpdeskGroup, additionalFields: { newName: 'Tier 2' } },
		calls: ['ListGDAPRoles', 'ExecGDAPRoleTemplate'],
		request: {
			method: 'POST',
			endpoint: 'ExecGDAPRoleTemplate',
			query: { Action: 'Edit' },
			body: { OriginalTemplateId: 'Tier 1', TemplateId: 'Tier 2', RoleMappings: [expect.objectContaining({ GroupId: helpdeskGroup })] },
		},
		output: ([item]) =>
			expect(item.json).toEqual({ status: 'success', message: 'Renamed template from Tier 1 to Tier 2 and updated role mappings' }),
	},
	deleteRoleTemplate: {
		parameters: { templateId: locator('list', 'Tier 2') },
		request: { method: 'POST', endpoint: 'ExecGDAPRoleTemplate', query: { Action: 'Delete' }, body: { TemplateId: 'Tier 2' } },
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: 'Deleted template Tier 2' }),
	},
	resetAccessAssignments: {
		parameters: { relationshipId: locator('list', northwindRelationship), templateId: locator('id', 'CIPP Defaults') },
		calls: ['ListGDAPRelationships', 'ExecGDAPRoleTemplate', 'ExecGDAPAccessAssignment'],
		request: {
			method: 'POST',
			endpoint: 'ExecGDAPAccessAssignment',
			body: { Action: 'ResetMappings', Id: northwindRelationship, RoleTemplateId: 'CIPP Defaults' },
		},
		// Exchange Administrator is the template's only role Northwind's relationship includes.
		output: ([item]) =>
			expect(item.json).toEqual({ status: 'success', message: 'Creating access assignment for M365 GDAP Exchange Administrator' }),
	},
	traceAccess: {
		client: 'admin',
		parameters: { tenantFilter: locator('domain', 'fabrikam.onmicrosoft.com'), partnerUser: samRivera },
		request: { method: 'GET', endpoint: 'ExecGDAPTrace', query: { tenantFilter: 'fabrikam.onmicrosoft.com', UPN: samRivera } },
		output: ([item]) => {
			expect(item.json).toMatchObject({ tenantName: 'Fabrikam Inc', userUPN: samRivera, summary: { rolesWithAccess: 1 } });
			expect(
				(item.json.roles as Array<{ roleId: string; isUserHasAccess: boolean }>).find((role) => role.roleId === USER_ADMIN),
			).toMatchObject({
				isUserHasAccess: true,
			});
		},
	},
});

describe('gdap: refusals and follow-up reads', () => {
	const currentSandbox = sandboxPerFile();
	let sandbox: CippSandbox;
	beforeEach(() => {
		sandbox = currentSandbox();
	});

	test('an invite for a group CIPP has no role mapping for is refused before anything is created', async () => {
		const run = await runOperation(sandbox, 'gdap', 'createInvite', { groupIds: helpdeskGroup });
		expect(run.error?.message).toContain(`CIPP has no GDAP role mapping for group ${helpdeskGroup}`);
		expect(run.requests.map((request) => request.endpoint)).toEqual(['ListGDAPRoles']);
	});

	test('mapping a group that is not in the partner tenant fails instead of "All role mappings already exist"', async () => {
		const run = await runOperation(sandbox, 'gdap', 'addRoleMapping', { groupId: stableGuid('no such group'), role: USER_ADMIN });
		expect(run.error?.message).toContain('All role mappings already exist');
	});

	test("a reserved group cannot be mapped: the item fails in CIPP's words", async () => {
		const run = await runOperation(sandbox, 'gdap', 'addRoleMapping', {
			groupId: stableGuid('partner/group/AdminAgents'),
			role: USER_ADMIN,
		});
		expect(run.error?.message).toContain('Group AdminAgents is a reserved group and cannot be mapped to a GDAP role');
	});

	test('a new role mapping shows in Get Many Role Mappings; a deleted one is gone and cannot be deleted twice', async () => {
		await runOperation(sandbox, 'gdap', 'addRoleMapping', { groupId: helpdeskGroup, role: SECURITY_ADMIN });
		const listed = await runOperation(sandbox, 'gdap', 'getManyRoleMappings', { returnAll: true });
		expect(listed.items.map((item) => item.json)).toContainEqual(
			expect.objectContaining({ GroupId: helpdeskGroup, RoleName: 'Security Administrator' }),
		);
		await runOperation(sandbox, 'gdap', 'deleteRoleMapping', { groupId: locator('id', helpdeskGroup) });
		const again = await runOperation(sandbox, 'gdap', 'deleteRoleMapping', { groupId: locator('id', helpdeskGroup) });
		expect(again.error?.message).toContain(`CIPP has no GDAP role mapping for group ${helpdeskGroup}`);
		expect(again.requests.map((request) => request.endpoint)).toEqual(['ListGDAPRoles']);
	});

	test('Remove Global Administrator and auto-extend refusals fail the item', async () => {
		const noGlobalAdmin = await runOperation(sandbox, 'gdap', 'removeGlobalAdmin', { relationshipId: locator('id', contosoRelationship) });
		expect(noGlobalAdmin.error?.message).toContain('This relationship does not contain the Global Administrator role.');
		const unknown = await runOperation(sandbox, 'gdap', 'enableAutoExtend', { relationshipId: locator('id', 'nope') });
		expect(unknown.error?.message).toContain('Could not set auto renewal for nope');
	});

	test("vendor tenant IDs list the vendors' apps (CIPP needs ownerType vendor with them)", async () => {
		const vendor = stableGuid('vendor tenant');
		const run = await runOperation(sandbox, 'gdap', 'getManyServicePrincipals', {
			tenantFilter: locator('domain', 'contoso.onmicrosoft.com'),
			additionalFields: { vendorTenantIds: vendor },
			returnAll: true,
		});
		expect(run.requests[0].query).toEqual({ tenantFilter: 'contoso.onmicrosoft.com', vendorTenantIds: vendor, ownerType: 'vendor' });
		expect(run.items.map((item) => item.json.appOwnerOrganizationId)).toEqual([vendor]);
	});

	test('a terminated relationship shows as terminationRequested; deleting an unknown invite fails', async () => {
		await runOperation(sandbox, 'gdap', 'deleteRelationship', { relationshipId: locator('id', tailspinRelationship) });
		const run = await runOperation(sandbox, 'gdap', 'getManyRelationships', { returnAll: true });
		expect(run.items.find((item) => item.json.id === tailspinRelationship)?.json.status).toBe('terminationRequested');
		const invite = await runOperation(sandbox, 'gdap', 'deleteInvite', { inviteId: locator('id', 'unknown') });
		expect(invite.error?.message).toContain('Invite not found');
	});
});

describe('gdap: role templates and access resets', () => {
	const currentSandbox = sandboxPerFile();

	test('a reset to a template without Exchange deletes the Exchange assignment, as Get Many Access Assignments then shows', async () => {
		const sandbox = currentSandbox();
		await runOperation(sandbox, 'gdap', 'createRoleTemplate', { templateName: 'Users only', groupIds: userAdminGroup });
		const reset = await runOperation(sandbox, 'gdap', 'resetAccessAssignments', {
			relationshipId: locator('id', contosoRelationship),
			templateId: locator('list', 'Users only'),
		});
		expect(reset.items[0].json).toEqual({ status: 'success', message: 'Deleting access assignment for M365 GDAP Exchange Administrator' });
		const list = await runOperation(sandbox, 'gdap', 'getManyAccessAssignments', {
			relationshipId: locator('id', contosoRelationship),
			returnAll: true,
		});
		expect(list.items.map((item) => (item.json.group as { id: string }).id)).toEqual([userAdminGroup]);
		const again = await runOperation(sandbox, 'gdap', 'resetAccessAssignments', {
			relationshipId: locator('id', contosoRelationship),
			templateId: locator('list', 'Users only'),
		});
		expect(again.items[0].json.message).toBe('This relationship already has the correct access assignments');
	});

	test('an unknown template or relationship is refused before CIPP deletes every assignment or claims success', async () => {
		const sandbox = currentSandbox();
		const template = await runOperation(sandbox, 'gdap', 'resetAccessAssignments', {
			relationshipId: locator('id', tailspinRelationship),
			templateId: locator('id', 'No such template'),
		});
		expect(template.error?.message).toContain('GDAP role template "No such template" was not found or has no role mappings');
		expect(template.requests.map((request) => request.endpoint)).toEqual(['ListGDAPRelationships', 'ExecGDAPRoleTemplate']);
		const relationship = await runOperation(sandbox, 'gdap', 'resetAccessAssignments', {
			relationshipId: locator('id', 'not-a-relationship'),
			templateId: locator('id', 'CIPP Defaults'),
		});
		expect(relationship.error?.message).toContain('GDAP relationship not-a-relationship was not found');
		expect(relationship.requests.map((request) => request.endpoint)).toEqual(['ListGDAPRelationships']);
	});

	test('adding to an existing template keeps its mappings and skips roles it has; deleting an unknown template fails', async () => {
		const sandbox = currentSandbox();
		await runOperation(sandbox, 'gdap', 'createRoleTemplate', {
			templateName: 'CIPP Defaults',
			groupIds: `${userAdminGroup}, ${exchangeGroup}`,
		});
		const list = await runOperation(sandbox, 'gdap', 'getManyRoleTemplates', { returnAll: true });
		expect(list.items.find((item) => item.json.TemplateId === 'CIPP Defaults')?.json.RoleMappings).toHaveLength(2);
		await runOperation(sandbox, 'gdap', 'updateRoleTemplate', { templateId: locator('id', 'CIPP Defaults'), groupIds: exchangeGroup });
		const replaced = await runOperation(sandbox, 'gdap', 'getManyRoleTemplates', { returnAll: true });
		expect(replaced.items.find((item) => item.json.TemplateId === 'CIPP Defaults')?.json.RoleMappings).toEqual([
			expect.objectContaining({ GroupId: exchangeGroup }),
		]);
		const unknown = await runOperation(sandbox, 'gdap', 'updateRoleTemplate', {
			templateId: locator('id', 'Nope'),
			groupIds: exchangeGroup,
		});
		expect(unknown.error?.message).toContain('Template Nope not found');
		const missing = await runOperation(sandbox, 'gdap', 'deleteRoleTemplate', { templateId: locator('id', 'Nope') });
		expect(missing.error?.message).toContain('Template Nope not found');
	});

	test('Trace Access fails the item when the tenant has no active GDAP relationship (CIPP answers HTTP 200 with an error field)', async () => {
		const sandbox = currentSandbox();
		await runOperation(sandbox, 'gdap', 'deleteRelationship', {
			relationshipId: locator('id', relationshipOf(fixtures.tenantIds.fabrikam)),
		});
		const parameters = { tenantFilter: locator('domain', 'fabrikam.onmicrosoft.com'), partnerUser: samRivera };
		const run = await runOperation(sandbox, 'gdap', 'traceAccess', parameters, [{}], 'admin');
		expect(run.requests[0].status).toBe(200);
		expect(run.error?.message).toContain('No active GDAP relationships found for tenant Fabrikam Inc');
	});
});
