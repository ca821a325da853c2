// n8n logs every failed item to the console; these tests fail items on purpose.
import '../support/logCapture';

import { allOperations } from '../../nodes/Cipp/actions/operations';
import { CippSandbox, fixtures } from '../sandbox';
import { stableGuid } from '../sandbox/directory';
import { describeCatalogue, runOperation } from '../support/catalogue';
import { locator } from '../support/workflows';
import { sandboxPerFile } from '../support/sandboxPerFile';

const contoso = 'contoso.onmicrosoft.com';
const contosoId = fixtures.tenantIds.contoso;
const tenant = locator('domain', contoso);
const groupId = (name: string) => stableGuid(`${contosoId}/group/${name}`);
const [allStaff, itAdmins, salesTeam, finance] = ['All Staff', 'IT Admins', 'Sales Team', 'Finance Approvers'].map(groupId);
const { adeleVance, alexWilber, contosoAdmin } = fixtures.userIds;
const adele = 'adele.vance@contoso.onmicrosoft.com';
const allStaffTemplate = stableGuid('groupTemplate/all-staff');
const dynamicTemplate = stableGuid('groupTemplate/sales-dynamic');

describeCatalogue('group', {
	get: {
		parameters: {
			tenantFilter: tenant,
			groupId: locator('id', allStaff),
			members: true,
			owners: true,
			additionalFields: { groupType: 'Microsoft 365' },
		},
		request: {
			method: 'GET',
			endpoint: 'ListGroups',
			query: { tenantFilter: contoso, groupID: allStaff, members: 'true', owners: 'true', groupType: 'Microsoft 365' },
		},
		output: ([item]) =>
			expect(item.json).toMatchObject({
				groupInfo: { displayName: 'All Staff', groupType: 'Microsoft 365', calculatedGroupType: 'm365' },
				members: expect.arrayContaining([expect.objectContaining({ userPrincipalName: adele })]),
				allowExternal: false,
				sendCopies: false,
			}),
	},
	getAll: {
		parameters: { tenantFilter: tenant, additionalFields: { expandMembers: true }, returnAll: true },
		request: { method: 'GET', endpoint: 'ListGroups', query: { tenantFilter: contoso, expandMembers: 'true' } },
		output: (items) => {
			expect(items.map((item) => item.json.displayName)).toEqual(['All Staff', 'Finance Approvers', 'IT Admins', 'Sales Team']);
			expect(items[0].json.membersCsv).toContain(adele);
		},
	},
	create: {
		parameters: {
			tenantFilter: tenant,
			displayName: 'Project Falcon',
			username: 'falcon',
			groupType: 'm365',
			additionalFields: { description: 'Falcon project team', owners: adele, members: `${adele}, ${alexWilber}` },
		},
		request: {
			method: 'POST',
			endpoint: 'AddGroup',
			body: {
				tenantFilter: contoso,
				displayName: 'Project Falcon',
				username: 'falcon',
				groupType: 'm365',
				description: 'Falcon project team',
				owners: [{ value: adele, label: adele }],
				members: [
					{ value: adele, label: adele },
					{ value: alexWilber, label: alexWilber },
				],
			},
		},
		output: ([item]) =>
			expect(item.json).toEqual({ status: 'success', message: `Successfully created group Project Falcon for ${contoso}` }),
	},
	update: {
		parameters: {
			tenantFilter: tenant,
			groupId: locator('id', itAdmins),
			additionalFields: { addMembers: adele, removeMembers: contosoAdmin, addOwners: alexWilber, description: 'Tenant administrators' },
		},
		request: {
			method: 'POST',
			endpoint: 'EditGroup',
			body: {
				tenantFilter: contoso,
				groupId: { value: itAdmins, label: itAdmins },
				AddMember: [{ label: adele, addedFields: { userPrincipalName: adele } }],
				RemoveMember: [{ value: contosoAdmin, label: contosoAdmin }],
				AddOwner: [{ value: alexWilber, label: alexWilber }],
				// CIPP writes name, description and alias together: the node reads the group and sends the current name and alias back.
				displayName: 'IT Admins',
				description: 'Tenant administrators',
				mailNickname: 'itadmins',
			},
		},
		calls: ['ListGroups', 'EditGroup'],
		output: ([item]) => {
			expect(item.json.status).toBe('success');
			expect(item.json.messages).toEqual(
				expect.arrayContaining([
					`Success - Added member ${adele} to IT Admins group`,
					`Success - Added owner ${alexWilber} to IT Admins group`,
				]),
			);
		},
	},
	delete: {
		parameters: {
			tenantFilter: tenant,
			groupId: locator('id', finance),
			groupType: 'Mail-Enabled Security',
			displayName: 'Finance Approvers',
		},
		request: {
			method: 'POST',
			endpoint: 'ExecGroupsDelete',
			body: { tenantFilter: contoso, id: finance, GroupType: 'Mail-Enabled Security', displayName: 'Finance Approvers' },
		},
		output: ([item]) => expect(item.json.message).toBe('Successfully Deleted Mail-Enabled Security group Finance Approvers'),
	},
	hideFromGal: {
		parameters: { tenantFilter: tenant, groupId: locator('id', salesTeam), groupType: 'Distribution List', hideFromGAL: true },
		request: {
			method: 'POST',
			endpoint: 'ExecGroupsHideFromGAL',
			body: { tenantFilter: contoso, ID: salesTeam, GroupType: 'Distribution List', HideFromGAL: true },
		},
		output: ([item]) => expect(item.json.message).toBe(`Successfully hidden Distribution List group ${salesTeam} from GAL.`),
	},
	getDeliveryManagement: {
		parameters: { tenantFilter: tenant, groupId: locator('id', salesTeam), groupType: 'Distribution List' },
		request: {
			method: 'GET',
			endpoint: 'ListGroupSenderAuthentication',
			query: { tenantFilter: contoso, groupid: salesTeam, Type: 'Distribution List' },
		},
		output: ([item]) => expect(item.json).toEqual({ allowedToReceiveExternal: true }),
	},
	setDeliveryManagement: {
		parameters: { tenantFilter: tenant, groupId: locator('id', allStaff), groupType: 'Microsoft 365', onlyAllowInternal: false },
		request: {
			method: 'POST',
			endpoint: 'ExecGroupsDeliveryManagement',
			body: { tenantFilter: contoso, ID: allStaff, GroupType: 'Microsoft 365', OnlyAllowInternal: false },
		},
		output: ([item]) =>
			expect(item.json.message).toBe(
				`Successfully set Microsoft 365 group ${allStaff} to allow messages from people inside and outside the organisation.`,
			),
	},
	createTeam: {
		parameters: { tenantFilter: tenant, groupId: locator('id', allStaff), teamSettings: '{"funSettings": {"allowGiphy": false}}' },
		request: {
			method: 'POST',
			endpoint: 'AddGroupTeam',
			body: { TenantFilter: contoso, GroupId: allStaff, TeamSettings: { funSettings: { allowGiphy: false } } },
		},
		output: ([item]) => expect(item.json.message).toBe(`Successfully created team from group ${allStaff}`),
	},
	getManyTemplates: {
		parameters: { returnAll: true },
		request: { method: 'GET', endpoint: 'ListGroupTemplates' },
		output: (items) =>
			expect(items.map((item) => [item.json.displayName, item.json.groupType])).toEqual([
				['All Staff', 'm365'],
				['Sales (dynamic)', 'dynamic'],
			]),
	},
	createTemplate: {
		parameters: {
			displayName: 'Licensed Users',
			groupType: 'generic',
			additionalFields: { username: 'licensed', licenses: 'cbdc14ab-d96c-4c30-b9f4-6ada7cdc1d46', allowExternal: false },
		},
		request: {
			method: 'POST',
			endpoint: 'AddGroupTemplate',
			body: {
				displayName: 'Licensed Users',
				groupType: 'generic',
				username: 'licensed',
				licenses: ['cbdc14ab-d96c-4c30-b9f4-6ada7cdc1d46'],
				allowExternal: false,
			},
		},
		output: ([item]) => expect(item.json.message).toBe('Successfully added template'),
	},
	deleteTemplate: {
		parameters: { templateId: locator('list', dynamicTemplate) },
		request: { method: 'POST', endpoint: 'RemoveGroupTemplate', body: { ID: dynamicTemplate } },
		output: ([item]) => expect(item.json.message).toBe(`Removed Group Template with ID ${dynamicTemplate}`),
	},
});

