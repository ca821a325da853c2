// Failed runs are logged by n8n's logger; captured so the test output stays free of expected failures.
import '../support/logCapture';

import { fixtures } from '../sandbox';
import { stableGuid } from '../sandbox/directory';
import { runOperation } from '../support/catalogue';
import { locator } from '../support/workflows';
import { sandboxPerFile } from '../support/sandboxPerFile';

/** Intune operations of CIPP's Endpoint area: refusals, failures and write-then-read pairs. */
const CONTOSO = 'contoso.onmicrosoft.com';
const contoso = locator('domain', CONTOSO);
const fabrikam = locator('domain', 'fabrikam.onmicrosoft.com');
const iphone = fixtures.devices.find((device) => device.deviceName === "Alex's iPhone")!;

describe('intune (endpoint management): refusals and pairs', () => {
	const currentSandbox = sandboxPerFile();

	test.each([
		['syncVppTokens', /No VPP tokens found/],
		['syncAppleDevices', /No Apple Business Manager connections found/],
	])("%s in a tenant with nothing to sync fails the item with CIPP's words (HTTP 200)", async (operation, words) => {
		const run = await runOperation(currentSandbox(), 'intune', operation, { tenantFilter: fabrikam });
		expect(run.requests[0].status).toBe(200);
		expect(run.error?.message).toMatch(words);
	});

	test('Get Device by a name no device has fails the item instead of returning nothing', async () => {
		const run = await runOperation(currentSandbox(), 'intune', 'getDevice', {
			tenantFilter: contoso,
			findBy: 'name',
			deviceName: 'NO-SUCH-PC',
		});
		expect(run.requests[0]).toMatchObject({ status: 200, query: { tenantFilter: CONTOSO, DeviceName: 'NO-SUCH-PC' } });
		expect(run.error?.message).toMatch(/NO-SUCH-PC \(exactly one match\) was not found/);
	});

	test('Get Many Detected Apps: CIPP answers an unknown device with HTTP 200 and the error as the only row; the item fails', async () => {
		const missing = '11111111-2222-3333-4444-555555555555';
		const run = await runOperation(currentSandbox(), 'intune', 'getManyDetectedApps', {
			tenantFilter: contoso,
			additionalFields: { deviceId: missing },
			returnAll: true,
		});
		expect(run.requests[0].status).toBe(200);
		expect(run.error?.message).toMatch(new RegExp(`Resource '${missing}' does not exist`));
	});

	test('Run Passcode Action on an iPhone: CIPP only queues the reset, so the item says queued and has no passcode', async () => {
		const run = await runOperation(currentSandbox(), 'intune', 'runPasscodeAction', {
			tenantFilter: contoso,
			deviceId: locator('id', iphone.id),
			passcodeAction: 'resetPasscode',
		});
		expect(run.items[0].json).toEqual({
			status: 'queued',
			message: `Passcode reset queued for device ${iphone.id}. The new passcode will be generated and can be retrieved from the device details.`,
		});
	});
});

