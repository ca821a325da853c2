// n8n logs every failed item to the console; these tests fail items on purpose.
import '../support/logCapture';

import type { INodeParameters } from 'n8n-workflow';

import { runOperation } from '../support/catalogue';
import { sandboxPerFile } from '../support/sandboxPerFile';
import { locator } from '../support/workflows';
import { defenderTemplate } from './administrationSettings.examples';

/** CIPP's own settings (portal users, JIT admin, HaloPSA, template packages): refusals and write-then-read pairs. */
describe('administration (CIPP settings): refusals and pairs', () => {
	const currentSandbox = sandboxPerFile();
	/** An administration operation, run once on the file's sandbox by the client given (default editor). */
	const runAdmin = (operation: string, parameters: INodeParameters = {}, client?: Parameters<typeof runOperation>[5]) =>
		runOperation(currentSandbox(), 'administration', operation, parameters, [{}], client);
	const saveAsOwner = (upn: string, roles: string) => runAdmin('saveCippUser', { cippUserUpn: upn, cippUserRoles: roles }, 'superadmin');

	test("CIPP's portal users need a superadmin API client: an admin one is refused with the role named", async () => {
		const run = await runAdmin('getManyCippUsers', { returnAll: true }, 'admin');
		expect(run.requests[0].status).toBe(403);
		expect(run.error?.message).toMatch(/CIPP\.SuperAdmin\.Read/);
	});

	test('a saved CIPP user shows up in Get Many CIPP Users with the roles given', async () => {
		await runAdmin('saveCippUser', { cippUserUpn: 'ravi@northstarit.com', cippUserRoles: 'readonly' }, 'superadmin');
		const list = await runAdmin('getManyCippUsers', { returnAll: true }, 'superadmin');
		expect(list.items.find((item) => item.json.UPN === 'ravi@northstarit.com')?.json).toMatchObject({
			ManualRoles: ['readonly'],
			Source: 'Manual',
		});
	});

	test("taking superadmin from the last manual superadmin fails with CIPP's words (HTTP 400)", async () => {
		const run = await saveAsOwner('owner@northstarit.com', 'admin');
		expect(run.requests[0].status).toBe(400);
		expect(run.error?.message).toMatch(/Cannot remove the superadmin role from the last user/);
	});

	test('an unknown role is refused by CIPP, naming the valid ones', async () => {
		const run = await saveAsOwner('ravi@northstarit.com', 'owner');
		expect(run.error?.message).toMatch(/Invalid role: owner\. Valid roles: readonly, editor/);
	});

	test('a week duration (P4W, which CIPP itself names as an example but refuses) is stopped before sending', async () => {
		const run = await runAdmin('setJitAdminMaxDuration', { maxDuration: 'P4W' }, 'admin');
		expect(run.requests).toHaveLength(0);
		expect(run.error?.message).toMatch(/Invalid "Max Duration"/);
	});

	test('a set JIT admin limit is read back by Get JIT Admin Settings, and removed by Remove', async () => {
		await runAdmin('setJitAdminMaxDuration', { maxDuration: 'P1DT12H' }, 'admin');
		const read = await runAdmin('getJitAdminSettings', {}, 'admin');
		expect(read.items[0].json).toEqual({ MaxDuration: 'P1DT12H' });
		await runAdmin('removeJitAdminMaxDuration', {}, 'admin');
		const after = await runAdmin('getJitAdminSettings', {}, 'admin');
		expect(after.items[0].json).toEqual({ MaxDuration: null });
	});

	test("a HaloPSA test while the integration is off fails the item with CIPP's words (HTTP 200)", async () => {
		const halo = { Enabled: false, ResourceURL: 'https://northstar.halopsa.com/api', Tenant: 'northstar' };
		await runAdmin('saveExtensionsConfig', { additionalFields: { HaloPSA: JSON.stringify(halo) } });
		const run = await runAdmin('testHaloPsaTicket', {});
		expect(run.requests[0].status).toBe(200);
		expect(run.error?.message).toMatch(/HaloPSA integration is not enabled/);
	});

	test('a package set on a template shows up in Intune → Get Many Templates grouped by package', async () => {
		const sandbox = currentSandbox();
		await runAdmin('setTemplatePackage', { templateIds: defenderTemplate, packageName: 'Hardening' });
		const list = await runOperation(sandbox, 'intune', 'getManyTemplates', { additionalFields: { mode: 'Tag' }, returnAll: true });
		const hardening = list.items.find((item) => item.json.value === 'Hardening');
		expect(hardening?.json.templateCount).toBe(1);
	});

	test('a template GUID CIPP does not have fails the item', async () => {
		const run = await runAdmin('setTemplatePackage', {
			templateIds: '0f0f0f0f-0000-4000-8000-000000000001',
			packageName: 'Hardening',
		});
		expect(run.error?.message).toMatch(/Failed to set package tag/);
	});

	const fabrikam = locator('domain', 'fabrikam.onmicrosoft.com');
	const variable = (variableName: string, extra: Record<string, unknown> = {}) => ({
		variableScope: 'tenant',
		tenantFilter: fabrikam,
		variableName,
		...extra,
	});

	test('a saved custom variable shows up in Get Custom Variable Usage with its tenant definition', async () => {
		await runAdmin('saveCustomVariable', variable('PrinterQueue', { variableValue: '\\\\print01\\hq' }));
		const usage = await runAdmin('getCustomVariableUsage', { returnAll: true });
		const printer = usage.items.find((item) => item.json.Name === 'PrinterQueue')?.json;
		expect(printer).toMatchObject({ HasGlobal: false, TenantCount: 1, Definitions: [{ Scope: 'Tenant', Value: '\\\\print01\\hq' }] });
	});

	test("a tenant's saved variable overrides the global one in Get Many Custom Variables for that tenant", async () => {
		await runAdmin('saveCustomVariable', variable('SupportPhone', { variableValue: '+44 20 7946 0000' }));
		const list = await runAdmin('getManyCustomVariables', { tenantFilter: fabrikam, returnAll: true });
		const phone = list.items.find((item) => item.json.Name === 'SupportPhone')?.json;
		expect(phone).toMatchObject({ Value: '+44 20 7946 0000', Category: 'tenant-custom' });
	});

	test("a value that is not of the variable's type is refused by CIPP with its words (HTTP 400)", async () => {
		const run = await runAdmin('saveCustomVariable', variable('LockoutMinutes', { variableValue: 'thirty', variableType: 'integer' }));
		expect(run.requests[0].status).toBe(400);
		expect(run.error?.message).toMatch(/typed as integer, but 'thirty' is not a whole number/);
	});

	test("deleting a variable the tenant does not have fails the item with CIPP's words (HTTP 200)", async () => {
		const run = await runAdmin('deleteCustomVariable', variable('NoSuchVariable'));
		expect(run.requests[0].status).toBe(200);
		expect(run.error?.message).toMatch(/Variable 'NoSuchVariable' not found/);
	});

	test('a cache collection CIPP does not have is refused with its words', async () => {
		const run = await runAdmin('refreshCachedData', {
			tenantFilter: fabrikam,
			cacheName: 'Printers',
		});
		expect(run.error?.message).toMatch(/Cache function 'Set-CIPPDBCachePrinters' not found/);
	});

	const cippTemplates = locator('list', 'CyberDrain/CIPP-Templates');
	const firewall = { repository: cippTemplates, templatePath: 'IntuneTemplate/Security/Windows - Firewall.json', branch: 'main' };

	test('an imported template is marked Imported in Get Many Community Templates, and importing it again is skipped', async () => {
		await runAdmin('importCommunityTemplate', firewall);
		const list = await runAdmin('getManyCommunityTemplates', { repository: cippTemplates, returnAll: true });
		expect(list.items.find((item) => item.json.Path === firewall.templatePath)?.json.Imported).toBe(true);
		const again = await runAdmin('importCommunityTemplate', firewall);
		expect(again.items[0].json.message).toMatch(/is already up to date\. Skipping import\./);
	});

	test('a template path the repository does not have fails the item (HTTP 200, state error)', async () => {
		const run = await runAdmin('importCommunityTemplate', {
			...firewall,
			templatePath: 'CATemplate/Nope.json',
		});
		expect(run.requests[0].status).toBe(200);
		expect(run.error?.message).toMatch(/Error importing template/);
	});

	test('an added repository shows up in Get Many Community Repositories, and is gone once deleted', async () => {
		const baselines = 'contoso-it/m365-baselines';
		await runAdmin('addCommunityRepo', { repositoryName: baselines });
		const listed = await runAdmin('getManyCommunityRepos', { returnAll: true });
		expect(listed.items.map((item) => item.json.FullName)).toContain(baselines);
		await runAdmin('deleteCommunityRepo', { repository: locator('id', baselines) });
		const after = await runAdmin('getManyCommunityRepos', { returnAll: true });
		expect(after.items.map((item) => item.json.FullName)).not.toContain(baselines);
	});

	test('deleting a repository CIPP does not have fails the item instead of CIPP\'s empty "Repository  deleted"', async () => {
		const run = await runAdmin('deleteCommunityRepo', {
			repository: locator('id', 'nobody/nothing'),
		});
		expect(run.requests[0].status).toBe(200);
		expect(run.error?.message).toMatch(/Repository {2}deleted/);
	});

	test("CIPP's tenant filter on custom data mappings only drops mappings stored with that tenant as bare text, or AllTenants", async () => {
		const run = await runAdmin('getManyCustomDataMappings', {
			tenantFilter: fabrikam,
			returnAll: true,
		});
		// Contoso's and the AllTenants mapping, saved as {label, value}, stay; Fabrikam's, saved as bare text, is dropped.
		expect(run.items.map((item) => item.json.manualEntryFieldLabel ?? item.json.tenant)).toEqual(['Contoso Ltd', 'Cost centre']);
	});

	test('a saved custom role shows up in Get Many Roles, and a role name in capitals is still deleted', async () => {
		const role = { roleName: 'Night-Desk', rolePermissions: 'CIPP.Core.Read', allowedTenants: 'AllTenants' };
		await runAdmin('saveCustomRole', role, 'superadmin');
		const roles = await runAdmin('getManyCustomRoles', { returnAll: true });
		expect(roles.items.find((item) => item.json.RoleName === 'night-desk')?.json.Permissions).toEqual({ 'CIPP.Core': 'CIPP.Core.Read' });
		const deleted = await runAdmin('deleteCustomRole', { roleName: 'Night-Desk' }, 'superadmin');
		expect(deleted.items[0].json.message).toBe('Custom role deleted');
	});

	test("cloning a role CIPP does not have fails the item with CIPP's words (HTTP 200)", async () => {
		const run = await runAdmin('cloneCustomRole', { roleName: 'nobody', newRoleName: 'nobody-2' }, 'superadmin');
		expect(run.requests[0].status).toBe(200);
		expect(run.error?.message).toMatch(/Failed to clone custom role nobody/);
	});
});
