import '../support/logCapture';

import { CippSandbox, fixtures } from '../sandbox';
import { stableGuid } from '../sandbox/directory';
import { describeCatalogue, runOperation } from '../support/catalogue';
import { locator } from '../support/workflows';
import { sandboxPerFile } from '../support/sandboxPerFile';

const tenant = 'contoso.onmicrosoft.com';
const tenantId = fixtures.tenantIds.contoso;
const contoso = locator('domain', tenant);
const upn = (name: string) => `${name}@${tenant}`;
const adele = upn('adele.vance');
const megan = upn('megan.bowen');
const allStaff = stableGuid(`${tenantId}/group/All Staff`);
const salesHub = 'https://contoso.sharepoint.com/sites/SalesHub';
const newSite = 'https://contoso.sharepoint.com/sites/ProjectFalconHub';
const hqLocation = stableGuid(`${tenantId}/location/hq`);

describeCatalogue('teamsSharePoint', {
	getManyTeams: {
		parameters: { tenantFilter: contoso, returnAll: true },
		request: { method: 'GET', endpoint: 'ListTeams', query: { tenantFilter: tenant, type: 'List' } },
		output: (items) =>
			expect(items.map((item) => item.json)).toContainEqual(
				expect.objectContaining({ id: allStaff, displayName: 'All Staff', mailNickname: 'allstaff' }),
			),
	},
	getTeam: {
		parameters: { tenantFilter: contoso, teamId: locator('id', allStaff) },
		request: { method: 'GET', endpoint: 'ListTeams', query: { tenantFilter: tenant, type: 'Team', ID: allStaff } },
		output: ([item]) => {
			expect(item.json).toMatchObject({ Name: 'All Staff', ChannelInfo: [{ displayName: 'General' }, { displayName: 'Announcements' }] });
			expect(item.json.Owners).toHaveLength(1);
		},
	},
	createTeam: {
		parameters: {
			tenantFilter: contoso,
			displayName: 'Project Falcon',
			owners: `${adele}, ${megan}`,
			additionalFields: { description: 'Falcon launch', visibility: 'Private' },
		},
		request: {
			method: 'POST',
			endpoint: 'AddTeam',
			body: { tenantid: tenant, displayName: 'Project Falcon', owner: [adele, megan], description: 'Falcon launch', visibility: 'Private' },
		},
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: "Successfully created Team: 'Project Falcon'" }),
	},
	getTeamsActivity: {
		parameters: { tenantFilter: contoso, returnAll: true },
		request: { method: 'GET', endpoint: 'ListTeamsActivity', query: { tenantFilter: tenant, Type: 'TeamsUserActivityUser' } },
		output: (items) =>
			expect(items[0].json).toEqual({
				UPN: adele,
				LastActive: expect.any(String),
				TeamsChat: expect.any(String),
				CallCount: expect.any(String),
				MeetingCount: expect.any(String),
			}),
	},
	getManyPhoneNumbers: {
		parameters: { tenantFilter: contoso, returnAll: true },
		request: { method: 'GET', endpoint: 'ListTeamsVoice', query: { tenantFilter: tenant } },
		output: (items) => {
			expect(items).toHaveLength(3);
			expect(items[0].json).toMatchObject({
				TelephoneNumber: '+14255550100',
				AssignedTo: { userPrincipalName: adele },
				EmergencyLocation: expect.stringContaining('HQ'),
			});
			expect(items[1].json.AssignedTo).toBe('Unassigned');
		},
	},
	assignPhoneNumber: {
		parameters: {
			tenantFilter: contoso,
			userId: locator('upn', megan),
			phoneNumber: '+14255550110',
			phoneNumberType: 'CallingPlan',
			additionalFields: { assignmentCategory: 'primary' },
		},
		request: {
			method: 'POST',
			endpoint: 'ExecTeamsVoicePhoneNumberAssignment',
			body: {
				TenantFilter: tenant,
				input: { value: megan, label: megan },
				PhoneNumber: '+14255550110',
				PhoneNumberType: 'CallingPlan',
				AssignmentCategory: 'primary',
			},
		},
		output: ([item]) =>
			expect(item.json).toEqual({ status: 'success', message: `Successfully submitted assignment of +14255550110 to ${megan}` }),
	},
	setPhoneNumberLocation: {
		parameters: { tenantFilter: contoso, phoneNumber: '+14255550120', locationId: hqLocation },
		request: {
			method: 'POST',
			endpoint: 'ExecTeamsVoicePhoneNumberAssignment',
			body: { TenantFilter: tenant, PhoneNumber: '+14255550120', input: { value: hqLocation, label: hqLocation }, locationOnly: true },
		},
		output: ([item]) =>
			expect(item.json).toEqual({ status: 'success', message: 'Successfully assigned emergency location to +14255550120' }),
	},
	unassignPhoneNumber: {
		parameters: { tenantFilter: contoso, phoneNumber: '+14255550100', phoneNumberType: 'CallingPlan', assignedTo: adele },
		request: {
			method: 'POST',
			endpoint: 'ExecRemoveTeamsVoicePhoneNumberAssignment',
			body: { tenantFilter: tenant, PhoneNumber: '+14255550100', PhoneNumberType: 'CallingPlan', AssignedTo: adele },
		},
		output: ([item]) => expect(item.json.message).toBe(`Successfully submitted unassignment of +14255550100 from ${adele}`),
	},
	getManySites: {
		parameters: { tenantFilter: contoso, additionalFields: { urlOnly: true }, returnAll: true },
		request: { method: 'GET', endpoint: 'ListSites', query: { tenantFilter: tenant, Type: 'SharePointSiteUsage', URLOnly: 'true' } },
		output: (items) => {
			expect(items.map((item) => item.json.displayName)).toEqual(expect.arrayContaining(['All Staff', 'Communication site', 'Sales Hub']));
			expect(items.find((item) => item.json.displayName === 'All Staff')?.json).toMatchObject({
				rootWebTemplate: 'Group',
				webUrl: 'https://contoso.sharepoint.com/sites/allstaff',
			});
		},
	},
	getManyOneDrives: {
		parameters: { tenantFilter: contoso, returnAll: true },
		request: { method: 'GET', endpoint: 'ListSites', query: { tenantFilter: tenant, Type: 'OneDriveUsageAccount' } },
		output: (items) => expect(items.map((item) => item.json.ownerPrincipalName)).toContain(adele),
	},
	createSite: {
		parameters: {
			tenantFilter: contoso,
			siteName: 'Project Falcon Hub',
			siteDescription: 'Launch news',
			siteOwner: adele,
			templateName: 'Communication',
			siteDesign: 'Topic',
		},
		request: {
			method: 'POST',
			endpoint: 'AddSite',
			body: {
				tenantFilter: tenant,
				siteName: 'Project Falcon Hub',
				siteDescription: 'Launch news',
				siteOwner: { value: adele, label: adele },
				templateName: { value: 'Communication', label: 'Communication' },
				siteDesign: { value: 'Topic', label: 'Topic' },
			},
		},
		output: ([item]) => expect(item.json.message).toBe(`Successfully created new SharePoint site Project Falcon Hub with URL ${newSite}`),
	},
	deleteSite: {
		parameters: { tenantFilter: contoso, siteId: stableGuid(`${tenantId}/site/${newSite}`) },
		request: {
			method: 'POST',
			endpoint: 'DeleteSharepointSite',
			body: { tenantFilter: tenant, SiteId: stableGuid(`${tenantId}/site/${newSite}`) },
		},
		output: ([item]) => expect(item.json.message).toMatch(/^Successfully initiated deletion of SharePoint site with ID/),
	},
	addSiteMember: {
		parameters: { tenantFilter: contoso, siteUrl: salesHub, user: upn('lee.gu'), role: 'Visitors', siteType: 'Communication Site' },
		request: {
			method: 'POST',
			endpoint: 'ExecSetSharePointMember',
			body: {
				tenantFilter: tenant,
				URL: salesHub,
				user: { value: upn('lee.gu'), label: upn('lee.gu') },
				Role: 'Visitors',
				SharePointType: 'Communication Site',
				Add: true,
			},
		},
		output: ([item]) => expect(item.json.message).toBe(`Successfully added ${upn('lee.gu')} as a visitor of ${salesHub}.`),
	},
	removeSiteMember: {
		parameters: { tenantFilter: contoso, siteUrl: salesHub, user: upn('alex.wilber'), role: 'Members', siteType: 'Communication Site' },
		request: {
			method: 'POST',
			endpoint: 'ExecSetSharePointMember',
			body: {
				tenantFilter: tenant,
				URL: salesHub,
				user: { value: upn('alex.wilber'), label: upn('alex.wilber') },
				Role: 'Members',
				SharePointType: 'Communication Site',
				Add: false,
			},
		},
		output: ([item]) => expect(item.json.message).toBe(`Successfully removed ${upn('alex.wilber')} as a member of ${salesHub}.`),
	},
	addSiteAdmin: {
		parameters: { tenantFilter: contoso, oneDriveOwner: locator('upn', adele), admins: megan },
		request: {
			method: 'POST',
			endpoint: 'ExecSharePointPerms',
			body: { tenantFilter: tenant, UPN: adele, onedriveAccessUser: [megan], RemovePermission: false },
		},
		output: ([item]) =>
			expect(item.json.message).toBe(
				`Successfully added ${megan} as a site collection admin of https://contoso-my.sharepoint.com/personal/adele_vance_contoso_onmicrosoft_com`,
			),
	},
	removeSiteAdmin: {
		parameters: {
			tenantFilter: contoso,
			oneDriveOwner: locator('upn', adele),
			admins: megan,
			siteUrl: 'https://contoso-my.sharepoint.com/personal/adele_vance_contoso_onmicrosoft_com',
		},
		request: {
			method: 'POST',
			endpoint: 'ExecSharePointPerms',
			body: {
				tenantFilter: tenant,
				UPN: adele,
				onedriveAccessUser: [megan],
				URL: 'https://contoso-my.sharepoint.com/personal/adele_vance_contoso_onmicrosoft_com',
				RemovePermission: true,
			},
		},
		output: ([item]) => expect(item.json.status).toBe('success'),
	},
	removeSiteUser: {
		parameters: { tenantFilter: contoso, siteUrl: salesHub, user: megan },
		request: {
			method: 'POST',
			endpoint: 'ExecRemoveSiteUser',
			body: {
				tenantFilter: tenant,
				SiteUrl: salesHub,
				user: { value: megan, label: megan, addedFields: { LoginName: `i:0#.f|membership|${megan}` } },
			},
		},
		output: ([item]) =>
			expect(item.json.message).toBe(`Successfully removed ${megan} (all site groups and direct permissions) from: ${salesHub}.`),
	},
	getSharePointQuota: {
		parameters: { tenantFilter: contoso },
		request: { method: 'GET', endpoint: 'ListSharepointQuota', query: { tenantFilter: tenant } },
		output: ([item]) =>
			expect(item.json).toMatchObject({
				GeoUsedStorageMB: expect.any(Number),
				TenantStorageMB: expect.any(Number),
				Percentage: expect.any(Number),
			}),
	},
	getSharePointSettings: {
		parameters: { tenantFilter: contoso },
		request: { method: 'GET', endpoint: 'ListSharepointSettings', query: { tenantFilter: tenant } },
		output: ([item]) => expect(item.json).toMatchObject({ sharingCapability: 'externalUserAndGuestSharing', isLoopEnabled: true }),
	},
	provisionOneDrive: {
		parameters: { tenantFilter: contoso, userPrincipalName: upn('johanna.lorenz') },
		request: {
			method: 'POST',
			endpoint: 'ExecOneDriveProvision',
			body: { tenantFilter: tenant, UserPrincipalName: upn('johanna.lorenz') },
		},
		output: ([item]) => expect(item.json.message).toBe(`Successfully requested personal site for ${upn('johanna.lorenz')}`),
	},
	setOneDriveSharing: {
		parameters: { tenantFilter: contoso, userId: locator('upn', adele), sharingCapability: 'ExistingExternalUserSharingOnly' },
		request: {
			method: 'POST',
			endpoint: 'ExecSetOneDriveSharing',
			body: {
				tenantFilter: tenant,
				UPN: adele,
				SharingCapability: { value: 'ExistingExternalUserSharingOnly', label: 'ExistingExternalUserSharingOnly' },
			},
		},
		output: ([item]) => expect(item.json.message).toMatch(/^Successfully set OneDrive sharing to 'ExistingExternalUserSharingOnly'/),
	},
	addOneDriveShortcut: {
		parameters: { tenantFilter: contoso, userId: locator('upn', adele), siteUrl: `${salesHub}/Proposals` },
		request: {
			method: 'POST',
			endpoint: 'ExecOneDriveShortCut',
			body: { tenantFilter: tenant, username: adele, siteUrl: { value: `${salesHub}/Proposals`, label: `${salesHub}/Proposals` } },
		},
		output: ([item]) => expect(item.json.message).toBe(`Successfully created OneDrive Shortcut for ${adele} called Sales Hub / Proposals`),
	},
});

