/** Examples of the administration operations on CIPP's own settings (users, roles, JIT admin, packages, ...), run by administration.test.ts. */
import { fixtures } from '../sandbox';
import { stableGuid } from '../sandbox/directory';
import { locator } from '../support/workflows';
import type { OperationExample } from '../support/catalogue';

export const defenderTemplate = stableGuid('template/Windows - Defender Antivirus');
const bitLockerTemplate = stableGuid('template/Windows - BitLocker silent encryption');
const fabrikamId = fixtures.tenantIds.fabrikam;

export const cippSettingsExamples: Record<string, OperationExample> = {
	getManyCippUsers: {
		client: 'superadmin',
		parameters: { returnAll: true },
		request: { method: 'GET', endpoint: 'ListCIPPUsers' },
		output: (items) => {
			expect(items.map((item) => item.json.UPN)).toEqual(['owner@northstarit.com', 'tech@northstarit.com']);
			expect(items[1].json).toMatchObject({
				Roles: ['editor', 'readonly'],
				ManualRoles: ['editor'],
				AutoRoles: ['readonly'],
				Source: 'Both',
			});
		},
	},
	saveCippUser: {
		client: 'superadmin',
		parameters: { cippUserUpn: 'Jane.Doe@northstarit.com', cippUserRoles: 'editor, helpdesk-contoso' },
		request: {
			method: 'POST',
			endpoint: 'ExecCIPPUsers',
			body: { Action: 'AddUpdate', UPN: 'Jane.Doe@northstarit.com', Roles: ['editor', 'helpdesk-contoso'] },
		},
		output: ([item]) =>
			expect(item.json).toEqual({
				status: 'success',
				message: 'Successfully added/updated user jane.doe@northstarit.com with roles: editor, helpdesk-contoso',
			}),
	},
	deleteCippUser: {
		client: 'superadmin',
		parameters: { cippUserUpn: 'tech@northstarit.com' },
		request: { method: 'POST', endpoint: 'ExecCIPPUsers', body: { Action: 'Delete', UPN: 'tech@northstarit.com' } },
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: 'Successfully removed user tech@northstarit.com' }),
	},
	getJitAdminSettings: {
		client: 'admin',
		parameters: {},
		request: { method: 'POST', endpoint: 'ExecJITAdminSettings', body: { Action: 'Get' } },
		output: ([item]) => expect(item.json).toEqual({ MaxDuration: null }),
	},
	setJitAdminMaxDuration: {
		client: 'admin',
		parameters: { maxDuration: 'PT8H' },
		request: { method: 'POST', endpoint: 'ExecJITAdminSettings', body: { Action: 'Set', MaxDuration: { value: 'PT8H', label: 'PT8H' } } },
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: 'Successfully set JIT Admin maximum duration to PT8H' }),
	},
	removeJitAdminMaxDuration: {
		client: 'admin',
		parameters: {},
		request: { method: 'POST', endpoint: 'ExecJITAdminSettings', body: { Action: 'Set' } },
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: 'Successfully removed JIT Admin maximum duration limit' }),
	},
	testHaloPsaTicket: {
		parameters: {},
		request: { method: 'POST', endpoint: 'ExecHaloPSATestTicket' },
		output: ([item]) =>
			expect(item.json).toEqual({
				status: 'success',
				message: "Ticket created in HaloPSA: 4101 against client 'Contoso Ltd' (id 12). It is safe to close this ticket.",
			}),
	},
	setTemplatePackage: {
		parameters: { templateIds: `${defenderTemplate}, ${bitLockerTemplate}`, packageName: 'Security' },
		request: { method: 'POST', endpoint: 'ExecSetPackageTag', body: { GUID: [defenderTemplate, bitLockerTemplate], Package: 'Security' } },
		output: ([item]) =>
			expect(item.json).toEqual({ status: 'success', message: 'Successfully updated template(s) with package tag: Security' }),
	},
	removeTemplatePackage: {
		parameters: { templateIds: bitLockerTemplate },
		request: { method: 'POST', endpoint: 'ExecSetPackageTag', body: { GUID: [bitLockerTemplate], Remove: true } },
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: 'Successfully removed package tag from template(s)' }),
	},
	saveCustomVariable: {
		parameters: {
			variableScope: 'tenant',
			tenantFilter: locator('domain', 'contoso.onmicrosoft.com'),
			variableName: 'WallpaperPath',
			variableValue: 'https://cdn.contoso.com/wallpaper.png',
			variableDescription: 'Desktop wallpaper',
		},
		request: {
			method: 'POST',
			endpoint: 'ExecCippReplacemap',
			body: {
				Action: 'AddEdit',
				tenantId: 'contoso.onmicrosoft.com',
				RowKey: 'WallpaperPath',
				Value: 'https://cdn.contoso.com/wallpaper.png',
				VariableType: { value: 'string', label: 'string' },
				Description: 'Desktop wallpaper',
			},
		},
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: "Variable 'WallpaperPath' saved successfully" }),
	},
	deleteCustomVariable: {
		parameters: { variableScope: 'global', variableName: 'SupportPhone' },
		request: { method: 'POST', endpoint: 'ExecCippReplacemap', body: { Action: 'Delete', tenantId: 'AllTenants', RowKey: 'SupportPhone' } },
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: "Variable 'SupportPhone' deleted successfully" }),
	},
	getCustomVariableUsage: {
		parameters: { returnAll: true },
		request: { method: 'POST', endpoint: 'ExecCippReplacemap', body: { Action: 'Usage' } },
		output: (items) => {
			const lockout = items.find((item) => item.json.Name === 'LockoutMinutes')?.json;
			expect(lockout).toMatchObject({ Variable: '%LockoutMinutes%', HasGlobal: false, TenantCount: 1, Types: ['integer'] });
		},
	},
	refreshCachedData: {
		parameters: { tenantFilter: locator('domain', 'contoso.onmicrosoft.com'), cacheName: 'Mailboxes' },
		request: { method: 'POST', endpoint: 'ExecCIPPDBCache', query: { tenantFilter: 'contoso.onmicrosoft.com', Name: 'Mailboxes' } },
		output: ([item]) => {
			expect(item.json).toMatchObject({
				status: 'queued',
				message: 'Successfully started cache operation for Mailboxes on tenant contoso.onmicrosoft.com',
			});
			expect(item.json.queueId).toMatch(/^[0-9a-f-]{36}$/);
		},
	},
	getManyCustomDataMappings: {
		parameters: {
			tenantFilter: locator('domain', 'contoso.onmicrosoft.com'),
			additionalFields: { sourceType: 'Manual Entry' },
			returnAll: true,
		},
		request: {
			method: 'GET',
			endpoint: 'ListCustomDataMappings',
			query: { tenantFilter: 'contoso.onmicrosoft.com', sourceType: 'Manual Entry' },
		},
		output: (items) => expect(items.map((item) => item.json.manualEntryFieldLabel)).toEqual(['Cost centre', 'Business owner']),
	},
	getManyCommunityTemplates: {
		parameters: { repository: locator('list', 'CyberDrain/CIPP-Templates'), returnAll: true },
		request: { method: 'GET', endpoint: 'ListCommunityRepoTemplates', query: { FullName: 'CyberDrain/CIPP-Templates' } },
		output: (items) => {
			expect(items.map((item) => item.json.Path)).toEqual([
				'CATemplate/Block legacy authentication.json',
				'IntuneTemplate/Security/Windows - Firewall.json',
			]);
			expect(items[1].json).toMatchObject({ Type: 'IntuneTemplate', Category: 'Security', Imported: false });
		},
	},
	addCommunityRepo: {
		parameters: { repositoryName: 'contoso-it/m365-baselines', additionalFields: { templateTypes: 'CATemplate' } },
		request: {
			method: 'POST',
			endpoint: 'ExecCommunityRepo',
			body: { Action: 'Add', FullName: 'contoso-it/m365-baselines', TemplateTypes: ['CATemplate'] },
		},
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: "Community repository 'm365-baselines' added" }),
	},
	deleteCommunityRepo: {
		parameters: { repository: locator('id', 'contoso-it/m365-baselines') },
		request: { method: 'POST', endpoint: 'ExecCommunityRepo', body: { Action: 'Delete', FullName: 'contoso-it/m365-baselines' } },
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: 'Repository m365-baselines deleted' }),
	},
	importCommunityTemplate: {
		parameters: {
			repository: locator('list', 'CyberDrain/CIPP-Templates'),
			templatePath: 'CATemplate/Block legacy authentication.json',
			branch: 'main',
		},
		request: {
			method: 'POST',
			endpoint: 'ExecCommunityRepo',
			body: {
				Action: 'ImportTemplate',
				FullName: 'CyberDrain/CIPP-Templates',
				Path: 'CATemplate/Block legacy authentication.json',
				Branch: 'main',
			},
		},
		output: ([item]) =>
			expect(item.json).toEqual({
				status: 'success',
				message: "Created template 'Block legacy authentication' from source 'CyberDrain/CIPP-Templates'.",
			}),
	},
	saveCustomRole: {
		client: 'superadmin',
		parameters: {
			roleName: 'Helpdesk-Fabrikam',
			rolePermissions: 'CIPP.Core.Read, Identity.User.ReadWrite',
			allowedTenants: fabrikamId,
			additionalFields: { roleIpRange: '203.0.113.0/24' },
		},
		request: {
			method: 'POST',
			endpoint: 'ExecCustomRole',
			body: {
				Action: 'AddUpdate',
				RoleName: 'helpdesk-fabrikam',
				Permissions: { 'CIPP.Core': 'CIPP.Core.Read', 'Identity.User': 'Identity.User.ReadWrite' },
				AllowedTenants: [fabrikamId],
				IpRange: ['203.0.113.0/24'],
			},
		},
		output: ([item]) =>
			expect(item.json).toMatchObject({
				status: 'success',
				messages: ['Custom role helpdesk-fabrikam saved', "IP ranges configured for 'helpdesk-fabrikam' role."],
			}),
	},
	cloneCustomRole: {
		client: 'superadmin',
		parameters: { roleName: 'helpdesk-fabrikam', newRoleName: 'helpdesk-fabrikam-nights' },
		request: {
			method: 'POST',
			endpoint: 'ExecCustomRole',
			body: { Action: 'Clone', RoleName: 'helpdesk-fabrikam', NewRoleName: 'helpdesk-fabrikam-nights' },
		},
		output: ([item]) =>
			expect(item.json).toEqual({ status: 'success', message: "Custom role 'helpdesk-fabrikam-nights' cloned from 'helpdesk-fabrikam'" }),
	},
	deleteCustomRole: {
		client: 'superadmin',
		parameters: { roleName: 'helpdesk-fabrikam-nights' },
		request: { method: 'POST', endpoint: 'ExecCustomRole', body: { Action: 'Delete', RoleName: 'helpdesk-fabrikam-nights' } },
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: 'Custom role deleted' }),
	},
};