describe('group operations: follow-ups and failures', () => {
	const currentSandbox = sandboxPerFile();
	let sandbox: CippSandbox;
	beforeEach(() => {
		sandbox = currentSandbox();
	});

	const members = async (id: string) => {
		const run = await runOperation(sandbox, 'group', 'get', {
			tenantFilter: tenant,
			groupId: locator('id', id),
			members: true,
			owners: true,
		});
		return (run.items[0].json.members as Array<{ userPrincipalName: string }>).map((member) => member.userPrincipalName);
	};

	test('Update adds a member by UPN; Get shows it, and removing it by ID takes it out again', async () => {
		await runOperation(sandbox, 'group', 'update', {
			tenantFilter: tenant,
			groupId: locator('id', itAdmins),
			additionalFields: { addMembers: adele },
		});
		expect(await members(itAdmins)).toContain(adele);
		await runOperation(sandbox, 'group', 'update', {
			tenantFilter: tenant,
			groupId: locator('id', itAdmins),
			additionalFields: { removeMembers: adeleVance },
		});
		expect(await members(itAdmins)).not.toContain(adele);
	});

	test("Update: removing a member of a security group by UPN fails the item with Graph's answer", async () => {
		const run = await runOperation(sandbox, 'group', 'update', {
			tenantFilter: tenant,
			groupId: locator('id', allStaff),
			additionalFields: { removeMembers: adele },
		});
		expect(run.requests[0].status).toBe(200);
		expect(run.error?.message).toMatch(/Error - Invalid object identifier 'adele\.vance@contoso\.onmicrosoft\.com'/);
	});

	const groupInfo = async (id: string) => {
		const run = await runOperation(sandbox, 'group', 'get', { tenantFilter: tenant, groupId: locator('id', id) });
		return run.items[0].json.groupInfo as Record<string, unknown>;
	};

	test('Update: renaming a group keeps its description (CIPP writes name, description and alias together)', async () => {
		const before = await groupInfo(allStaff);
		expect(before.description).toEqual(expect.any(String));
		const run = await runOperation(sandbox, 'group', 'update', {
			tenantFilter: tenant,
			groupId: locator('id', allStaff),
			additionalFields: { displayName: 'Everyone', mailNickname: 'everyone' },
		});
		expect(run.error).toBeUndefined();
		expect(await groupInfo(allStaff)).toMatchObject({ displayName: 'Everyone', mailNickname: 'everyone', description: before.description });
	});

	test('Update: changing only the description keeps the name and alias (no null name is sent)', async () => {
		const before = await groupInfo(itAdmins);
		const run = await runOperation(sandbox, 'group', 'update', {
			tenantFilter: tenant,
			groupId: locator('id', itAdmins),
			additionalFields: { description: 'Only admins' },
		});
		expect(run.error).toBeUndefined();
		expect(await groupInfo(itAdmins)).toMatchObject({
			displayName: before.displayName,
			mailNickname: before.mailNickname,
			description: 'Only admins',
		});
	});

	test('Update: Remove Contacts on a security group fails (CIPP refuses with HTTP 200 and no error prefix)', async () => {
		const run = await runOperation(sandbox, 'group', 'update', {
			tenantFilter: tenant,
			groupId: locator('id', itAdmins),
			additionalFields: { removeContacts: 'partner@fabrikam.com' },
		});
		expect(run.items).toHaveLength(0);
		expect(run.error?.message).toMatch(/contact/i);
		expect(run.requests.map((request) => request.endpoint)).not.toContain('EditGroup');
	});

	test('Update: adding a member by a UPN Graph cannot resolve fails (CIPP only writes a warning and answers nothing)', async () => {
		const run = await runOperation(sandbox, 'group', 'update', {
			tenantFilter: tenant,
			groupId: locator('id', itAdmins),
			additionalFields: { addMembers: 'nobody@contoso.onmicrosoft.com' },
		});
		expect(run.requests[0].status).toBe(200);
		expect(run.error?.message).toMatch(/none of the requested changes/);
	});

	test('Update: settings that do not apply to the group type are refused before sending', async () => {
		const visibility = await runOperation(sandbox, 'group', 'update', {
			tenantFilter: tenant,
			groupId: locator('id', itAdmins),
			additionalFields: { visibility: 'Public' },
		});
		expect(visibility.error?.message).toMatch(/Visibility.*Microsoft 365/);
		const licences = await runOperation(sandbox, 'group', 'update', {
			tenantFilter: tenant,
			groupId: locator('id', allStaff),
			additionalFields: { addLicenses: 'cbdc14ab-d96c-4c30-b9f4-6ada7cdc1d46' },
		});
		expect(licences.error?.message).toMatch(/Add Licences.*Security/);
		for (const run of [visibility, licences]) expect(run.requests.map((request) => request.endpoint)).not.toContain('EditGroup');
	});

	test('Update: Remove Owners by UPN is refused (CIPP matches owners by object ID and would skip it silently)', async () => {
		const run = await runOperation(sandbox, 'group', 'update', {
			tenantFilter: tenant,
			groupId: locator('id', salesTeam),
			additionalFields: { removeOwners: adele },
		});
		expect(run.requests).toHaveLength(0);
		expect(run.error?.message).toMatch(/object ID/);
	});

	test("Update of an unknown group: CIPP fails with Graph's not-found text", async () => {
		const unknown = '00000000-0000-4000-8000-0000000000aa';
		const run = await runOperation(sandbox, 'group', 'update', {
			tenantFilter: tenant,
			groupId: locator('id', unknown),
			additionalFields: { addMembers: adele },
		});
		expect(run.requests[0].status).toBe(500);
		expect(run.error?.message).toMatch(/Resource '00000000-0000-4000-8000-0000000000aa' does not exist/);
	});

	test('Create, then Get Many lists the new group', async () => {
		const run = await runOperation(sandbox, 'group', 'create', {
			tenantFilter: tenant,
			displayName: 'Helpdesk',
			username: 'helpdesk',
			groupType: 'generic',
		});
		expect(run.error).toBeUndefined();
		const list = await runOperation(sandbox, 'group', 'getAll', { tenantFilter: tenant, returnAll: true });
		expect(list.items.find((item) => item.json.displayName === 'Helpdesk')?.json).toMatchObject({
			groupType: 'Security',
			calculatedGroupType: 'generic',
		});
	});

	test('Create: a security group gets a random mail nickname; the alias is kept for Microsoft 365 groups (New-CIPPGroup)', async () => {
		const nickname = async (displayName: string, groupType: string) => {
			const run = await runOperation(sandbox, 'group', 'create', { tenantFilter: tenant, displayName, username: 'aliased', groupType });
			expect(run.error).toBeUndefined();
			const list = await runOperation(sandbox, 'group', 'getAll', { tenantFilter: tenant, returnAll: true });
			const id = list.items.find((item) => item.json.displayName === displayName)?.json.id as string;
			const info = await runOperation(sandbox, 'group', 'get', { tenantFilter: tenant, groupId: locator('id', id) });
			return (info.items[0].json.groupInfo as Record<string, unknown>).mailNickname;
		};
		const security = await nickname('Random nickname', 'generic');
		expect(security).toMatch(/^[0-9a-f-]{10}$/);
		expect(security).not.toBe('aliased');
		expect(await nickname('Kept nickname', 'm365')).toBe('aliased');
	});

	test('Create: a dynamic group without a membership rule is refused (CIPP would create a static group)', async () => {
		for (const groupType of ['dynamic', 'dynamicdistribution']) {
			const run = await runOperation(sandbox, 'group', 'create', {
				tenantFilter: tenant,
				displayName: `Dynamic ${groupType}`,
				username: groupType,
				groupType,
			});
			expect(run.requests).toHaveLength(0);
			expect(run.error?.message).toMatch(/Membership Rule/);
		}
	});

	test('Create: Subscribe Members is refused for a group that is not Microsoft 365 (CIPP would answer 500 for a group it created)', async () => {
		const run = await runOperation(sandbox, 'group', 'create', {
			tenantFilter: tenant,
			displayName: 'Subscribed security',
			username: 'subsec',
			groupType: 'generic',
			additionalFields: { subscribeMembers: true },
		});
		expect(run.requests).toHaveLength(0);
		expect(run.error?.message).toMatch(/Subscribe Members.*Microsoft 365/);
	});

	test('Create: the description says CIPP does not create a group again with a name used in the last 10 minutes', async () => {
		const first = await runOperation(sandbox, 'group', 'create', {
			tenantFilter: tenant,
			displayName: 'Twice',
			username: 'twice1',
			groupType: 'generic',
		});
		const second = await runOperation(sandbox, 'group', 'create', {
			tenantFilter: tenant,
			displayName: 'Twice',
			username: 'twice2',
			groupType: 'generic',
		});
		expect([first.error, second.error]).toEqual([undefined, undefined]);
		const list = await runOperation(sandbox, 'group', 'getAll', { tenantFilter: tenant, returnAll: true });
		expect(list.items.filter((item) => item.json.displayName === 'Twice')).toHaveLength(1);
		expect(allOperations.find((operation) => operation.resource === 'group' && operation.value === 'create')?.description).toMatch(
			/10 minutes/,
		);
	});

	test("Delete of an unknown group fails with CIPP's 500 message", async () => {
		const run = await runOperation(sandbox, 'group', 'delete', {
			tenantFilter: tenant,
			groupId: locator('id', '00000000-0000-4000-8000-0000000000bb'),
			groupType: 'Security',
			displayName: 'Ghost',
		});
		expect(run.requests[0].status).toBe(500);
		expect(run.error?.message).toMatch(/Could not delete Ghost\. Error: Resource/);
	});

	test("Hide From GAL on a security group (by expression): CIPP's HTTP 200 refusal fails the item", async () => {
		const run = await runOperation(sandbox, 'group', 'hideFromGal', {
			tenantFilter: tenant,
			groupId: locator('id', itAdmins),
			groupType: '=Security',
			hideFromGAL: true,
		});
		expect(run.requests[0].status).toBe(200);
		expect(run.error?.message).toMatch(/cannot have this setting changed/);
	});

	test('Set Delivery Management, then Get Delivery Management reads the new state', async () => {
		await runOperation(sandbox, 'group', 'setDeliveryManagement', {
			tenantFilter: tenant,
			groupId: locator('id', salesTeam),
			groupType: 'Distribution List',
			onlyAllowInternal: true,
		});
		const run = await runOperation(sandbox, 'group', 'getDeliveryManagement', {
			tenantFilter: tenant,
			groupId: locator('id', salesTeam),
			groupType: 'Distribution List',
		});
		expect(run.items[0].json).toEqual({ allowedToReceiveExternal: false });
	});

	test('Get without Group Type reads the Exchange settings of a mail group too (CIPP would say allowExternal: true)', async () => {
		await runOperation(sandbox, 'group', 'setDeliveryManagement', {
			tenantFilter: tenant,
			groupId: locator('id', finance),
			groupType: 'Mail-Enabled Security',
			onlyAllowInternal: true,
		});
		const run = await runOperation(sandbox, 'group', 'get', {
			tenantFilter: tenant,
			groupId: locator('id', finance),
			members: false,
			owners: false,
		});
		expect(run.error).toBeUndefined();
		expect(run.items[0].json).toMatchObject({ groupInfo: { groupType: 'Mail-Enabled Security' }, allowExternal: false });
		expect(run.requests.map((request) => request.query.groupType)).toEqual([undefined, 'Mail-Enabled Security']);
	});

	test('Create Team twice: the second call fails although CIPP answers 200', async () => {
		await runOperation(sandbox, 'group', 'createTeam', { tenantFilter: tenant, groupId: locator('id', allStaff) });
		const run = await runOperation(sandbox, 'group', 'createTeam', { tenantFilter: tenant, groupId: locator('id', allStaff) });
		expect(run.requests[0].status).toBe(200);
		expect(run.error?.message).toMatch(/Failed to create team: Conflict/);
	});

	test('Delete Template of an unknown ID fails', async () => {
		const run = await runOperation(sandbox, 'group', 'deleteTemplate', {
			templateId: locator('id', '00000000-0000-4000-8000-0000000000cc'),
		});
		expect(run.requests[0].status).toBe(500);
		expect(run.error?.message).toMatch(/Failed to remove group template/);
	});

	test('Get Many Templates by ID', async () => {
		const run = await runOperation(sandbox, 'group', 'getManyTemplates', { templateId: allStaffTemplate, returnAll: true });
		expect(run.items.map((item) => item.json.displayName)).toEqual(['All Staff']);
	});
});
