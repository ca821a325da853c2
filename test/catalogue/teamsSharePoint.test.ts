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
const alex = upn('alex.wilber');
const allStaff = stableGuid(`${tenantId}/group/All Staff`);
const salesHub = 'https://contoso.sharepoint.com/sites/SalesHub';
const newSite = 'https://contoso.sharepoint.com/sites/ProjectFalconHub';
const hqLocation = stableGuid(`${tenantId}/location/hq`);
const oldProjects = 'https://contoso.sharepoint.com/sites/OldProjects';
const salesHubSiteId = stableGuid(`${tenantId}/site/${salesHub}`);
const proposals = stableGuid(`${salesHubSiteId}/library/Proposals`);
const archive = stableGuid(`${salesHubSiteId}/recycle/Archive 2024`);
/** The Price List link of Sales Hub, as the sandbox's sharing cache holds it. */
const priceList = {
	id: stableGuid(`${salesHubSiteId}/link/0`),
	driveId: `b!${stableGuid(`${salesHubSiteId}/drive`).replace(/-/g, '')}`,
	itemId: `01${stableGuid(`${salesHubSiteId}/item/0`).replace(/-/g, '').slice(0, 30).toUpperCase()}`,
	permissionId: 'aTowIy5mfG1lbWJlcnNoaXB80',
};
const departmentSite = stableGuid('sharepoint-template/0');
const projectSite = stableGuid('sharepoint-template/1');
const salesSite = {
	displayName: 'Sales',
	siteType: 'sharePoint',
	libraries: [{ name: 'Contracts' }],
	permissions: [{ principal: 'Sales Team', permissionLevel: 'edit' }],
};
const runningDeployment = stableGuid('sharepoint-deployment/0');
const janeLogin = `i:0#.f|membership|jane_gmail.com#ext#@${tenant}`;
const priceListBody = { DriveId: priceList.driveId, ItemId: priceList.itemId, PermissionId: priceList.permissionId };

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
	getManySiteMembers: {
		parameters: { tenantFilter: contoso, siteUrl: salesHub, memberFilter: '', returnAll: true },
		request: { method: 'GET', endpoint: 'ListSiteMembers', query: { tenantFilter: tenant, SiteUrl: salesHub } },
		output: (items) => {
			expect(items.map((item) => item.json.Group)).toContain('Owners');
			expect(items[0].json).toMatchObject({ Type: 'User', IsGuest: false, LoginName: expect.stringMatching(/^i:0#\.f\|membership\|/) });
		},
	},
	getManySiteLibraries: {
		parameters: { tenantFilter: contoso, siteUrl: salesHub, returnAll: true },
		request: { method: 'GET', endpoint: 'ListSiteLibraries', query: { tenantFilter: tenant, SiteUrl: salesHub } },
		output: (items) => expect(items.map((item) => item.json.Title)).toEqual(['Documents', 'Proposals']),
	},
	getSiteProperties: {
		parameters: { tenantFilter: contoso, siteUrl: salesHub },
		request: { method: 'GET', endpoint: 'ListSiteProperties', query: { tenantFilter: tenant, SiteUrl: salesHub } },
		output: ([item]) => expect(item.json).toMatchObject({ Url: salesHub, Title: 'Sales Hub', LockState: 'Unlock' }),
	},
	setSiteLockState: {
		parameters: { tenantFilter: contoso, siteUrl: salesHub, lockState: 'Unlock' },
		request: {
			method: 'POST',
			endpoint: 'ExecSetSiteProperties',
			body: { tenantFilter: tenant, SiteUrl: salesHub, LockState: { value: 'Unlock', label: 'Unlock' } },
		},
		output: ([item]) =>
			expect(item.json).toEqual({ status: 'success', message: `Successfully updated site properties for ${salesHub}: LockState=Unlock` }),
	},
	getManyDeletedSites: {
		parameters: { tenantFilter: contoso, returnAll: true },
		request: { method: 'GET', endpoint: 'ListDeletedSites', query: { tenantFilter: tenant } },
		output: (items) => expect(items[0].json).toMatchObject({ Name: 'OldProjects', Url: oldProjects, Status: 'Recycled' }),
	},
	restoreDeletedSite: {
		parameters: { tenantFilter: contoso, siteUrl: oldProjects },
		request: { method: 'POST', endpoint: 'ExecRestoreDeletedSite', body: { tenantFilter: tenant, SiteUrl: oldProjects } },
		output: ([item]) =>
			expect(item.json).toEqual({ status: 'success', message: `Successfully restored ${oldProjects} from the tenant recycle bin.` }),
	},
	getManyRecycleBinItems: {
		parameters: { tenantFilter: contoso, siteUrl: salesHub, returnAll: true },
		request: { method: 'GET', endpoint: 'ListSiteRecycleBin', query: { tenantFilter: tenant, SiteUrl: salesHub } },
		output: (items) =>
			expect(items.map((item) => [item.json.Title, item.json.ItemType, item.json.ItemState])).toEqual([
				['Q3 Forecast.xlsx', 'File', 'First Stage'],
				['Archive 2024', 'Folder', 'Second Stage'],
			]),
	},
	restoreRecycleBinItems: {
		parameters: { tenantFilter: contoso, siteUrl: salesHub, itemIds: archive, additionalFields: { itemNames: 'Archive 2024' } },
		request: {
			method: 'POST',
			endpoint: 'ExecRestoreRecycleBinItems',
			body: { tenantFilter: tenant, SiteUrl: salesHub, Ids: [archive], ItemNames: ['Archive 2024'] },
		},
		output: ([item]) =>
			expect(item.json).toEqual({ status: 'success', message: `Successfully restored Archive 2024 from the recycle bin of ${salesHub}.` }),
	},
	getManySharingLinks: {
		parameters: { tenantFilter: contoso, returnAll: true },
		request: { method: 'GET', endpoint: 'ListSharePointSharing', query: { tenantFilter: tenant } },
		output: (items) => {
			expect(items.map((item) => [item.json.fileName, item.json.classification])).toEqual(
				expect.arrayContaining([
					['Price List 2026.xlsx', 'Anonymous'],
					['Proposals', 'External'],
				]),
			);
			expect(items[0].json).toMatchObject({ driveId: expect.any(String), itemId: expect.any(String), permissionId: expect.any(String) });
		},
	},
	removeSharingLink: {
		parameters: {
			tenantFilter: contoso,
			driveId: priceList.driveId,
			itemId: priceList.itemId,
			permissionId: priceList.permissionId,
			additionalFields: { cacheId: priceList.id, fileName: 'Price List 2026.xlsx' },
		},
		request: {
			method: 'POST',
			endpoint: 'ExecRemoveSharingLink',
			body: { tenantFilter: tenant, ...priceListBody, CacheId: priceList.id, FileName: 'Price List 2026.xlsx' },
		},
		output: ([item]) =>
			expect(item.json).toEqual({ status: 'success', message: 'Successfully revoked sharing link for Price List 2026.xlsx.' }),
	},
	removeSiteSharingLinks: {
		parameters: { tenantFilter: contoso, siteUrl: salesHub, scope: 'External' },
		request: {
			method: 'POST',
			endpoint: 'ExecBulkRemoveSharingLinks',
			body: { tenantFilter: tenant, SiteUrl: salesHub, Scope: { value: 'External', label: 'External' } },
		},
		output: ([item]) =>
			expect(item.json.message).toMatch(new RegExp(`^Revoked (1 of 1|2 of 2) External sharing link\\(s\\) on ${salesHub}\\.`)),
	},
	getManyExternalUsers: {
		parameters: { tenantFilter: contoso, returnAll: true },
		request: { method: 'GET', endpoint: 'ListSharePointExternalUsers', query: { tenantFilter: tenant } },
		output: (items) =>
			expect(items.find((item) => item.json.EntraUserId === fixtures.userIds.janeGuest)?.json).toMatchObject({
				GuestType: 'Entra B2B',
				AcceptedAs: 'jane@gmail.com',
				Sites: [salesHub],
			}),
	},
	removeExternalUser: {
		parameters: {
			tenantFilter: contoso,
			additionalFields: { displayName: 'Jane Doe', entraUserId: fixtures.userIds.janeGuest, siteUrls: salesHub },
		},
		request: {
			method: 'POST',
			endpoint: 'ExecRemoveSPOExternalUser',
			body: { tenantFilter: tenant, DisplayName: 'Jane Doe', EntraUserId: fixtures.userIds.janeGuest, SiteUrls: [salesHub] },
		},
		output: ([item]) =>
			expect(item.json).toEqual({
				status: 'success',
				message: `Removed guest access for Jane Doe: Removed from 1 site(s): ${salesHub}. Deleted the Entra guest account, blocking their sign-in.`,
			}),
	},
	getVersionCleanupStatus: {
		parameters: { tenantFilter: contoso, siteUrl: salesHub },
		request: { method: 'GET', endpoint: 'ListSPOVersionCleanup', query: { tenantFilter: tenant, SiteUrl: salesHub } },
		output: ([item]) => expect(item.json).toMatchObject({ SiteUrl: salesHub, Status: expect.stringMatching(/^(NoJob|InProgress)$/) }),
	},
	startVersionCleanup: {
		parameters: { tenantFilter: contoso, siteUrl: salesHub, batchDeleteMode: '0', deleteOlderThanDays: 365 },
		request: {
			method: 'POST',
			endpoint: 'ExecSPOVersionCleanup',
			body: { tenantFilter: tenant, SiteUrl: salesHub, BatchDeleteMode: '0', DeleteOlderThanDays: 365 },
		},
		output: ([item]) =>
			expect(item.json).toEqual({ status: 'success', message: `Successfully started version cleanup job for ${salesHub}` }),
	},
	getSitePermissions: {
		parameters: { tenantFilter: contoso, siteUrl: salesHub, additionalFields: { listId: proposals }, returnAll: true },
		request: { method: 'GET', endpoint: 'ListSitePermissions', query: { tenantFilter: tenant, SiteUrl: salesHub, ListId: proposals } },
		output: (items) => {
			expect(items.map((item) => item.json.PermissionLevel)).toEqual(['Full Control', 'Read', 'Edit', 'Contribute', 'Limited Access']);
			expect(items[0].json).toMatchObject({
				TargetType: 'Library',
				TargetTitle: 'Proposals',
				HasUniqueRoleAssignments: false,
				PrincipalType: 'SharePoint Group',
			});
		},
	},
	removeLibraryPermission: {
		parameters: {
			tenantFilter: contoso,
			siteUrl: salesHub,
			principalId: '4',
			additionalFields: { listId: proposals, libraryName: 'Proposals' },
		},
		request: {
			method: 'POST',
			endpoint: 'ExecRemoveLibraryPermission',
			body: { tenantFilter: tenant, SiteUrl: salesHub, PrincipalId: '4', ListId: proposals, LibraryName: 'Proposals' },
		},
		output: ([item]) =>
			expect(item.json.message).toBe(
				'Successfully removed Read from Sales Hub Visitors on library Proposals. Permission inheritance was broken so the change applies to this library only; the permissions it inherited were copied across.',
			),
	},
	getManySitePermissionLevels: {
		parameters: { tenantFilter: contoso, siteUrl: salesHub, returnAll: true },
		request: { method: 'GET', endpoint: 'ListSiteRoleDefinitions', query: { tenantFilter: tenant, SiteUrl: salesHub } },
		output: (items) => expect(items.map((item) => item.json.Name)).toEqual(['Full Control', 'Edit', 'Read', 'Contribute']),
	},
	getManyEmergencyLocations: {
		parameters: { tenantFilter: contoso, returnAll: true },
		request: { method: 'GET', endpoint: 'ListTeamsLisLocation', query: { tenantFilter: tenant } },
		output: (items) => expect(items[0].json).toMatchObject({ Description: 'Head office', ValidationStatus: 'Validated', IsDefault: true }),
	},
	getManySiteActivity: {
		parameters: { tenantFilter: contoso, returnAll: true },
		request: { method: 'GET', endpoint: 'ListSiteActivity', query: { tenantFilter: tenant } },
		output: (items) =>
			expect(items.map((item) => item.json)).toEqual([
				expect.objectContaining({ displayName: 'Sales Hub', siteType: 'SharePoint', fileCount: 40 }),
				expect.objectContaining({ displayName: 'Project Falcon', siteType: 'SharePointAndTeams', fileCount: 41 }),
			]),
	},
	getSiteUserAccess: {
		parameters: { tenantFilter: contoso, siteUrl: salesHub, userId: locator('upn', adele), returnAll: true },
		request: {
			method: 'GET',
			endpoint: 'ListSiteUserAccess',
			query: { tenantFilter: tenant, SiteUrl: salesHub, UserPrincipalName: adele },
		},
		output: (items) => {
			expect(items.map((item) => [item.json.Route, item.json.PermissionLevel, item.json.GrantsRealAccess])).toEqual([
				['SharePoint group', 'Full Control', true],
				['Direct grant', 'Contribute', true],
				['Direct grant', 'Limited Access', false],
				['Site collection admin', 'Full Control', true],
			]);
			expect(items[0].json).toMatchObject({ UserPrincipalName: adele, HasAccess: true, AccessPathCount: 3, TargetType: 'Site' });
		},
	},
	getManySharePointTemplates: {
		parameters: { returnAll: true },
		request: { method: 'GET', endpoint: 'ListSharePointTemplates' },
		output: (items) =>
			expect(items.map((item) => [item.json.templateName, item.json.LibraryCount])).toEqual([
				['Department site', 2],
				['Project site', 3],
			]),
	},
	getPermissionsReport: {
		parameters: { tenantFilter: contoso },
		request: { method: 'GET', endpoint: 'ListSharePointPermissions', query: { tenantFilter: tenant } },
		output: (items) => {
			expect(items).toHaveLength(1);
			expect(items[0].json).toMatchObject({
				summary: { sitesScanned: 3, permissionsSynced: true },
				assignments: [{ siteName: 'Sales Hub' }],
			});
		},
	},
	setLibraryInheritance: {
		parameters: {
			tenantFilter: contoso,
			siteUrl: salesHub,
			listId: proposals,
			inheritanceAction: 'Reset',
			additionalFields: { libraryName: 'Proposals' },
		},
		request: {
			method: 'POST',
			endpoint: 'ExecSetLibraryInheritance',
			body: { tenantFilter: tenant, SiteUrl: salesHub, ListId: proposals, Action: 'Reset', LibraryName: 'Proposals' },
		},
		output: ([item]) =>
			expect(item.json).toEqual({
				status: 'success',
				message:
					'Successfully restored permission inheritance on library Proposals. The permissions that were unique to it have been discarded and it now follows the site.',
			}),
	},
	setLibraryPermission: {
		parameters: {
			tenantFilter: contoso,
			siteUrl: salesHub,
			permissionLevel: 'contribute',
			mode: 'Add',
			users: megan,
			groups: allStaff,
			additionalFields: { listId: proposals, libraryName: 'Proposals' },
		},
		calls: ['ListGraphRequest', 'ExecSetLibraryPermission'],
		request: {
			method: 'POST',
			endpoint: 'ExecSetLibraryPermission',
			body: {
				tenantFilter: tenant,
				SiteUrl: salesHub,
				PermissionLevel: 'contribute',
				Mode: 'Add',
				Users: [{ value: megan, label: megan }],
				Groups: [{ value: allStaff, label: 'All Staff', addedFields: { groupTypes: ['Unified'] } }],
				ListId: proposals,
				LibraryName: 'Proposals',
			},
		},
		output: ([item]) =>
			expect(item.json.message).toMatch(new RegExp(`^Successfully granted Contribute on library Proposals for ${megan}, All Staff\\.`)),
	},
	deploySharePointTemplate: {
		parameters: { tenantFilter: contoso, sharePointTemplateId: locator('list', departmentSite), siteOwner: adele },
		request: {
			method: 'POST',
			endpoint: 'ExecSharePointTemplate',
			body: { tenantFilter: tenant, TemplateId: departmentSite, SiteOwner: adele, Action: 'Deploy' },
		},
		output: ([item]) =>
			expect(item.json).toMatchObject({
				status: 'queued',
				message: `Deployment of template 'Department site' queued for ${tenant}.`,
				deploymentId: expect.stringMatching(/^[0-9a-f-]{36}$/),
			}),
	},
	getSharePointTemplateDeployment: {
		parameters: { deploymentId: runningDeployment, returnAll: true },
		request: { method: 'POST', endpoint: 'ExecSharePointTemplate', body: { DeploymentId: runningDeployment, Action: 'DeployStatus' } },
		output: ([item]) =>
			expect(item.json).toMatchObject({ Name: tenant, Status: 'Running', Steps: [{ Title: 'Department site', Status: 'Running' }] }),
	},
	deleteSharePointTemplate: {
		parameters: { sharePointTemplateId: locator('id', projectSite) },
		request: { method: 'POST', endpoint: 'ExecSharePointTemplate', body: { TemplateId: projectSite, Action: 'Delete' } },
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: "Successfully deleted template 'Project site'" }),
	},
	createSharePointTemplate: {
		parameters: { templateName: 'Sales site', siteTemplates: JSON.stringify([salesSite]) },
		request: {
			method: 'POST',
			endpoint: 'ExecSharePointTemplate',
			body: { templateName: 'Sales site', siteTemplates: [salesSite], Action: 'Save' },
		},
		output: ([item]) =>
			expect(item.json).toMatchObject({
				status: 'success',
				message: 'Template Saved',
				templateId: expect.stringMatching(/^[0-9a-f-]{36}$/),
			}),
	},
});