describe('teamsSharePoint operations: failures and follow-up reads', () => {
	const currentSandbox = sandboxPerFile();
	let sandbox: CippSandbox;
	beforeEach(() => {
		sandbox = currentSandbox();
	});

	test('a created team without Visibility is Private, shows in Get Many Teams and its group in Get Many Sites', async () => {
		const created = await runOperation(sandbox, 'teamsSharePoint', 'createTeam', {
			tenantFilter: contoso,
			displayName: 'Night Shift',
			owners: adele,
		});
		expect(created.error).toBeUndefined();
		const teams = await runOperation(sandbox, 'teamsSharePoint', 'getManyTeams', { tenantFilter: contoso, returnAll: true });
		// Without Visibility CIPP would send null and Graph would make the team Public: the node sends Private.
		expect(teams.items.find((item) => item.json.displayName === 'Night Shift')?.json.visibility).toBe('Private');
		const sites = await runOperation(sandbox, 'teamsSharePoint', 'getManySites', { tenantFilter: contoso, returnAll: true });
		expect(sites.items.find((item) => item.json.displayName === 'Night Shift')?.json.rootWebTemplate).toBe('Group');
	});

	test.each(['addSiteMember', 'removeSiteMember'])(
		'%s: Members of a group-connected site without its Microsoft 365 group is refused before sending',
		async (operation) => {
			const run = await runOperation(sandbox, 'teamsSharePoint', operation, {
				tenantFilter: contoso,
				siteUrl: 'https://contoso.sharepoint.com/sites/Sales',
				user: adele,
				role: 'Members',
				siteType: 'Group',
			});
			expect(run.requests).toHaveLength(0);
			expect(run.error?.message).toMatch(/Invalid "Microsoft 365 Group".*changed in its Microsoft 365 group, and no group was given/);
		},
	);

	test("an unknown team owner fails with Graph's text", async () => {
		const run = await runOperation(sandbox, 'teamsSharePoint', 'createTeam', {
			tenantFilter: contoso,
			displayName: 'Ghosts',
			owners: upn('nobody'),
		});
		expect(run.requests[0].status).toBe(500);
		expect(run.error?.message).toMatch(
			/Failed to create Team: 'Ghosts'\. Error: Resource 'nobody@contoso\.onmicrosoft\.com' does not exist/,
		);
	});

	test('an unknown team is an unhandled error in CIPP (HTTP 500, plain text)', async () => {
		const missing = stableGuid('no such team');
		const run = await runOperation(sandbox, 'teamsSharePoint', 'getTeam', { tenantFilter: contoso, teamId: locator('id', missing) });
		expect(run.requests[0].status).toBe(500);
		expect(run.error?.message).toMatch(new RegExp(`No team found with Group Id ${missing}`));
	});

	test('a group-connected site changes owners in its Microsoft 365 group', async () => {
		const run = await runOperation(sandbox, 'teamsSharePoint', 'addSiteMember', {
			tenantFilter: contoso,
			siteUrl: 'https://contoso.sharepoint.com/sites/allstaff',
			user: upn('lee.gu'),
			role: 'Owners',
			siteType: 'Group',
			groupId: `allstaff@${tenant}`,
		});
		expect(run.error).toBeUndefined();
		expect(run.requests[0].body).toMatchObject({ SharePointType: 'Group', GroupID: `allstaff@${tenant}` });
		expect(run.items[0].json.message).toBe(`Successfully added ${upn('lee.gu')} as an owner of the M365 group backing the site.`);
		const team = await runOperation(sandbox, 'teamsSharePoint', 'getTeam', { tenantFilter: contoso, teamId: locator('id', allStaff) });
		expect((team.items[0].json.Owners as Array<{ email: string }>).map((owner) => owner.email)).toContain(upn('lee.gu'));
	});

	test('removing someone who is not in the role fails with HTTP 400', async () => {
		const run = await runOperation(sandbox, 'teamsSharePoint', 'removeSiteMember', {
			tenantFilter: contoso,
			siteUrl: salesHub,
			user: upn('lee.gu'),
			role: 'Owners',
			siteType: 'Communication Site',
		});
		expect(run.requests[0].status).toBe(400);
		expect(run.error?.message).toMatch(/lee\.gu@contoso\.onmicrosoft\.com is not in the site's Owners group/);
	});

	test('a site collection admin cannot be removed as a site user', async () => {
		const run = await runOperation(sandbox, 'teamsSharePoint', 'removeSiteUser', { tenantFilter: contoso, siteUrl: salesHub, user: adele });
		expect(run.requests[0].status).toBe(400);
		expect(run.error?.message).toMatch(/site collection admin; remove their admin permission first/);
	});

	test('site admins: one message per user, and a failed user fails the item although CIPP answers HTTP 200', async () => {
		const run = await runOperation(sandbox, 'teamsSharePoint', 'addSiteAdmin', {
			tenantFilter: contoso,
			oneDriveOwner: locator('upn', adele),
			admins: `${megan}, ${upn('nobody')}`,
		});
		expect(run.requests[0].status).toBe(200);
		expect(run.error?.message).toMatch(/Failed to change access for nobody@contoso\.onmicrosoft\.com/);
	});

	test('OneDrive sharing wider than the tenant allows is a failure CIPP answers with HTTP 200', async () => {
		const run = await runOperation(sandbox, 'teamsSharePoint', 'setOneDriveSharing', {
			tenantFilter: locator('domain', 'woodgrovebank.com'),
			userId: locator('upn', 'kat.larsson@woodgrovebank.com'),
			sharingCapability: 'ExternalUserAndGuestSharing',
		});
		expect(run.requests[0].status).toBe(200);
		expect(run.error?.message).toMatch(/cannot be more permissive than the organization-level setting/);
	});

	test('a provisioned OneDrive shows in Get Many OneDrives', async () => {
		await runOperation(sandbox, 'teamsSharePoint', 'provisionOneDrive', {
			tenantFilter: contoso,
			userPrincipalName: upn('johanna.lorenz'),
		});
		const run = await runOperation(sandbox, 'teamsSharePoint', 'getManyOneDrives', { tenantFilter: contoso, returnAll: true });
		expect(run.items.map((item) => item.json.ownerPrincipalName)).toContain(upn('johanna.lorenz'));
	});

	test('SharePoint people fields take a user principal name, not an object ID', async () => {
		const run = await runOperation(sandbox, 'teamsSharePoint', 'provisionOneDrive', {
			tenantFilter: contoso,
			userPrincipalName: fixtures.userIds.adeleVance,
		});
		expect(run.requests).toHaveLength(0);
		expect(run.error?.message).toMatch(/is not a user principal name/);
	});

	test('phone numbers: an assignment shows in the next read, a wrong number type is refused', async () => {
		const wrongType = await runOperation(sandbox, 'teamsSharePoint', 'assignPhoneNumber', {
			tenantFilter: contoso,
			userId: locator('upn', megan),
			phoneNumber: '+14255550120',
			phoneNumberType: 'CallingPlan',
		});
		expect(wrongType.requests[0].status).toBe(403);
		expect(wrongType.error?.message).toMatch(/does not match/);
		await runOperation(sandbox, 'teamsSharePoint', 'assignPhoneNumber', {
			tenantFilter: contoso,
			userId: locator('upn', megan),
			phoneNumber: '+14255550120',
			phoneNumberType: 'DirectRouting',
		});
		const numbers = await runOperation(sandbox, 'teamsSharePoint', 'getManyPhoneNumbers', { tenantFilter: contoso, returnAll: true });
		expect(numbers.items.find((item) => item.json.TelephoneNumber === '+14255550120')?.json.AssignedTo).toMatchObject({
			userPrincipalName: megan,
		});
	});

	test('creating a site twice is refused', async () => {
		const parameters = {
			tenantFilter: contoso,
			siteName: 'Twice',
			siteDescription: 'x',
			siteOwner: adele,
			templateName: 'Team',
			siteDesign: 'Blank',
		};
		expect((await runOperation(sandbox, 'teamsSharePoint', 'createSite', parameters)).error).toBeUndefined();
		const again = await runOperation(sandbox, 'teamsSharePoint', 'createSite', parameters);
		expect(again.error?.message).toMatch(/The site already exists/);
	});
});