describe('intune (endpoint management): writes then reads', () => {
	const currentSandbox = sandboxPerFile();
	const run = async (operation: string, parameters: Record<string, unknown>) => {
		const result = await runOperation(currentSandbox(), 'intune', operation, parameters as never);
		expect(result.error).toBeUndefined();
		return result.items.map((item) => item.json);
	};

	test('Create Assignment Filter, then Get Many Assignment Filters lists it; Update renames it; Delete removes it', async () => {
		await run('createAssignmentFilter', {
			tenants: CONTOSO,
			displayName: 'Kiosks',
			platform: 'windows10AndLater',
			rule: '(device.deviceName -startsWith "KIOSK")',
		});
		const created = (await run('getManyAssignmentFilters', { tenantFilter: contoso, returnAll: true })).find(
			(filter) => filter.displayName === 'Kiosks',
		);
		expect(created).toMatchObject({
			platform: 'windows10AndLater',
			rule: '(device.deviceName -startsWith "KIOSK")',
			assignmentFilterManagementType: 'devices',
		});
		await run('updateAssignmentFilter', {
			tenantFilter: contoso,
			filterId: locator('id', String(created?.id)),
			updateFields: { displayName: 'Kiosk PCs' },
		});
		const names = async () =>
			(await run('getManyAssignmentFilters', { tenantFilter: contoso, returnAll: true })).map((filter) => filter.displayName);
		expect(await names()).toContain('Kiosk PCs');
		await run('deleteAssignmentFilter', { tenantFilter: contoso, filterId: locator('id', String(created?.id)) });
		expect(await names()).not.toContain('Kiosk PCs');
	});

	test('Update Assignment Filter without a change is refused before sending (CIPP would still say it updated)', async () => {
		const result = await runOperation(currentSandbox(), 'intune', 'updateAssignmentFilter', {
			tenantFilter: contoso,
			filterId: locator('id', '11111111-2222-3333-4444-555555555555'),
		});
		expect(result.requests).toHaveLength(0);
		expect(result.error?.message).toMatch(/nothing to change/);
	});

	test('Create Template from JSON, then Get Many Templates lists it and Delete Template removes it; deleting it again fails', async () => {
		await run('createTemplate', {
			source: 'json',
			displayName: 'macOS - FileVault',
			templateType: 'Catalog',
			rawJson: '{"name": "macOS - FileVault", "platforms": "macOS", "settings": []}',
		});
		const templates = async () => await run('getManyTemplates', { returnAll: true });
		const created = (await templates()).find((template) => template.Displayname === 'macOS - FileVault');
		expect(created).toMatchObject({ Type: 'Catalog' });
		await run('deleteTemplate', { templateId: locator('id', String(created?.GUID)) });
		expect((await templates()).map((template) => template.Displayname)).not.toContain('macOS - FileVault');
		const again = await runOperation(currentSandbox(), 'intune', 'deleteTemplate', { templateId: locator('id', String(created?.GUID)) });
		expect(again.requests[0].status).toBe(200);
		expect(again.error?.message).toMatch(/has already been deleted\./);
	});

	test('Create App Template, then Get Many App Templates lists it; Delete App Template of an unknown GUID fails with "Template not found"', async () => {
		await run('createAppTemplate', {
			displayName: 'Readers',
			apps: [{ appType: 'StoreApp', appName: 'Adobe Reader', config: { PackageName: 'XPDP273C0XHQH2' } }],
		});
		const created = (await run('getManyAppTemplates', { returnAll: true })).find((template) => template.displayName === 'Readers');
		expect(created).toMatchObject({ appCount: 1, appTypes: ['StoreApp'], appNames: ['Adobe Reader'] });
		const missing = await runOperation(currentSandbox(), 'intune', 'deleteAppTemplate', {
			templateId: locator('id', '11111111-2222-3333-4444-555555555555'),
		});
		expect(missing.requests[0].status).toBe(200);
		expect(missing.error?.message).toMatch(/Template not found/);
	});

	test('Create App Template refuses an app list without a known appType before sending', async () => {
		const result = await runOperation(currentSandbox(), 'intune', 'createAppTemplate', {
			displayName: 'Bad',
			apps: '[{"appType": "exe", "appName": "X"}]',
		});
		expect(result.requests).toHaveLength(0);
		expect(result.error?.message).toMatch(/Apps must be a non-empty JSON list/);
	});

	test('Create Assignment Filter Template: a failed save is HTTP 200 with "Creation failed"; the item fails with it', async () => {
		// The catch of Invoke-AddAssignmentFilterTemplate (e.g. the templates table refusing the write).
		const text = 'Assignment Filter Template Creation failed: The table service is unavailable.';
		currentSandbox().injectFault({ endpoint: 'AddAssignmentFilterTemplate', status: 200, body: { Results: text }, times: 1 });
		const result = await runOperation(currentSandbox(), 'intune', 'createAssignmentFilterTemplate', {
			displayName: 'iOS corporate',
			platform: 'iOS',
			rule: '(device.deviceOwnership -eq "Corporate")',
		});
		expect(result.error?.message).toMatch(/Assignment Filter Template Creation failed: The table service is unavailable\./);
	});
	test('Create Autopilot Profile twice: the second run overwrites the profile and turns off what it does not set', async () => {
		const profile = async () =>
			(await run('getManyAutopilotConfigs', { tenantFilter: contoso, configType: 'ApProfile', returnAll: true })).find(
				(entry) => entry.displayName === 'Contoso Shared',
			);
		await run('createAutopilotProfile', {
			tenantFilter: contoso,
			displayName: 'Contoso Shared',
			additionalFields: { hidePrivacy: true, collectHash: true },
		});
		expect(await profile()).toMatchObject({
			hardwareHashExtractionEnabled: true,
			outOfBoxExperienceSetting: { privacySettingsHidden: true },
		});
		const [second] = await run('createAutopilotProfile', {
			tenantFilter: contoso,
			displayName: 'Contoso Shared',
			additionalFields: { collectHash: true },
		});
		expect(second.message).toBe(`Successfully Edited profile for ${CONTOSO}`);
		expect(await profile()).toMatchObject({ outOfBoxExperienceSetting: { privacySettingsHidden: false } });
	});

	test('Create Autopilot Profile refuses a name Intune would reject before sending', async () => {
		const result = await runOperation(currentSandbox(), 'intune', 'createAutopilotProfile', {
			tenantFilter: contoso,
			displayName: 'Kiosk/Shared',
		});
		expect(result.requests).toHaveLength(0);
		expect(result.error?.message).toMatch(/not in the expected form/);
	});

	test('Set Enrollment Status Page: Allow Retry leaves retry allowed in Intune (CIPP inverts blockDevice)', async () => {
		await run('setEnrollmentStatusPage', { tenantFilter: contoso, additionalFields: { allowRetry: true, showProgress: true } });
		const [page] = await run('getManyAutopilotConfigs', { tenantFilter: contoso, configType: 'ESP', returnAll: true });
		expect(page).toMatchObject({
			blockDeviceSetupRetryByUser: false,
			showInstallationProgress: true,
			installProgressTimeoutInMinutes: null,
		});
	});
	test('Import Autopilot Devices: a serial already registered fails the item with its per-device status, and the new one shows in Get Many Autopilot Devices', async () => {
		const result = await runOperation(currentSandbox(), 'intune', 'importAutopilotDevices', {
			tenantFilter: contoso,
			devices:
				'[{"SerialNumber": "0F3K9PL24703"}, {"SerialNumber": "NEW-0001", "oemManufacturerName": "Microsoft", "modelName": "Surface Laptop 7"}]',
		});
		expect(result.requests[0].status).toBe(200);
		expect(result.error?.message).toMatch(/0F3K9PL24703: error - 806 ZtdDeviceAlreadyAssigned/);
		const serials = (await run('getManyAutopilotDevices', { tenantFilter: contoso, returnAll: true })).map((device) => device.serialNumber);
		expect(serials).toContain('NEW-0001');
	});
	test('Add Script App without a detection rule is refused before sending', async () => {
		const result = await runOperation(currentSandbox(), 'intune', 'addScriptApp', {
			tenants: CONTOSO,
			applicationName: 'Contoso Agent',
			installScript: 'Write-Output installed',
		});
		expect(result.requests).toHaveLength(0);
		expect(result.error?.message).toMatch(/no detection rule/);
	});
	test('Remove CVE Exception: Get Many CVEs no longer shows it, and removing it again fails (CIPP removed 0)', async () => {
		const parameters = { cveId: 'CVE-2025-21298', removeScope: 'CurrentTenant', tenantFilter: contoso };
		await run('removeCveException', parameters);
		const cves = await run('getManyCves', { tenantFilter: contoso, returnAll: true });
		expect(cves.find((cve) => cve.cveId === 'CVE-2025-21298')?.exceptionType).toBeNull();
		const again = await runOperation(currentSandbox(), 'intune', 'removeCveException', parameters);
		expect(again.requests[0].status).toBe(200);
		expect(again.error?.message).toMatch(/Successfully removed 0 exception\(s\) for CVE CVE-2025-21298/);
	});
	test('Add CVE Exception globally shows in Get Many CVEs for every tenant; adding it again updates it; Every Affected Tenant fails with HTTP 500', async () => {
		const add = { cveId: 'CVE-2025-24054', applyTo: 'Global', exceptionType: 'Mitigated', justification: 'Blocked at the proxy' };
		const [first] = await run('addCveException', add);
		expect(first).toMatchObject({ tenantsAffected: 1, added: 1, updated: 0, details: 'Added: ALL, Updated: ' });
		const cves = await run('getManyCves', { tenantFilter: fabrikam, returnAll: true });
		expect(cves.find((cve) => cve.cveId === 'CVE-2025-24054')).toMatchObject({
			exceptionType: 'Mitigated',
			exceptionComment: 'Blocked at the proxy',
		});
		expect((await run('addCveException', add))[0]).toMatchObject({ added: 0, updated: 1 });
		const affected = await runOperation(currentSandbox(), 'intune', 'addCveException', { ...add, applyTo: 'AllAffected' });
		expect(affected.requests[0].status).toBe(500);
		expect(affected.error?.message).toMatch(/The term '-Filter' is not recognized/);
	});

	test('Compare Policy with a picked tenant policy lists the same differences; an unknown template fails with HTTP 400', async () => {
		const complianceTemplate = stableGuid('template/Windows - Compliance');
		const policyId = stableGuid(`${fixtures.tenantIds.contoso}/policy/Windows - Compliance`);
		const picked = await runOperation(currentSandbox(), 'intune', 'comparePolicy', {
			templateId: locator('id', complianceTemplate),
			tenantFilter: contoso,
			compareWith: 'tenantPolicy',
			policyId: locator('id', policyId),
			policyType: 'deviceCompliancePolicies',
		});
		expect(picked.requests[0].body).toMatchObject({ sourceB: { type: 'tenantPolicy', policyId, urlName: 'deviceCompliancePolicies' } });
		expect(picked.items[0].json).toMatchObject({
			identical: false,
			Results: expect.arrayContaining([{ Property: 'secureBootEnabled', ExpectedValue: true, ReceivedValue: '' }]),
		});
		const unknown = await runOperation(currentSandbox(), 'intune', 'comparePolicy', {
			templateId: locator('id', policyId),
			tenantFilter: contoso,
		});
		expect(unknown.requests[0].status).toBe(400);
		expect(unknown.error?.message).toMatch(/Source A : Template with GUID '.+' not found/);
	});

	test('Rename Autopilot Device and Set Autopilot Group Tag show in Get Many Autopilot Devices; an empty group tag clears it', async () => {
		const [device] = (await run('getManyAutopilotDevices', { tenantFilter: contoso, returnAll: true })).filter(
			(entry) => entry.displayName,
		);
		const autopilotDevice = locator('id', String(device.id));
		await run('renameAutopilotDevice', { tenantFilter: contoso, autopilotDevice, displayName: 'CONTOSO-KIOSK-1' });
		await run('setAutopilotGroupTag', { tenantFilter: contoso, autopilotDevice, groupTag: 'Kiosk' });
		const listed = async () =>
			(await run('getManyAutopilotDevices', { tenantFilter: contoso, returnAll: true })).find((entry) => entry.id === device.id);
		expect(await listed()).toMatchObject({ displayName: 'CONTOSO-KIOSK-1', groupTag: 'Kiosk' });
		await run('setAutopilotGroupTag', { tenantFilter: contoso, autopilotDevice });
		expect(await listed()).toMatchObject({ groupTag: '' });
	});

	test.each([
		['CONTOSO-LAPTOP-0150', /at most 15 characters/],
		['PC_01', /only letters, digits and hyphens/],
		['2024', /only digits/],
	])('Rename Autopilot Device refuses %s before sending (CIPP would answer HTTP 400)', async (displayName, words) => {
		const result = await runOperation(currentSandbox(), 'intune', 'renameAutopilotDevice', {
			tenantFilter: contoso,
			autopilotDevice: locator('id', '11111111-2222-3333-4444-555555555555'),
			displayName,
		});
		expect(result.requests).toHaveLength(0);
		expect(result.error?.message).toMatch(words);
	});

	test("Rename Autopilot Device of an unknown device fails with CIPP's HTTP-400 sentence", async () => {
		const missing = '11111111-2222-3333-4444-555555555555';
		const result = await runOperation(currentSandbox(), 'intune', 'renameAutopilotDevice', {
			tenantFilter: contoso,
			autopilotDevice: locator('id', missing),
			displayName: 'PC-01',
		});
		expect(result.requests[0].status).toBe(400);
		expect(result.error?.message).toMatch(new RegExp(`Could not rename device '${missing}'`));
	});
});