describe('teamsSharePoint operations: library permissions', () => {
	const currentSandbox = sandboxPerFile();
	let sandbox: CippSandbox;
	beforeEach(() => {
		sandbox = currentSandbox();
	});
	const grant = (parameters: Record<string, unknown>) =>
		runOperation(sandbox, 'teamsSharePoint', 'setLibraryPermission', {
			tenantFilter: contoso,
			siteUrl: salesHub,
			permissionLevel: 'read',
			mode: 'Add',
			...parameters,
			additionalFields: { listId: proposals, ...(parameters.additionalFields as object) },
		});
	const levelsOf = async (login: string) =>
		(
			await runOperation(sandbox, 'teamsSharePoint', 'getSitePermissions', {
				tenantFilter: contoso,
				siteUrl: salesHub,
				additionalFields: { listId: proposals },
				returnAll: true,
			})
		).items
			.filter((item) => item.json.UserPrincipalName === login)
			.map((item) => item.json.PermissionLevel);

	test('Create SharePoint Template: the saved template is listed; a site template without permissions is refused before sending', async () => {
		const created = await runOperation(sandbox, 'teamsSharePoint', 'createSharePointTemplate', {
			templateName: 'Field office',
			siteTemplates: JSON.stringify([{ ...salesSite, displayName: 'Field office' }]),
		});
		const listed = await runOperation(sandbox, 'teamsSharePoint', 'getManySharePointTemplates', { returnAll: true });
		expect(listed.items.find((item) => item.json.TemplateId === created.items[0].json.templateId)?.json).toMatchObject({
			templateName: 'Field office',
			LibraryCount: 1,
		});
		const refused = await runOperation(sandbox, 'teamsSharePoint', 'createSharePointTemplate', {
			templateName: 'No perms',
			siteTemplates: JSON.stringify([{ displayName: 'Bare' }]),
		});
		expect(refused.error?.message).toContain('site template "Bare" has no permissions');
		expect(refused.requests).toHaveLength(0);
	});

	test('SharePoint templates: a deployment is followed by its ID; a deleted template leaves the list and deleting it again fails', async () => {
		const deployed = await runOperation(sandbox, 'teamsSharePoint', 'deploySharePointTemplate', {
			tenantFilter: contoso,
			sharePointTemplateId: locator('id', departmentSite),
			siteOwner: megan,
		});
		const status = await runOperation(sandbox, 'teamsSharePoint', 'getSharePointTemplateDeployment', {
			deploymentId: String(deployed.items[0].json.deploymentId),
			returnAll: true,
		});
		expect(status.items[0].json).toMatchObject({ Name: tenant, Status: 'Completed' });
		const deleted = await runOperation(sandbox, 'teamsSharePoint', 'deleteSharePointTemplate', {
			sharePointTemplateId: locator('id', departmentSite),
		});
		expect(deleted.items[0].json.status).toBe('success');
		const listed = await runOperation(sandbox, 'teamsSharePoint', 'getManySharePointTemplates', { returnAll: true });
		expect(listed.items.map((item) => item.json.TemplateId)).not.toContain(departmentSite);
		const again = await runOperation(sandbox, 'teamsSharePoint', 'deleteSharePointTemplate', {
			sharePointTemplateId: locator('id', departmentSite),
		});
		expect(again.requests[0].status).toBe(200);
		expect(again.error?.message).toContain('No template found with the provided ID');
		const gone = await runOperation(sandbox, 'teamsSharePoint', 'deploySharePointTemplate', {
			tenantFilter: contoso,
			sharePointTemplateId: locator('id', departmentSite),
			siteOwner: megan,
		});
		expect(gone.error?.message).toContain('No template found with the provided ID');
	});

	test('Add keeps the levels a user holds, Replace leaves only the new one; Get Site Permissions shows both', async () => {
		await grant({ users: alex, permissionLevel: 'read' });
		await grant({ users: alex, permissionLevel: 'edit' });
		expect(await levelsOf(alex)).toEqual(['Read', 'Edit']);
		const replaced = await grant({ users: alex, permissionLevel: 'fullControl', mode: 'Replace' });
		expect(replaced.items[0].json.message).toMatch(/^Successfully set Full Control on library Proposals for /);
		expect(await levelsOf(alex)).toEqual(['Full Control']);
	});

	test('a custom level by ID is sent without the named level; no principal is refused before sending; an unknown user fails', async () => {
		const custom = await grant({ users: adele, additionalFields: { roleDefinitionId: '1073741830' } });
		expect(custom.requests[0].body).not.toHaveProperty('PermissionLevel');
		expect(custom.items[0].json.message).toMatch(/^Successfully granted Edit on site Sales Hub|^Successfully granted Edit on library/);
		const none = await grant({});
		expect(none.error?.message).toContain('no user, group or principal was given');
		expect(none.requests).toHaveLength(0);
		const unknown = await grant({ users: upn('nobody') });
		expect(unknown.requests[0].status).toBe(400);
		expect(unknown.error?.message).toContain(`Failed for ${upn('nobody')} - The user could not be found`);
	});
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

describe('teamsSharePoint operations: site recovery, sharing and guests', () => {
	const currentSandbox = sandboxPerFile();
	let sandbox: CippSandbox;
	beforeEach(() => {
		sandbox = currentSandbox();
	});
	const run = (operation: string, parameters: Record<string, unknown>) =>
		runOperation(sandbox, 'teamsSharePoint', operation, { tenantFilter: contoso, ...parameters } as never);
	const rows = async (operation: string, parameters: Record<string, unknown> = {}) =>
		(await run(operation, { ...parameters, returnAll: true })).items.map((item) => item.json);

	test('Delete Site puts a site in the recycle bin; Restore Deleted Site brings it back to Get Many Sites', async () => {
		const created = await run('createSite', {
			siteName: 'Recovery Test',
			siteDescription: 'Sandbox',
			siteOwner: megan,
			templateName: 'Communication',
			siteDesign: 'Topic',
			sensitivityLabel: '',
		});
		expect(created.error).toBeUndefined();
		const url = 'https://contoso.sharepoint.com/sites/RecoveryTest';
		expect((await run('deleteSite', { siteId: stableGuid(`${tenantId}/site/${url}`) })).error).toBeUndefined();
		expect((await rows('getManyDeletedSites')).map((site) => site.Url)).toContain(url);
		expect((await run('restoreDeletedSite', { siteUrl: url })).error).toBeUndefined();
		expect((await rows('getManyDeletedSites')).map((site) => site.Url)).not.toContain(url);
		expect((await rows('getManySites')).map((site) => site.webUrl)).toContain(url);
		const again = await run('restoreDeletedSite', { siteUrl: url });
		expect(again.error?.message).toMatch(/Failed to restore https:\/\/contoso.sharepoint.com\/sites\/RecoveryTest: /);
	});

	test("Set Site Lock State shows in Get Site Properties; an unknown site fails with CIPP's words", async () => {
		await run('setSiteLockState', { siteUrl: salesHub, lockState: 'ReadOnly' });
		expect((await run('getSiteProperties', { siteUrl: salesHub })).items[0].json.LockState).toBe('ReadOnly');
		const unknown = await run('getSiteProperties', { siteUrl: 'https://contoso.sharepoint.com/sites/Nowhere' });
		expect(unknown.error?.message).toMatch(/Failed to get site properties for https:\/\/contoso.sharepoint.com\/sites\/Nowhere: /);
	});

	test('Restore Recycle Bin Items: restored items leave the bin; an unknown ID fails and restores nothing', async () => {
		const forecast = stableGuid(`${salesHubSiteId}/recycle/Q3 Forecast.xlsx`);
		const failed = await run('restoreRecycleBinItems', { siteUrl: salesHub, itemIds: `${forecast}, ${stableGuid('nothing')}` });
		expect(failed.error?.message).toMatch(/Failed to restore recycle bin items on .*RestoreByIds failed/);
		expect((await rows('getManyRecycleBinItems', { siteUrl: salesHub })).map((item) => item.Id)).toContain(forecast);
		expect((await run('restoreRecycleBinItems', { siteUrl: salesHub, itemIds: forecast })).error).toBeUndefined();
		expect((await rows('getManyRecycleBinItems', { siteUrl: salesHub })).map((item) => item.Id)).not.toContain(forecast);
	});

	test("Remove Sharing Link: without Cache ID the revoked link stays in CIPP's report until its next sync; with it, it is gone", async () => {
		const [link] = (await rows('getManySharingLinks')).filter((row) => row.fileName === 'Holiday Photos.zip');
		const ids = { driveId: link.driveId, itemId: link.itemId, permissionId: link.permissionId };
		expect((await run('removeSharingLink', ids)).error).toBeUndefined();
		expect((await rows('getManySharingLinks')).map((row) => row.fileName)).toContain('Holiday Photos.zip');
		const again = await run('removeSharingLink', ids);
		expect(again.error?.message).toMatch(/Failed to revoke sharing link\. Error: /);
	});

	test("Remove Site Sharing Links twice: the second finds nothing cached and fails with CIPP's words", async () => {
		expect((await run('removeSiteSharingLinks', { siteUrl: salesHub, scope: 'All' })).error).toBeUndefined();
		const second = await run('removeSiteSharingLinks', { siteUrl: salesHub, scope: 'All' });
		expect(second.error?.message).toMatch(/No cached sharing links found for https:\/\/contoso.sharepoint.com\/sites\/SalesHub/);
		expect((await rows('getManySharingLinks')).map((row) => row.siteUrl)).not.toContain(salesHub);
	});

	test('Remove External User needs a guest account or sites (refused before sending); a removed guest is deleted from Entra', async () => {
		const nothing = await run('removeExternalUser', { additionalFields: { displayName: 'Nobody' } });
		expect(nothing.error?.message).toMatch(/nothing to remove/);
		expect(nothing.requests).toEqual([]);
		const removed = await run('removeExternalUser', { additionalFields: { entraUserId: fixtures.userIds.janeGuest } });
		expect(removed.items[0].json.message).toBe(
			`Removed guest access for ${fixtures.userIds.janeGuest}: Deleted the Entra guest account, blocking their sign-in.`,
		);
		const deleted = await runOperation(sandbox, 'user', 'getManyDeletedItems', { tenantFilter: contoso, returnAll: true });
		expect(deleted.items.map((item) => item.json.id)).toContain(fixtures.userIds.janeGuest);
		// Still on Sales Hub: SharePoint keeps the site membership of a guest deleted from Entra.
		expect((await rows('getManyExternalUsers')).find((row) => row.LoginName === janeLogin)).toMatchObject({
			GuestType: 'Orphaned B2B (not in Entra)',
			Sites: [salesHub],
		});
	});

	test('Start Version Cleanup shows in Get Version Cleanup Status', async () => {
		await run('startVersionCleanup', { siteUrl: salesHub, batchDeleteMode: '1', majorVersionLimit: 50, majorWithMinorVersionsLimit: 5 });
		expect((await run('getVersionCleanupStatus', { siteUrl: salesHub })).items[0].json).toMatchObject({
			Status: 'InProgress',
			BatchDeleteMode: 1,
			MajorVersionLimit: 50,
		});
	});

	test('Library permissions: Break without copying empties the library, Reset follows the site again, a second Reset is noChange', async () => {
		const library = { siteUrl: salesHub, listId: proposals };
		expect(
			(await run('setLibraryInheritance', { ...library, inheritanceAction: 'Break', additionalFields: { copyRoleAssignments: false } }))
				.error,
		).toBeUndefined();
		const empty = await rows('getSitePermissions', { siteUrl: salesHub, additionalFields: { listId: proposals } });
		expect(empty).toEqual([]);
		await run('setLibraryInheritance', { ...library, inheritanceAction: 'Reset' });
		const again = await run('setLibraryInheritance', { ...library, inheritanceAction: 'Reset' });
		expect(again.items[0].json).toMatchObject({
			status: 'noChange',
			message: expect.stringMatching(/already inherits its permissions from the site; nothing to change\.$/),
		});
		expect((await rows('getSitePermissions', { siteUrl: salesHub, additionalFields: { listId: proposals } })).length).toBe(5);
	});

	test("Remove Library Permission of a Limited Access level fails with CIPP's words", async () => {
		const limited = await run('removeLibraryPermission', {
			siteUrl: salesHub,
			principalId: '11',
			additionalFields: { listId: proposals, roleDefinitionId: '1073741825' },
		});
		expect(limited.error?.message).toMatch(/only holds Limited Access on library Proposals\. SharePoint manages that level itself/);
	});
});
