// Failed runs are logged by n8n's logger; captured so the test output stays free of expected failures.
import '../support/logCapture';

import { addPolicy as addPolicyOperation } from '../../nodes/Cipp/actions/intune/addPolicy.operation';
import { assignApp as assignAppOperation } from '../../nodes/Cipp/actions/intune/assignApp.operation';
import { assignPolicy as assignPolicyOperation } from '../../nodes/Cipp/actions/intune/assignPolicy.operation';
import { assignAutopilotDevice as assignAutopilotDeviceOperation } from '../../nodes/Cipp/actions/intune/assignAutopilotDevice.operation';
import { addOfficeApp as addOfficeAppOperation } from '../../nodes/Cipp/actions/intune/addOfficeApp.operation';
import { addStoreApp as addStoreAppOperation } from '../../nodes/Cipp/actions/intune/addStoreApp.operation';
import { CippSandbox, fixtures } from '../sandbox';
import { stableGuid } from '../sandbox/directory';
import { queueRowKey } from '../sandbox/endpoints/catalogue/intune/apps';
import { describeCatalogue, runOperation } from '../support/catalogue';
import { defenderExamples } from './intune-defender.examples';
import { orgMessageExamples } from './intune-orgMessage.examples';
import { locator } from '../support/workflows';
import { sandboxPerFile } from '../support/sandboxPerFile';

const { tenantIds, userIds } = fixtures;
const CONTOSO = 'contoso.onmicrosoft.com';
const contoso = locator('domain', CONTOSO);
const laptop = fixtures.devices.find((device) => device.deviceName === 'CONTOSO-LT-0142')!;
const iphone = fixtures.devices.find((device) => device.deviceName === "Alex's iPhone")!;
const mac = fixtures.devices.find((device) => device.deviceName === 'CONTOSO-MBP-007')!;
const laptopEntraId = String(laptop.azureADDeviceId);
const desktop = fixtures.devices.find((device) => device.deviceName === 'FAB-DT-0031')!;
const fabrikam = locator('domain', 'fabrikam.onmicrosoft.com');
const laptopAutopilot = stableGuid(`${tenantIds.contoso}/autopilot/${String(laptop.serialNumber)}`);
const laptopAutopilotPick = locator('id', laptopAutopilot);
const laptopAutopilotBody = { tenantFilter: CONTOSO, deviceId: laptopAutopilot };
const unassignedAutopilot = stableGuid(`${tenantIds.contoso}/autopilot/CZC${tenantIds.contoso.slice(0, 6).toUpperCase()}`);
const sevenZip = stableGuid(`${tenantIds.contoso}/app/7-Zip`);
const restrictions = stableGuid(`${tenantIds.contoso}/policy/Windows - Restrictions`);
const timeZoneScript = stableGuid(`${tenantIds.contoso}/script/Set time zone`);
const android = fixtures.devices.find((device) => device.deviceName === 'FAB-AND-0007')!;
const companyPortal = stableGuid(`${tenantIds.contoso}/app/Company Portal`);
const sevenZipDetected = `0000${stableGuid(`${tenantIds.contoso}/detected/7-Zip 24.09 (x64)`).replace(/-/g, '')}${'0'.repeat(8)}`;
const corporateFilter = stableGuid(`${tenantIds.contoso}/filter/corporate`);
const compliancePolicy = stableGuid(`${tenantIds.contoso}/policy/Windows - Compliance`);
const surfaceFilterTemplate = stableGuid('filterTemplate/surface');
const complianceTemplate = stableGuid('template/Windows - Compliance');
const defenderTemplate = stableGuid('template/Windows - Defender Antivirus');
const workstationTemplate = stableGuid('appTemplate/workstation');
const fabrikamScript = stableGuid(`${tenantIds.fabrikam}/script/Install Rosetta`);
const contosoApProfile = stableGuid(`${tenantIds.contoso}/approfile`);
const appleTokenId = stableGuid(`${tenantIds.contoso}/dep`);
const appleProfile = `${appleTokenId}_${stableGuid(`${tenantIds.contoso}/ade/ios`)}`;
const usbSetting = stableGuid(`${tenantIds.contoso}/reusable/usb`);
const usbTemplate = stableGuid('reusableTemplate/usb');
const printersTemplate = stableGuid('reusableTemplate/printers');
const catalogJson = JSON.stringify({ name: 'Windows - Edge', platforms: 'windows10', technologies: 'mdm', settings: [] });

const queued =
	(message: RegExp) =>
	([item]: Array<{ json: Record<string, unknown> }>) =>
		expect(item.json).toMatchObject({ status: 'queued', message: expect.stringMatching(message), followUp: expect.any(String) });

describeCatalogue('intune', {
	getManyDevices: {
		parameters: { tenantFilter: contoso, returnAll: true },
		request: { method: 'GET', endpoint: 'ListDevices', query: { tenantFilter: CONTOSO } },
		output: (items) => expect(items.map((item) => item.json.deviceName)).toContain('CONTOSO-LT-0142'),
	},
	runDeviceAction: {
		parameters: { tenantFilter: contoso, deviceId: locator('list', laptop.id), deviceAction: 'syncDevice' },
		request: { method: 'POST', endpoint: 'ExecDeviceAction', body: { tenantFilter: CONTOSO, GUID: laptop.id, Action: 'syncDevice' } },
		output: ([item]) =>
			expect(item.json).toMatchObject({ status: 'queued', message: `Queued syncDevice on ${laptop.id}`, followUp: expect.any(String) }),
	},
	resetPasscode: {
		parameters: { tenantFilter: contoso, deviceId: locator('list', iphone.id) },
		request: { method: 'POST', endpoint: 'ExecDeviceAction', body: { tenantFilter: CONTOSO, GUID: iphone.id, Action: 'resetPasscode' } },
		output: ([item]) =>
			expect(item.json).toMatchObject({ status: 'queued', message: `Queued resetPasscode on ${iphone.id}`, followUp: expect.any(String) }),
	},
	rotateLocalAdminPassword: {
		parameters: { tenantFilter: fabrikam, deviceId: locator('id', desktop.id) },
		request: {
			method: 'POST',
			endpoint: 'ExecDeviceAction',
			body: { tenantFilter: 'fabrikam.onmicrosoft.com', GUID: desktop.id, Action: 'RotateLocalAdminPassword' },
		},
		output: ([item]) =>
			expect(item.json).toMatchObject({ status: 'queued', followUp: expect.stringContaining('Get Local Admin Password') }),
	},
	setPrimaryUser: {
		parameters: { tenantFilter: contoso, deviceId: locator('id', iphone.id), primaryUser: locator('id', userIds.adeleVance) },
		request: {
			method: 'POST',
			endpoint: 'ExecDeviceAction',
			body: { tenantFilter: CONTOSO, GUID: iphone.id, Action: 'users', user: { value: userIds.adeleVance, label: userIds.adeleVance } },
		},
		output: ([item]) => expect(item.json.message).toBe(`Changed primary user on device ${iphone.id} to ${userIds.adeleVance}`),
	},
	getRecoveryKey: {
		parameters: { tenantFilter: contoso, keyType: 'BitLocker', deviceId: laptopEntraId },
		request: {
			method: 'POST',
			endpoint: 'ExecGetRecoveryKey',
			body: { tenantFilter: CONTOSO, RecoveryKeyType: 'BitLocker', GUID: laptopEntraId },
		},
		output: ([item]) => {
			expect(item.json).toMatchObject({ status: 'success', keyType: 'BitLocker', copyField: expect.stringMatching(/^(\d{6}-){7}\d{6}$/) });
			expect(item.json.message).toMatch(/Key: \[see copyField\]$/);
		},
	},
	getLocalAdminPassword: {
		parameters: { tenantFilter: contoso, entraDeviceId: laptopEntraId },
		request: { method: 'POST', endpoint: 'ExecGetLocalAdminPassword', body: { TenantFilter: CONTOSO, guid: laptopEntraId } },
		output: ([item]) => {
			expect(item.json).toMatchObject({ status: 'success', localAdminPassword: expect.stringMatching(/^Lp!/) });
			expect(item.json.message).toMatch(/^LAPS password retrieved for LapsAdmin, generated at 08\/20\/2026/);
		},
	},
	getManyAutopilotDevices: {
		parameters: { tenantFilter: contoso, returnAll: true },
		request: { method: 'GET', endpoint: 'ListAPDevices', query: { tenantFilter: CONTOSO } },
		output: (items) => expect(items.map((item) => item.json.serialNumber)).toEqual(['0F3K9PL24703', 'CZC1032FA']),
	},
	getManyAutopilotConfigs: {
		parameters: { tenantFilter: contoso, configType: 'ESP', returnAll: true },
		request: { method: 'GET', endpoint: 'ListAutopilotconfig', query: { tenantFilter: CONTOSO, type: 'ESP' } },
		output: (items) =>
			expect(items.map((item) => item.json['@odata.type'])).toEqual(['#microsoft.graph.windows10EnrollmentCompletionPageConfiguration']),
	},
	assignAutopilotDevice: {
		parameters: {
			tenantFilter: contoso,
			autopilotDeviceId: unassignedAutopilot,
			userPrincipalName: 'adele.vance@contoso.onmicrosoft.com',
			additionalFields: { serialNumber: 'CZC1032FA' },
		},
		request: {
			method: 'POST',
			endpoint: 'ExecAssignAPDevice',
			body: {
				tenantFilter: CONTOSO,
				device: unassignedAutopilot,
				user: {
					value: 'adele.vance@contoso.onmicrosoft.com',
					label: 'adele.vance@contoso.onmicrosoft.com',
					addedFields: { userPrincipalName: 'adele.vance@contoso.onmicrosoft.com' },
				},
				serialNumber: 'CZC1032FA',
			},
		},
		output: ([item]) =>
			expect(item.json.message).toBe(
				`Successfully assigned device: ${unassignedAutopilot} with Serial: CZC1032FA to  adele.vance@contoso.onmicrosoft.com for ${CONTOSO}`,
			),
	},
	deleteAutopilotDevice: {
		parameters: { tenantFilter: contoso, autopilotDeviceId: unassignedAutopilot },
		request: { method: 'POST', endpoint: 'RemoveAPDevice', body: { tenantFilter: CONTOSO, ID: unassignedAutopilot } },
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: `Deleted autopilot device ${unassignedAutopilot}` }),
	},
	syncAutopilotDevices: {
		// Not Contoso: Delete Autopilot Device just started Contoso's sync, and Intune allows one per 10 minutes.
		parameters: { tenantFilter: locator('domain', 'woodgrovebank.com') },
		request: { method: 'POST', endpoint: 'ExecSyncAPDevices', body: { tenantFilter: 'woodgrovebank.com' } },
		output: ([item]) => expect(item.json.message).toBe('Successfully Started Sync for woodgrovebank.com'),
	},
	getManyApps: {
		parameters: { tenantFilter: contoso, returnAll: true },
		request: { method: 'GET', endpoint: 'ListApps', query: { tenantFilter: CONTOSO } },
		output: (items) =>
			expect(items.find((item) => item.json.displayName === 'Company Portal')?.json.AppAssignment).toBe('All Licensed Users (required)'),
	},
	assignApp: {
		parameters: {
			tenantFilter: contoso,
			appId: sevenZip,
			intent: 'Available',
			assignTo: 'IT Admins',
			additionalFields: { excludeGroup: 'Sales Team', assignmentMode: 'replace' },
		},
		request: {
			method: 'POST',
			endpoint: 'ExecAssignApp',
			body: {
				tenantFilter: CONTOSO,
				ID: sevenZip,
				Intent: 'Available',
				AssignTo: 'IT Admins',
				excludeGroup: 'Sales Team',
				assignmentMode: 'replace',
			},
		},
		output: ([item]) => expect(item.json.message).toBe(`Assigned Application ${sevenZip} to IT Admins excluding group 'Sales Team'`),
	},
	deleteApp: {
		parameters: { tenantFilter: contoso, appId: sevenZip },
		request: { method: 'POST', endpoint: 'RemoveApp', body: { tenantFilter: CONTOSO, ID: sevenZip } },
		output: ([item]) => expect(item.json.message).toBe(`Successfully deleted app with ${sevenZip}`),
	},
	addChocoApp: {
		parameters: {
			tenants: `${CONTOSO}, ${tenantIds.fabrikam}`,
			packageName: 'googlechrome',
			applicationName: 'Google Chrome',
			additionalFields: { installAsSystem: true, assignTo: 'AllDevices' },
		},
		request: {
			method: 'POST',
			endpoint: 'AddChocoApp',
			body: {
				selectedTenants: [{ defaultDomainName: CONTOSO }, { customerId: tenantIds.fabrikam, defaultDomainName: tenantIds.fabrikam }],
				PackageName: 'googlechrome',
				ApplicationName: 'Google Chrome',
				InstallAsSystem: true,
				AssignTo: 'AllDevices',
			},
		},
		output: queued(/^Successfully added Choco App for contoso\.onmicrosoft\.com to queue\. Successfully added Choco App for 6e84b877/),
	},
	addStoreApp: {
		parameters: {
			tenants: 'fabrikam.onmicrosoft.com',
			packageName: '9WZDNCRFJ3PZ',
			applicationName: 'Company Portal',
			additionalFields: { installationIntent: true },
		},
		request: {
			method: 'POST',
			endpoint: 'AddStoreApp',
			body: {
				selectedTenants: [{ defaultDomainName: 'fabrikam.onmicrosoft.com' }],
				PackageName: '9WZDNCRFJ3PZ',
				ApplicationName: 'Company Portal',
				InstallationIntent: true,
			},
		},
		output: queued(/^Successfully added Store App for fabrikam\.onmicrosoft\.com to queue\.$/),
	},
	addMspApp: {
		parameters: {
			tenants: CONTOSO,
			rmmName: 'Huntress',
			displayName: 'Huntress Agent',
			additionalFields: { params: '{"Orgkey": "%tenantname%", "AccountKey": "abc123"}', assignTo: 'customGroup', customGroup: 'IT Admins' },
		},
		request: {
			method: 'POST',
			endpoint: 'AddMSPApp',
			body: {
				selectedTenants: [{ defaultDomainName: CONTOSO }],
				RMMName: { value: 'Huntress', label: 'Huntress' },
				DisplayName: 'Huntress Agent',
				params: { Orgkey: '%tenantname%', AccountKey: 'abc123' },
				AssignTo: 'customGroup',
				CustomGroup: 'IT Admins',
			},
		},
		output: queued(/^Successfully added MSP App for contoso\.onmicrosoft\.com to queue\./),
	},
	addOfficeApp: {
		parameters: {
			tenants: 'fabrikam.onmicrosoft.com',
			additionalFields: { excludedApps: ['groove', 'lync'], updateChannel: 'monthlyEnterprise', arch: true, assignTo: 'AllDevices' },
		},
		request: {
			method: 'POST',
			endpoint: 'AddOfficeApp',
			body: {
				selectedTenants: [{ defaultDomainName: 'fabrikam.onmicrosoft.com' }],
				excludedApps: [
					{ value: 'groove', label: 'groove' },
					{ value: 'lync', label: 'lync' },
				],
				updateChannel: { value: 'monthlyEnterprise', label: 'monthlyEnterprise' },
				arch: true,
				AssignTo: 'AllDevices',
			},
		},
		output: ([item]) =>
			expect(item.json).toEqual({ status: 'success', message: 'Successfully added Office App for fabrikam.onmicrosoft.com' }),
	},
	getManyQueuedApps: {
		parameters: { returnAll: true },
		request: { method: 'GET', endpoint: 'ListApplicationQueue' },
		output: (items) => {
			expect(items.map((item) => [item.json.tenantName, item.json.applicationName])).toEqual([
				[CONTOSO, 'Google Chrome'],
				[tenantIds.fabrikam, 'Google Chrome'],
				['fabrikam.onmicrosoft.com', 'Company Portal'],
				[CONTOSO, 'Huntress Agent'],
			]);
			expect(items[0].json.id).toBe(queueRowKey(0));
		},
	},
	deleteQueuedApp: {
		parameters: { queueId: queueRowKey(0) },
		request: { method: 'POST', endpoint: 'RemoveQueuedApp', body: { ID: queueRowKey(0) } },
		output: ([item]) => expect(item.json.message).toBe(`Removed application queue for ${queueRowKey(0)}.`),
	},
	processAppQueue: {
		parameters: {},
		request: { method: 'POST', endpoint: 'ExecAppUpload' },
		output: queued(/^Application upload job has started/),
	},
	getManyPolicies: {
		parameters: { tenantFilter: contoso, returnAll: true },
		request: { method: 'GET', endpoint: 'ListIntunePolicy', query: { tenantFilter: CONTOSO } },
		output: (items) =>
			expect(items.find((item) => item.json.displayName === 'Windows - Compliance')?.json).toMatchObject({
				URLName: 'deviceCompliancePolicies',
				PolicyAssignment: 'All Staff',
			}),
	},
	addPolicy: {
		parameters: {
			tenantFilter: contoso,
			displayName: 'Windows - Edge',
			templateType: 'Catalog',
			rawJson: catalogJson,
			additionalFields: { assignTo: 'AllDevices' },
		},
		request: {
			method: 'POST',
			endpoint: 'AddPolicy',
			body: { tenantFilter: CONTOSO, displayName: 'Windows - Edge', TemplateType: 'Catalog', RAWJson: catalogJson, AssignTo: 'AllDevices' },
		},
		output: ([item]) =>
			expect(item.json.messages).toEqual([
				expect.stringMatching(/^Successfully assigned group 'AllDevices' on Policy /),
				`Successfully added policy for ${CONTOSO} with display name Windows - Edge`,
			]),
	},
	assignPolicy: {
		parameters: {
			tenantFilter: contoso,
			policyId: locator('list', restrictions),
			policyType: 'deviceConfigurations',
			assignTo: 'All Staff',
		},
		request: {
			method: 'POST',
			endpoint: 'ExecAssignPolicy',
			body: { tenantFilter: CONTOSO, ID: restrictions, Type: 'deviceConfigurations', AssignTo: 'All Staff' },
		},
		output: ([item]) => expect(item.json.message).toBe(`Successfully assigned group 'All Staff' on Policy ${restrictions}`),
	},
	deletePolicy: {
		parameters: { tenantFilter: contoso, policyId: locator('list', restrictions), policyType: 'deviceConfigurations' },
		request: {
			method: 'POST',
			endpoint: 'RemovePolicy',
			body: { tenantFilter: CONTOSO, ID: restrictions, URLName: 'deviceConfigurations' },
		},
		output: ([item]) => expect(item.json.message).toBe(`Successfully deleted the deviceConfigurations policy with ID: ${restrictions}`),
	},
	getManyTemplates: {
		parameters: { returnAll: true },
		request: { method: 'GET', endpoint: 'ListIntuneTemplates' },
		output: (items) => expect(items.map((item) => item.json.Displayname)).toContain('Windows - Compliance'),
	},
	getManyScripts: {
		parameters: { tenantFilter: contoso, returnAll: true },
		request: { method: 'GET', endpoint: 'ListIntuneScript', query: { tenantFilter: CONTOSO } },
		output: (items) =>
			expect(items.map((item) => [item.json.displayName, item.json.scriptType])).toEqual([
				['Set time zone', 'Windows'],
				['Install Rosetta', 'MacOS'],
			]),
	},
	deleteScript: {
		parameters: {
			tenantFilter: contoso,
			scriptId: timeZoneScript,
			scriptType: 'Windows',
			additionalFields: { displayName: 'Set time zone' },
		},
		request: {
			method: 'POST',
			endpoint: 'RemoveIntuneScript',
			body: { TenantFilter: CONTOSO, ID: timeZoneScript, ScriptType: 'Windows', DisplayName: 'Set time zone' },
		},
		output: ([item]) => expect(item.json.message).toBe(`Deleted Windows script Set time zone with ID: ${timeZoneScript}`),
	},
	getManyCompliancePolicies: {
		parameters: { tenantFilter: contoso, returnAll: true },
		request: { method: 'GET', endpoint: 'ListCompliancePolicies', query: { tenantFilter: CONTOSO } },
		output: (items) =>
			expect(items.map((item) => [item.json.displayName, item.json.PolicyTypeName, item.json.PolicyAssignment])).toEqual([
				['Windows - Compliance', 'Windows 10/11 Compliance', 'All Staff'],
			]),
	},
	getManyAppProtectionPolicies: {
		parameters: { tenantFilter: locator('list', 'AllTenants'), additionalFields: { useReportDb: true }, returnAll: true },
		request: { method: 'GET', endpoint: 'ListAppProtectionPolicies', query: { tenantFilter: 'AllTenants', UseReportDB: 'true' } },
		output: (items) => {
			expect(items.map((item) => item.json.Tenant)).toContain(CONTOSO);
			expect(items.every((item) => item.json.PolicyTypeName === 'App Protection')).toBe(true);
		},
	},
	getDevice: {
		parameters: { tenantFilter: contoso, findBy: 'serial', serialNumber: String(laptop.serialNumber) },
		request: { method: 'GET', endpoint: 'ListDeviceDetails', query: { tenantFilter: CONTOSO, DeviceSerial: String(laptop.serialNumber) } },
		output: ([item]) => {
			expect(item.json).toMatchObject({ id: laptop.id, deviceName: 'CONTOSO-LT-0142' });
			expect((item.json.DetectedApps as Array<{ displayName: string }>).map((app) => app.displayName)).toContain('Microsoft Edge');
			expect(item.json.CompliancePolicies).toEqual([expect.objectContaining({ displayName: 'Windows - Compliance', state: 'compliant' })]);
		},
	},
	getManyDetectedApps: {
		parameters: { tenantFilter: contoso, additionalFields: { includeDevices: true }, returnAll: true },
		request: { method: 'GET', endpoint: 'ListDetectedApps', query: { tenantFilter: CONTOSO, includeDevices: 'true' } },
		output: (items) => {
			const edge = items.find((item) => item.json.displayName === 'Microsoft Edge')!;
			expect(edge.json.deviceCount).toBe(2);
			expect((edge.json.managedDevices as Array<{ deviceName: string }>).map((device) => device.deviceName).sort()).toEqual([
				'CONTOSO-LT-0142',
				'CONTOSO-MBP-007',
			]);
		},
	},
	getManyDetectedAppDevices: {
		parameters: { tenantFilter: contoso, detectedAppId: locator('id', sevenZipDetected), returnAll: true },
		request: { method: 'GET', endpoint: 'ListDetectedAppDevices', query: { tenantFilter: CONTOSO, AppID: sevenZipDetected } },
		output: (items) => expect(items.map((item) => item.json.deviceName)).toEqual(['CONTOSO-LT-0142']),
	},
	getAppInstallStatus: {
		parameters: { tenantFilter: contoso, appId: locator('id', companyPortal), returnAll: true },
		request: { method: 'GET', endpoint: 'ListAppStatus', query: { tenantFilter: CONTOSO, AppFilter: companyPortal } },
		output: (items) =>
			expect(items.map((item) => [item.json.DeviceName, item.json.InstallState, item.json.HexErrorCode])).toEqual([
				['CONTOSO-LT-0142', 'Installed', '0x0'],
			]),
	},
	getManyAndroidEnrollmentProfiles: {
		parameters: { tenantFilter: fabrikam, returnAll: true },
		request: { method: 'GET', endpoint: 'ListAndroidEnrollmentProfiles', query: { tenantFilter: 'fabrikam.onmicrosoft.com' } },
		output: (items) =>
			expect(items.map((item) => item.json.enrollmentMode)).toEqual(['corporateOwnedDedicatedDevice', 'corporateOwnedWorkProfile']),
	},
	getManyAppleEnrollmentProfiles: {
		parameters: { tenantFilter: contoso, returnAll: true },
		request: { method: 'GET', endpoint: 'ListAppleEnrollmentProfiles', query: { tenantFilter: CONTOSO } },
		output: (items) =>
			expect(items.map((item) => [item.json.displayName, item.json.platform, item.json.tokenName])).toEqual([
				['Corporate iPhone', 'iOS/iPadOS', 'Contoso ABM'],
			]),
	},
	syncVppTokens: {
		parameters: { tenantFilter: contoso },
		request: { method: 'POST', endpoint: 'ExecSyncVPP', body: { tenantFilter: CONTOSO } },
		output: queued(/^Successfully started VPP sync for 1 tokens$/),
	},
	syncAppleDevices: {
		parameters: { tenantFilter: contoso },
		request: { method: 'POST', endpoint: 'ExecSyncDEP', body: { tenantFilter: CONTOSO } },
		output: queued(/^Successfully started device sync for 1 Apple Business Manager connection$/),
	},
	runPasscodeAction: {
		parameters: { tenantFilter: fabrikam, deviceId: locator('list', android.id), passcodeAction: 'resetPasscode' },
		request: {
			method: 'POST',
			endpoint: 'ExecDevicePasscodeAction',
			body: { tenantFilter: 'fabrikam.onmicrosoft.com', GUID: android.id, Action: 'resetPasscode' },
		},
		output: ([item]) => expect(item.json).toMatchObject({ status: 'success', passcode: '482913' }),
	},
	searchBitlockerKeys: {
		parameters: { searchBy: 'deviceId', entraDeviceId: laptopEntraId, returnAll: true },
		request: { method: 'POST', endpoint: 'ExecBitlockerSearch', body: { deviceId: laptopEntraId } },
		output: (items) =>
			expect(items.map((item) => [item.json.tenant, item.json.deviceName, item.json.keyId])).toEqual([
				[CONTOSO, 'CONTOSO-LT-0142', stableGuid(`bitlocker/${laptop.id}`)],
			]),
	},
	getManyAssignmentFilters: {
		parameters: { tenantFilter: contoso, returnAll: true },
		request: { method: 'GET', endpoint: 'ListAssignmentFilters', query: { tenantFilter: CONTOSO } },
		output: (items) =>
			expect(items.map((item) => [item.json.id, item.json.displayName, item.json.platform])).toEqual([
				[corporateFilter, 'Corporate devices', 'windows10AndLater'],
			]),
	},
	createAssignmentFilter: {
		parameters: {
			tenants: `${CONTOSO}, fabrikam.onmicrosoft.com`,
			displayName: 'Surface devices',
			platform: 'windows10AndLater',
			rule: '(device.manufacturer -eq "Microsoft Corporation")',
			additionalFields: { description: 'Microsoft hardware' },
		},
		request: {
			method: 'POST',
			endpoint: 'AddAssignmentFilter',
			body: {
				tenantFilter: [
					{ value: CONTOSO, label: CONTOSO },
					{ value: 'fabrikam.onmicrosoft.com', label: 'fabrikam.onmicrosoft.com' },
				],
				displayName: 'Surface devices',
				platform: 'windows10AndLater',
				rule: '(device.manufacturer -eq "Microsoft Corporation")',
				description: 'Microsoft hardware',
			},
		},
		output: ([item]) =>
			expect(item.json.messages).toEqual([
				`Successfully created assignment filter Surface devices for ${CONTOSO}`,
				'Successfully created assignment filter Surface devices for fabrikam.onmicrosoft.com',
			]),
	},
	updateAssignmentFilter: {
		parameters: {
			tenantFilter: contoso,
			filterId: locator('list', corporateFilter),
			updateFields: { rule: '(device.deviceOwnership -eq "Corporate") and (device.osVersion -startsWith "10.0.2")' },
		},
		request: {
			method: 'POST',
			endpoint: 'EditAssignmentFilter',
			body: {
				tenantFilter: CONTOSO,
				filterId: corporateFilter,
				rule: '(device.deviceOwnership -eq "Corporate") and (device.osVersion -startsWith "10.0.2")',
			},
		},
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: 'Successfully updated assignment filter ' }),
	},
	deleteAssignmentFilter: {
		parameters: { tenantFilter: contoso, filterId: locator('id', corporateFilter) },
		request: { method: 'POST', endpoint: 'ExecAssignmentFilter', body: { tenantFilter: CONTOSO, ID: corporateFilter, Action: 'Delete' } },
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: 'Successfully deleted assignment filter' }),
	},
	createAssignmentFilterTemplate: {
		parameters: { displayName: 'iOS corporate', platform: 'iOS', rule: '(device.deviceOwnership -eq "Corporate")' },
		request: {
			method: 'POST',
			endpoint: 'AddAssignmentFilterTemplate',
			body: { displayName: 'iOS corporate', platform: 'iOS', rule: '(device.deviceOwnership -eq "Corporate")' },
		},
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: 'Successfully added template' }),
	},
	getManyAssignmentFilterTemplates: {
		parameters: { returnAll: true },
		request: { method: 'GET', endpoint: 'ListAssignmentFilterTemplates' },
		output: (items) =>
			expect(items.map((item) => [item.json.GUID, item.json.displayName, item.json.platform])).toEqual([
				[surfaceFilterTemplate, 'Surface devices', 'windows10AndLater'],
			]),
	},
	deleteAssignmentFilterTemplate: {
		parameters: { templateId: locator('list', surfaceFilterTemplate) },
		request: { method: 'POST', endpoint: 'RemoveAssignmentFilterTemplate', body: { ID: surfaceFilterTemplate } },
		output: ([item]) => expect(item.json.message).toBe(`Removed Assignment Filter Template with ID ${surfaceFilterTemplate}`),
	},
	createTemplate: {
		parameters: {
			source: 'policy',
			tenantFilter: contoso,
			policyId: locator('id', compliancePolicy),
			policyType: 'deviceCompliancePolicies',
		},
		request: {
			method: 'POST',
			endpoint: 'AddIntuneTemplate',
			body: { tenantFilter: CONTOSO, ID: compliancePolicy, URLName: 'deviceCompliancePolicies' },
		},
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: 'Successfully added template' }),
	},
	deleteTemplate: {
		parameters: { templateId: locator('id', defenderTemplate) },
		request: { method: 'POST', endpoint: 'RemoveIntuneTemplate', body: { ID: defenderTemplate } },
		output: ([item]) => expect(item.json.message).toBe(`Removed Intune Template with ID ${defenderTemplate}.`),
	},
	getManyAppTemplates: {
		parameters: { returnAll: true },
		request: { method: 'GET', endpoint: 'ListAppTemplates' },
		output: (items) =>
			expect(items.map((item) => [item.json.GUID, item.json.displayName, item.json.appNames])).toEqual([
				[workstationTemplate, 'Standard workstation', ['7-Zip']],
			]),
	},
	createAppTemplate: {
		parameters: {
			displayName: 'Browsers',
			apps: '[{"appType": "chocolateyApp", "appName": "Firefox", "config": {"PackageName": "firefox", "ApplicationName": "Mozilla Firefox"}}]',
		},
		request: {
			method: 'POST',
			endpoint: 'AddAppTemplate',
			body: {
				displayName: 'Browsers',
				apps: [{ appType: 'chocolateyApp', appName: 'Firefox', config: { PackageName: 'firefox', ApplicationName: 'Mozilla Firefox' } }],
			},
		},
		output: ([item]) => expect(item.json.message).toBe("Successfully saved app template 'Browsers' with 1 app(s)"),
	},
	deployAppTemplate: {
		parameters: { templateId: locator('list', workstationTemplate), tenants: CONTOSO, additionalFields: { assignTo: 'allLicensedUsers' } },
		request: {
			method: 'POST',
			endpoint: 'ExecDeployAppTemplate',
			body: { templateId: workstationTemplate, selectedTenants: [{ defaultDomainName: CONTOSO }], AssignTo: 'AllUsers' },
		},
		output: queued(/^Successfully added Choco App for contoso\.onmicrosoft\.com to queue\.$/),
	},
	deleteAppTemplate: {
		parameters: { templateId: locator('id', workstationTemplate) },
		request: { method: 'POST', endpoint: 'RemoveAppTemplate', body: { ID: workstationTemplate } },
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: 'Successfully removed app template' }),
	},
	updatePolicy: {
		parameters: {
			tenantFilter: contoso,
			policyId: locator('id', compliancePolicy),
			policyType: 'deviceCompliancePolicies',
			updateFields: { newDisplayName: 'Windows - Compliance (BitLocker)', description: 'Requires BitLocker' },
		},
		request: {
			method: 'POST',
			endpoint: 'EditIntunePolicy',
			body: {
				tenantFilter: CONTOSO,
				ID: compliancePolicy,
				policyType: 'deviceCompliancePolicies',
				newDisplayName: 'Windows - Compliance (BitLocker)',
				description: 'Requires BitLocker',
				platformType: 'deviceManagement',
			},
		},
		output: ([item]) =>
			expect(item.json.message).toBe(
				`Successfully updated Intune policy ${compliancePolicy} name to 'Windows - Compliance (BitLocker)' and description`,
			),
	},
	updateScript: {
		parameters: { tenantFilter: fabrikam, scriptId: fabrikamScript, scriptType: 'MacOS', changes: '{"description": "Apple silicon only"}' },
		request: {
			method: 'POST',
			endpoint: 'EditIntuneScript',
			body: {
				TenantFilter: 'fabrikam.onmicrosoft.com',
				ScriptId: fabrikamScript,
				ScriptType: 'MacOS',
				IntuneScript: '{"description":"Apple silicon only"}',
			},
		},
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: `Updated MacOS script ${fabrikamScript}` }),
	},
	createAutopilotProfile: {
		parameters: {
			tenantFilter: fabrikam,
			displayName: 'Fabrikam Kiosk',
			additionalFields: { selfDeploying: true, language: 'en-US', assignAllDevices: true },
		},
		request: {
			method: 'POST',
			endpoint: 'AddAutopilotConfig',
			body: {
				selectedTenants: { value: 'fabrikam.onmicrosoft.com', label: 'fabrikam.onmicrosoft.com' },
				DisplayName: 'Fabrikam Kiosk',
				DeploymentMode: true,
				languages: { value: 'en-US', label: 'en-US' },
				Assignto: true,
			},
		},
		output: ([item]) =>
			expect(item.json).toEqual({ status: 'success', message: 'Successfully Added profile for fabrikam.onmicrosoft.com' }),
	},
	deleteAutopilotProfile: {
		parameters: {
			tenantFilter: contoso,
			profileId: locator('list', contosoApProfile),
			additionalFields: { displayName: 'CIPP Default Autopilot Profile' },
		},
		request: {
			method: 'POST',
			endpoint: 'RemoveAutopilotConfig',
			body: { tenantFilter: CONTOSO, ID: contosoApProfile, displayName: 'CIPP Default Autopilot Profile' },
		},
		output: ([item]) => expect(item.json.message).toBe("Successfully deleted Autopilot profile 'CIPP Default Autopilot Profile' "),
	},
	setEnrollmentStatusPage: {
		parameters: { tenantFilter: contoso, additionalFields: { showProgress: true, timeoutMinutes: 90, allowRetry: true } },
		request: {
			method: 'POST',
			endpoint: 'AddEnrollment',
			body: { selectedTenants: { value: CONTOSO, label: CONTOSO }, ShowProgress: true, TimeOutInMinutes: 90, blockDevice: true },
		},
		output: ([item]) => expect(item.json.message).toBe(`Successfully changed default enrollment status page for ${CONTOSO}`),
	},
	deleteEnrollmentProfile: {
		parameters: {
			tenantFilter: contoso,
			profileType: 'apple',
			profileId: appleProfile,
			tokenId: appleTokenId,
			additionalFields: { displayName: 'Corporate iPhone' },
		},
		request: {
			method: 'POST',
			endpoint: 'ExecRemoveEnrollmentProfile',
			body: {
				tenantFilter: CONTOSO,
				profileType: 'apple',
				profileId: appleProfile,
				tokenId: appleTokenId,
				displayName: 'Corporate iPhone',
			},
		},
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: 'Deleted enrollment profile Corporate iPhone' }),
	},
	getManyIntents: {
		parameters: { tenantFilter: contoso, returnAll: true },
		request: { method: 'GET', endpoint: 'ListIntuneIntents', query: { tenantFilter: CONTOSO } },
		output: (items) =>
			expect(items.map((item) => [item.json.displayName, item.json.isAssigned])).toEqual([
				['IntuneIntents 1', true],
				['IntuneIntents 2', false],
			]),
	},
	getManyApprovalRequests: {
		parameters: { tenantFilter: contoso, returnAll: true },
		request: { method: 'GET', endpoint: 'ListIntuneApprovalRequests', query: { tenantFilter: CONTOSO } },
		output: (items) => expect(items.map((item) => item.json.status)).toEqual(['needsApproval', 'approved']),
	},
	searchAppPackages: {
		parameters: { packageSource: 'Choco', searchString: 'chrome', returnAll: true },
		request: { method: 'POST', endpoint: 'ListPotentialApps', body: { type: 'Choco', SearchString: 'chrome' } },
		output: (items) => expect(items.map((item) => item.json)).toEqual([{ applicationName: 'Google Chrome', packagename: 'googlechrome' }]),
	},
	clonePolicy: {
		parameters: {
			tenantFilter: contoso,
			policyId: locator('list', compliancePolicy),
			policyType: 'deviceCompliancePolicies',
			newDisplayName: 'Windows - Compliance (pilot)',
		},
		request: {
			method: 'POST',
			endpoint: 'AddIntunePolicyClone',
			body: {
				tenantFilter: CONTOSO,
				ID: compliancePolicy,
				URLName: 'deviceCompliancePolicies',
				newDisplayName: 'Windows - Compliance (pilot)',
			},
		},
		output: ([item]) =>
			expect(item.json.message).toMatch(/^Successfully cloned Intune policy 'Windows - Compliance.*' to 'Windows - Compliance \(pilot\)'$/),
	},
	getManyReusableSettings: {
		parameters: { tenantFilter: contoso, returnAll: true },
		request: { method: 'GET', endpoint: 'ListIntuneReusableSettings', query: { tenantFilter: CONTOSO } },
		output: (items) => expect(items.map((item) => [item.json.id, item.json.displayName])).toEqual([[usbSetting, 'Approved USB drives']]),
	},
	deleteReusableSetting: {
		parameters: { tenantFilter: contoso, settingId: locator('list', usbSetting), additionalFields: { displayName: 'Approved USB drives' } },
		request: {
			method: 'POST',
			endpoint: 'RemoveIntuneReusableSetting',
			body: { tenantFilter: CONTOSO, ID: usbSetting, DisplayName: 'Approved USB drives' },
		},
		output: ([item]) => expect(item.json.message).toBe(`Deleted Intune reusable setting 'Approved USB drives' (${usbSetting})`),
	},
	getManyReusableSettingTemplates: {
		parameters: { additionalFields: { templateId: usbTemplate }, returnAll: true },
		request: { method: 'GET', endpoint: 'ListIntuneReusableSettingTemplates', query: { ID: usbTemplate } },
		output: (items) => expect(items.map((item) => item.json.displayName)).toEqual(['Approved USB drives']),
	},
	createReusableSettingTemplate: {
		parameters: {
			displayName: 'Blocked webcams',
			rawJson: '{"displayName": "Blocked webcams", "settingInstance": {}}',
			additionalFields: { description: 'Camera group' },
		},
		request: {
			method: 'POST',
			endpoint: 'AddIntuneReusableSettingTemplate',
			body: {
				displayName: 'Blocked webcams',
				rawJSON: '{"displayName": "Blocked webcams", "settingInstance": {}}',
				description: 'Camera group',
			},
		},
		output: ([item]) => expect(item.json.message).toBe('Successfully added reusable setting template'),
	},
	deployReusableSettingTemplate: {
		parameters: { tenantFilter: fabrikam, templateId: locator('list', printersTemplate) },
		request: {
			method: 'POST',
			endpoint: 'AddIntuneReusableSetting',
			body: { tenantFilter: 'fabrikam.onmicrosoft.com', TemplateId: printersTemplate },
		},
		output: ([item]) => expect(item.json.message).toBe(`Created reusable setting 'Blocked printers' in tenant fabrikam.onmicrosoft.com`),
	},
	deleteReusableSettingTemplate: {
		parameters: { templateId: locator('id', usbTemplate) },
		request: { method: 'POST', endpoint: 'RemoveIntuneReusableSettingTemplate', body: { ID: usbTemplate } },
		output: ([item]) => expect(item.json.message).toBe(`Removed Intune reusable setting template with ID ${usbTemplate}`),
	},
	importAutopilotDevices: {
		parameters: {
			tenantFilter: fabrikam,
			devices: '[{"SerialNumber": "5CG6101ABC", "oemManufacturerName": "HP", "modelName": "HP EliteBook 840 G10"}]',
			additionalFields: { groupName: 'Fabrikam-2026-12' },
		},
		request: {
			method: 'POST',
			endpoint: 'AddAPDevice',
			body: {
				TenantFilter: { value: 'fabrikam.onmicrosoft.com', label: 'fabrikam.onmicrosoft.com' },
				autopilotData: [{ SerialNumber: '5CG6101ABC', oemManufacturerName: 'HP', modelName: 'HP EliteBook 840 G10' }],
				Groupname: 'Fabrikam-2026-12',
			},
		},
		output: ([item]) =>
			expect(item.json).toEqual({ status: 'success', message: '5CG6101ABC: Finished', devices: ['5CG6101ABC: Finished'] }),
	},
	addScriptApp: {
		parameters: {
			tenants: CONTOSO,
			applicationName: 'Contoso Agent',
			installScript: 'Start-Process msiexec -ArgumentList "/i agent.msi /qn" -Wait',
			additionalFields: {
				detectionPath: 'C:\\Program Files\\Contoso',
				detectionFile: 'agent.exe',
				installAsSystem: true,
				assignTo: 'AllDevices',
			},
		},
		request: {
			method: 'POST',
			endpoint: 'AddWin32ScriptApp',
			body: {
				selectedTenants: [{ defaultDomainName: CONTOSO }],
				ApplicationName: 'Contoso Agent',
				installScript: 'Start-Process msiexec -ArgumentList "/i agent.msi /qn" -Wait',
				detectionPath: 'C:\\Program Files\\Contoso',
				detectionFile: 'agent.exe',
				InstallAsSystem: true,
				AssignTo: 'AllDevices',
			},
		},
		output: queued(/^Successfully added Win32 Script App for contoso\.onmicrosoft\.com to queue\.$/),
	},
	getManyCves: {
		parameters: { tenantFilter: contoso, returnAll: true },
		request: { method: 'GET', endpoint: 'ListCVEManagement', query: { tenantFilter: CONTOSO } },
		output: (items) =>
			expect(items.map((item) => [item.json.cveId, item.json.deviceCount, item.json.exceptionType])).toEqual([
				['CVE-2025-21298', 1, 'Risk Accepted'],
				['CVE-2025-24054', 1, null],
			]),
	},
	removeCveException: {
		parameters: { cveId: 'CVE-2025-21298', removeScope: 'CurrentTenant', tenantFilter: contoso },
		request: {
			method: 'POST',
			endpoint: 'ExecRemoveCippCveException',
			body: { cveId: 'CVE-2025-21298', removeScope: 'CurrentTenant', tenantFilter: CONTOSO },
		},
		output: ([item]) =>
			expect(item.json).toEqual({ status: 'success', message: 'Successfully removed 1 exception(s) for CVE CVE-2025-21298', removed: 1 }),
	},
	renameAutopilotDevice: {
		parameters: {
			tenantFilter: contoso,
			autopilotDevice: laptopAutopilotPick,
			displayName: 'PC-0150',
			additionalFields: { serialNumber: '0F3K9PL24703' },
		},
		request: {
			method: 'POST',
			endpoint: 'ExecRenameAPDevice',
			body: { ...laptopAutopilotBody, displayName: 'PC-0150', serialNumber: '0F3K9PL24703' },
		},
		output: ([item]) =>
			expect(item.json.message).toBe(`Successfully renamed device '${laptopAutopilot}' with serial number '0F3K9PL24703' to 'PC-0150'`),
	},
	addCveException: {
		// Remove CVE Exception above removed Contoso's exception for this CVE: it is added again.
		parameters: {
			cveId: 'CVE-2025-21298',
			applyTo: 'CurrentTenant',
			tenantFilter: contoso,
			exceptionType: 'Risk Accepted',
			justification: 'Legacy viewer',
		},
		request: {
			method: 'POST',
			endpoint: 'ExecAddCippCveException',
			body: {
				cveId: 'CVE-2025-21298',
				applyTo: 'CurrentTenant',
				tenantFilter: CONTOSO,
				exceptionType: 'Risk Accepted',
				justification: 'Legacy viewer',
			},
		},
		output: ([item]) =>
			expect(item.json).toMatchObject({ message: 'Successfully applied exception to CVE CVE-2025-21298', added: 1, updated: 0 }),
	},
	comparePolicy: {
		parameters: { templateId: locator('id', complianceTemplate), tenantFilter: fabrikam },
		request: {
			method: 'POST',
			endpoint: 'ExecCompareIntunePolicy',
			body: {
				sourceA: { type: 'template', templateGuid: complianceTemplate },
				sourceB: { type: 'tenantPolicyByTemplate', templateGuid: complianceTemplate, tenantFilter: 'fabrikam.onmicrosoft.com' },
			},
		},
		output: ([item]) => {
			expect(item.json).toMatchObject({
				identical: false,
				sourceALabel: 'Windows - Compliance (Template)',
				sourceBLabel: 'Windows - Compliance (fabrikam.onmicrosoft.com)',
			});
			expect(item.json.Results).toContainEqual({ Property: 'bitLockerEnabled', ExpectedValue: true, ReceivedValue: '' });
		},
	},
	setAutopilotGroupTag: {
		parameters: { tenantFilter: contoso, autopilotDevice: laptopAutopilotPick, groupTag: 'Sales' },
		request: { method: 'POST', endpoint: 'ExecSetAPDeviceGroupTag', body: { ...laptopAutopilotBody, groupTag: 'Sales' } },
		output: ([item]) =>
			expect(item.json).toEqual({
				status: 'success',
				message: `Successfully updated group tag for device '${laptopAutopilot}' with serial number '' to 'Sales'`,
			}),
	},
	...defenderExamples,
	...orgMessageExamples,
});

describe('intune operations: failures and follow-ups', () => {
	const currentSandbox = sandboxPerFile();
	let sandbox: CippSandbox;
	beforeEach(() => {
		sandbox = currentSandbox();
	});

	test("an action on an unknown device fails with Graph's text", async () => {
		const unknown = '0b5e2c1a-7f3d-4e8b-9a6c-2d1f4e7a9b3c';
		const run = await runOperation(sandbox, 'intune', 'runDeviceAction', {
			tenantFilter: contoso,
			deviceId: locator('id', unknown),
			deviceAction: 'rebootNow',
		});
		expect(run.requests[0].status).toBe(500);
		expect(run.error?.message).toMatch(new RegExp(`Failed to queue action rebootNow on ${unknown} : Resource '${unknown}' does not exist`));
	});

	test("a tenant without Intune gets CIPP's licence message", async () => {
		const run = await runOperation(sandbox, 'intune', 'getManyAutopilotDevices', {
			tenantFilter: locator('domain', 'tailspin.onmicrosoft.com'),
			returnAll: true,
		});
		expect(run.requests[0].status).toBe(403);
		expect(run.error?.message).toMatch(/Required license not available for this tenant/);
	});

	test('a LAPS lookup that fails answers HTTP 200, and the item still fails', async () => {
		const unknown = '7d3f1b9e-2a4c-4e6d-8f0a-1b3c5d7e9f2a';
		const run = await runOperation(sandbox, 'intune', 'getLocalAdminPassword', { tenantFilter: contoso, entraDeviceId: unknown });
		expect(run.requests[0].status).toBe(200);
		expect(run.error?.message).toMatch(/Could not retrieve LAPS password for 7d3f1b9e.* Error: Resource '7d3f1b9e/);
	});

	test('rotate, then read: a new LAPS password, included, masked or omitted as asked', async () => {
		const read = async (passwordOutput: string) =>
			(
				await runOperation(sandbox, 'intune', 'getLocalAdminPassword', {
					tenantFilter: fabrikam,
					entraDeviceId: String(desktop.azureADDeviceId),
					passwordOutput,
				})
			).items[0].json;
		const before = (await read('include')).localAdminPassword as string;
		expect(
			(await runOperation(sandbox, 'intune', 'rotateLocalAdminPassword', { tenantFilter: fabrikam, deviceId: locator('id', desktop.id) }))
				.error,
		).toBeUndefined();
		const after = await read('include');
		expect(after.localAdminPassword).toEqual(expect.stringMatching(/^Lp!/));
		expect(after.localAdminPassword).not.toBe(before);
		const password = String(after.localAdminPassword);
		const masked = await read('mask');
		expect(masked).toMatchObject({
			maskedLocalAdminPassword: `${password.slice(0, 2)}${'*'.repeat(password.length - 4)}${password.slice(-2)}`,
		});
		expect(JSON.stringify(masked)).not.toContain(password);
		const omitted = await read('omit');
		expect(Object.keys(omitted).sort()).toEqual(['message', 'status']);
		expect(JSON.stringify(omitted)).not.toContain(password);
	});

	test('a device without a LAPS backup gives no password', async () => {
		const device = fixtures.devices.find((candidate) => candidate.deviceName === 'WGB-LT-0009')!;
		const run = await runOperation(sandbox, 'intune', 'getLocalAdminPassword', {
			tenantFilter: locator('domain', 'woodgrovebank.com'),
			entraDeviceId: String(device.azureADDeviceId),
		});
		expect(run.requests[0].status).toBe(200);
		expect(run.items[0].json).toEqual({ status: 'notFound', message: `No LAPS password found for ${device.azureADDeviceId}` });
	});

	test('FileVault keys are looked up by Intune device ID', async () => {
		const run = await runOperation(sandbox, 'intune', 'getRecoveryKey', { tenantFilter: contoso, keyType: 'FileVault', deviceId: mac.id });
		expect(run.items[0].json).toMatchObject({ status: 'success', message: 'Key: [see copyField]', copyField: expect.any(String) });
	});

	test('Create Reusable Setting Template, then Get Many Reusable Setting Templates lists it', async () => {
		const created = await runOperation(sandbox, 'intune', 'createReusableSettingTemplate', {
			displayName: 'Blocked cameras',
			rawJson: '{"displayName": "Blocked cameras"}',
		});
		expect(created.items[0].json.message).toBe('Successfully added reusable setting template');
		const listed = await runOperation(sandbox, 'intune', 'getManyReusableSettingTemplates', { returnAll: true });
		expect(listed.items.map((item) => item.json.displayName)).toContain('Blocked cameras');
	});

	test('Deploy Reusable Setting Template creates a setting that Get Many then lists; deployed again, CIPP reports it compliant; an unknown template fails', async () => {
		const deploy = async (templateId: string) =>
			await runOperation(sandbox, 'intune', 'deployReusableSettingTemplate', {
				tenantFilter: contoso,
				templateId: locator('id', templateId),
			});
		expect((await deploy(printersTemplate)).items[0].json.message).toBe(`Created reusable setting 'Blocked printers' in tenant ${CONTOSO}`);
		const settings = await runOperation(sandbox, 'intune', 'getManyReusableSettings', { tenantFilter: contoso, returnAll: true });
		expect(settings.items.find((item) => item.json.displayName === 'Blocked printers')?.json.description).toBe('Printer protection group');
		expect((await deploy(printersTemplate)).items[0].json.message).toBe("Reusable setting 'Blocked printers' is already compliant.");
		const unknown = await deploy('7d3f1b9e-2a4c-4e6d-8f0a-1b3c5d7e9f2a');
		expect(unknown.requests[0].status).toBe(404);
		expect(unknown.error?.message).toMatch(/Template 7d3f1b9e-2a4c-4e6d-8f0a-1b3c5d7e9f2a not found/);
	});

	test('a second Autopilot sync within 10 minutes is refused', async () => {
		const parameters = { tenantFilter: locator('domain', 'fabrikam.onmicrosoft.com') };
		expect((await runOperation(sandbox, 'intune', 'syncAutopilotDevices', parameters)).error).toBeUndefined();
		const second = await runOperation(sandbox, 'intune', 'syncAutopilotDevices', parameters);
		expect(second.requests[0].status).toBe(403);
		expect(second.error?.message).toMatch(/Did you try syncing in the last 10 minutes\?/);
	});

	test('Assign Autopilot Device sends the Greeting Name inside the user; left empty, CIPP clears it', async () => {
		const assign = async (extra: Record<string, string>) =>
			await runOperation(sandbox, 'intune', 'assignAutopilotDevice', {
				tenantFilter: contoso,
				autopilotDeviceId: unassignedAutopilot,
				userPrincipalName: 'adele.vance@contoso.onmicrosoft.com',
				...extra,
			});
		const greeted = await assign({ addressableUserName: 'Adele Vance' });
		expect(greeted.requests[0].body).toMatchObject({
			user: { addedFields: { userPrincipalName: 'adele.vance@contoso.onmicrosoft.com', addressableUserName: 'Adele Vance' } },
		});
		const greeting = async () =>
			(await runOperation(sandbox, 'intune', 'getManyAutopilotDevices', { tenantFilter: contoso, returnAll: true })).items.find(
				(item) => item.json.id === unassignedAutopilot,
			)?.json.addressableUserName;
		expect(await greeting()).toBe('Adele Vance');
		await assign({});
		expect(await greeting()).toBeNull();
		expect(JSON.stringify(assignAutopilotDeviceOperation.parameters)).toMatch(/Left empty, CIPP clears the device's greeting name/);
	});

	test('Delete Autopilot Device right after a sync: CIPP answers 500 for the refused sync, the node finds the device gone and warns', async () => {
		const woodgrove = locator('domain', 'woodgrovebank.com');
		const devices = await runOperation(sandbox, 'intune', 'getManyAutopilotDevices', { tenantFilter: woodgrove, returnAll: true });
		const [first, second] = devices.items.map((item) => String(item.json.id));
		expect(
			(await runOperation(sandbox, 'intune', 'deleteAutopilotDevice', { tenantFilter: woodgrove, autopilotDeviceId: first })).items[0].json
				.status,
		).toBe('success');
		const run = await runOperation(sandbox, 'intune', 'deleteAutopilotDevice', { tenantFilter: woodgrove, autopilotDeviceId: second });
		expect(run.requests.map((request) => [request.endpoint, request.status])).toEqual(
			expect.arrayContaining([
				['RemoveAPDevice', 500],
				['ListAPDevices', 200],
			]),
		);
		expect(run.items[0].json).toMatchObject({
			status: 'warning',
			message: expect.stringMatching(new RegExp(`^Deleted autopilot device ${second}, but CIPP's Autopilot sync afterwards failed`)),
		});
	});

	test('Autopilot assigns by user principal name only', async () => {
		const run = await runOperation(sandbox, 'intune', 'assignAutopilotDevice', {
			tenantFilter: contoso,
			autopilotDeviceId: unassignedAutopilot,
			userPrincipalName: userIds.adeleVance,
		});
		expect(run.requests).toHaveLength(0);
		expect(run.error?.message).toMatch(/is an object ID/);
	});

	test('a queued Store app is deployed by Process App Queue and then listed with its assignment', async () => {
		await runOperation(sandbox, 'intune', 'addStoreApp', {
			tenants: 'woodgrovebank.com',
			packageName: 'XP89DCGQ3K6VLD',
			applicationName: 'Microsoft PowerToys',
			additionalFields: { assignTo: 'AllDevices' },
		});
		expect(
			(await runOperation(sandbox, 'intune', 'getManyQueuedApps', { returnAll: true })).items.map((item) => item.json.applicationName),
		).toEqual(['Microsoft PowerToys']);
		await runOperation(sandbox, 'intune', 'processAppQueue', {});
		expect((await runOperation(sandbox, 'intune', 'getManyQueuedApps', { returnAll: true })).items).toHaveLength(0);
		const apps = await runOperation(sandbox, 'intune', 'getManyApps', {
			tenantFilter: locator('domain', 'woodgrovebank.com'),
			returnAll: true,
		});
		expect(apps.items.find((item) => item.json.displayName === 'Microsoft PowerToys')?.json).toMatchObject({
			'@odata.type': '#microsoft.graph.winGetApp',
			packageIdentifier: 'XP89DCGQ3K6VLD',
			AppAssignment: 'All Devices (required)',
		});
	});

	test('Assign App with an Assignment Filter: a filter CIPP finds by name is put on the targets; a name it does not find is dropped without a word', async () => {
		const assignWith = async (assignmentFilterName: string) => {
			const run = await runOperation(sandbox, 'intune', 'assignApp', {
				tenantFilter: contoso,
				appId: sevenZip,
				intent: 'Required',
				assignTo: 'AllDevices',
				additionalFields: { assignmentFilterName, assignmentMode: 'replace' },
			});
			expect(run.items[0].json.status).toBe('success');
			const apps = await runOperation(sandbox, 'intune', 'getManyApps', { tenantFilter: contoso, returnAll: true });
			const app = apps.items.find((item) => item.json.id === sevenZip)?.json as { assignments: Array<{ target: Record<string, unknown> }> };
			return app.assignments.map((assignment) => assignment.target);
		};
		expect(await assignWith('corporate*')).toEqual([
			expect.objectContaining({
				deviceAndAppManagementAssignmentFilterId: stableGuid(`${tenantIds.contoso}/filter/corporate`),
				deviceAndAppManagementAssignmentFilterType: 'include',
			}),
		]);
		const [unfiltered] = await assignWith('No such filter');
		expect(unfiltered).not.toHaveProperty('deviceAndAppManagementAssignmentFilterId');
	});

	test('Mark for Uninstall (InstallationIntent) makes CIPP assign the new app with intent Uninstall, and the editor says so', async () => {
		const field = JSON.stringify(addStoreAppOperation.parameters);
		expect(field).toMatch(/"displayName":"Mark for Uninstall","name":"installationIntent"/);
		await runOperation(sandbox, 'intune', 'addStoreApp', {
			tenants: 'woodgrovebank.com',
			packageName: '9NBLGGH4NNS1',
			applicationName: 'App Installer',
			additionalFields: { assignTo: 'AllDevices', installationIntent: true },
		});
		await runOperation(sandbox, 'intune', 'processAppQueue', {});
		const apps = await runOperation(sandbox, 'intune', 'getManyApps', {
			tenantFilter: locator('domain', 'woodgrovebank.com'),
			returnAll: true,
		});
		expect(apps.items.find((item) => item.json.displayName === 'App Installer')?.json.AppAssignment).toBe('All Devices (uninstall)');
	});

	test('All Licensed Users for a new app is sent as AllUsers, the target CIPP assigns apps with', async () => {
		const queuedRun = await runOperation(sandbox, 'intune', 'addChocoApp', {
			tenants: 'woodgrovebank.com',
			packageName: 'vlc',
			applicationName: 'VLC',
			additionalFields: { assignTo: 'allLicensedUsers' },
		});
		expect(queuedRun.requests[0].body).toMatchObject({ AssignTo: 'AllUsers' });
		await runOperation(sandbox, 'intune', 'processAppQueue', {});
		const office = await runOperation(sandbox, 'intune', 'addOfficeApp', {
			tenants: 'woodgrovebank.com',
			additionalFields: { assignTo: 'allLicensedUsers' },
		});
		expect(office.error).toBeUndefined();
		const apps = await runOperation(sandbox, 'intune', 'getManyApps', {
			tenantFilter: locator('domain', 'woodgrovebank.com'),
			returnAll: true,
		});
		const assignment = (name: string) => apps.items.find((item) => item.json.displayName === name)?.json.AppAssignment;
		expect(assignment('VLC')).toBe('All Licensed Users (required)');
		expect(assignment('Microsoft 365 Apps for Windows 10 and later')).toBe('All Licensed Users (required)');
	});

	test('Add Office App: excludedApps carries every Graph key, InfoPath and SharePoint Designer always excluded (Get-CIPPOfficeAppBody)', async () => {
		const run = await runOperation(sandbox, 'intune', 'addOfficeApp', {
			tenants: 'northwind.onmicrosoft.com',
			additionalFields: { excludedApps: ['groove', 'lync'] },
		});
		expect(run.error).toBeUndefined();
		const apps = await runOperation(sandbox, 'intune', 'getManyApps', {
			tenantFilter: locator('domain', 'northwind.onmicrosoft.com'),
			returnAll: true,
		});
		const office = apps.items.find((item) => item.json['@odata.type'] === '#microsoft.graph.officeSuiteApp');
		expect(office?.json.excludedApps).toEqual({
			infoPath: true,
			sharePointDesigner: true,
			excel: false,
			groove: true,
			lync: true,
			oneNote: false,
			outlook: false,
			powerPoint: false,
			publisher: false,
			teams: false,
			visio: false,
			word: false,
			access: false,
			bing: false,
		});
	});

	test("Use Report Database: a tenant with nothing cached fails with CIPP's HTTP 500 (Get-CIPPIntuneApplicationReport / -ScriptReport)", async () => {
		const fromReport = {
			tenantFilter: locator('domain', 'tailspin.onmicrosoft.com'),
			additionalFields: { useReportDb: true },
			returnAll: true,
		};
		const apps = await runOperation(sandbox, 'intune', 'getManyApps', fromReport);
		expect(apps.requests[0].status).toBe(500);
		expect(apps.error?.message).toMatch(/No Intune application data found for tailspin\.onmicrosoft\.com\. Run a cache sync first\./);
		const scripts = await runOperation(sandbox, 'intune', 'getManyScripts', fromReport);
		expect(scripts.requests[0].status).toBe(500);
		expect(scripts.error?.message).toMatch(/No Intune script data found for tailspin\.onmicrosoft\.com\. Run a cache sync first\./);
		// The policy report does not throw on an empty cache: no rows, HTTP 200.
		const policies = await runOperation(sandbox, 'intune', 'getManyPolicies', fromReport);
		expect(policies.requests[0].status).toBe(200);
		expect(policies.error).toBeUndefined();
		expect(policies.items).toHaveLength(0);
		const cached = await runOperation(sandbox, 'intune', 'getManyScripts', { ...fromReport, tenantFilter: locator('domain', CONTOSO) });
		expect(cached.error).toBeUndefined();
		expect(cached.items.map((item) => item.json.Tenant)).toContain(CONTOSO);
	});

	test('Process App Queue empties the queue even when a deployment fails, and says where to look', async () => {
		await runOperation(sandbox, 'intune', 'addStoreApp', {
			tenants: 'woodgrovebank.com',
			packageName: '9P7KNL5RWT25',
			applicationName: 'Sysinternals',
			additionalFields: { assignTo: 'customGroup', customGroup: 'No Such Group' },
		});
		const run = await runOperation(sandbox, 'intune', 'processAppQueue', {});
		expect(run.items[0].json.followUp).toMatch(/failed or not/);
		expect((await runOperation(sandbox, 'intune', 'getManyQueuedApps', { returnAll: true })).items).toHaveLength(0);
		const apps = await runOperation(sandbox, 'intune', 'getManyApps', {
			tenantFilter: locator('domain', 'woodgrovebank.com'),
			returnAll: true,
		});
		expect(apps.items.find((item) => item.json.displayName === 'Sysinternals')?.json.AppAssignment).toBe('');
	});

	test('Add Office App: a tenant that already has Office is skipped, which fails the item or, beside a created one, warns', async () => {
		const fabrikamOnly = { tenants: 'fabrikam.onmicrosoft.com', additionalFields: { assignTo: 'AllDevices' } };
		expect((await runOperation(sandbox, 'intune', 'addOfficeApp', fabrikamOnly)).items[0].json.status).toBe('success');
		const again = await runOperation(sandbox, 'intune', 'addOfficeApp', fabrikamOnly);
		expect(again.requests[0].status).toBe(200);
		expect(again.error?.message).toMatch(/Office deployment already exists for fabrikam\.onmicrosoft\.com/);
		const both = await runOperation(sandbox, 'intune', 'addOfficeApp', { tenants: `fabrikam.onmicrosoft.com, ${CONTOSO}` });
		expect(both.items[0].json).toMatchObject({
			status: 'warning',
			skipped: ['Office deployment already exists for fabrikam.onmicrosoft.com'],
			messages: ['Office deployment already exists for fabrikam.onmicrosoft.com', `Successfully added Office App for ${CONTOSO}`],
		});
	});

	test('Add Office App: an answer without any tenant (none the client may manage) fails the item', () => {
		const fail = jest.fn((text: string) => {
			throw new Error(text);
		});
		const context = {
			values: {},
			request: { method: 'POST' as const, endpoint: 'AddOfficeApp', qs: {} },
			itemIndex: 0,
			fail: fail as never,
			refusals: addOfficeAppOperation.refusals ?? [],
		};
		expect(() => addOfficeAppOperation.output({ Results: null }, context)).toThrow(/created the Office app for no tenant/);
	});

	test('Get Many Scripts: a script type CIPP could not list is a warning item, not a script', async () => {
		const run = await runOperation(sandbox, 'intune', 'getManyScripts', { tenantFilter: fabrikam, returnAll: true });
		expect(run.requests[0].status).toBe(200);
		expect(run.items.map((item) => item.json.displayName ?? item.json.status)).toEqual(['Set time zone', 'Install Rosetta', 'warning']);
		expect(run.items[2].json).toMatchObject({
			scriptType: 'Remediation',
			message: expect.stringMatching(/^CIPP could not list the Remediation scripts: Forbidden/),
		});
		expect(run.items.slice(0, 2).every((item) => typeof item.json.id === 'string')).toBe(true);
	});

	test('Add MSP App: values keyed by tenant ID reach the command line only for tenants given by ID; otherwise refused before sending', async () => {
		const keyed = { Orgkey: { [tenantIds.woodgrove]: 'woodgrove-org' }, AccountKey: 'acct-123' };
		const byDomain = await runOperation(sandbox, 'intune', 'addMspApp', {
			tenants: 'woodgrovebank.com',
			rmmName: 'Huntress',
			displayName: 'Huntress Agent',
			additionalFields: { params: JSON.stringify(keyed) },
		});
		expect(byDomain.requests).toHaveLength(0);
		expect(byDomain.error?.message).toMatch(/Orgkey is keyed by tenant ID, but woodgrovebank\.com was given by domain/);
		const missing = await runOperation(sandbox, 'intune', 'addMspApp', {
			tenants: 'woodgrovebank.com',
			rmmName: 'Huntress',
			displayName: 'Huntress Agent',
			additionalFields: { params: '{"Orgkey": "%tenantname%"}' },
		});
		expect(missing.requests).toHaveLength(0);
		expect(missing.error?.message).toMatch(/Huntress needs Orgkey, AccountKey; AccountKey is missing/);
		const byId = await runOperation(sandbox, 'intune', 'addMspApp', {
			tenants: tenantIds.woodgrove,
			rmmName: 'Huntress',
			displayName: 'Huntress Agent',
			additionalFields: { params: JSON.stringify(keyed) },
		});
		expect(byId.error).toBeUndefined();
		const queue = await runOperation(sandbox, 'intune', 'getManyQueuedApps', { returnAll: true });
		expect(queue.items.find((item) => item.json.applicationName === 'Huntress Agent')?.json.cmdLine).toBe(
			"powershell.exe -ExecutionPolicy Bypass .\\install.ps1 -OrgKey 'woodgrove-org' -acctkey 'acct-123'",
		);
		await runOperation(sandbox, 'intune', 'deleteQueuedApp', {
			queueId: String(queue.items.find((item) => item.json.applicationName === 'Huntress Agent')?.json.id),
		});
	});

	test('Run Device Action: Delete From Intune says what was done although CIPP answers an empty message', async () => {
		const run = await runOperation(sandbox, 'intune', 'runDeviceAction', {
			tenantFilter: contoso,
			deviceId: locator('id', iphone.id),
			deviceAction: 'delete',
		});
		expect(run.requests[0].status).toBe(200);
		expect(run.items[0].json).toEqual({ status: 'success', message: `Deleted device ${iphone.id} from Intune` });
	});

	test('Set Primary User by user principal name looks the user up first and sends CIPP the object ID', async () => {
		const run = await runOperation(sandbox, 'intune', 'setPrimaryUser', {
			tenantFilter: contoso,
			deviceId: locator('id', laptop.id),
			primaryUser: locator('upn', 'adele.vance@contoso.onmicrosoft.com'),
		});
		expect(run.requests.map((request) => request.endpoint)).toEqual(['ListUsers', 'ExecDeviceAction']);
		expect(run.requests[1].body).toMatchObject({ user: { value: userIds.adeleVance, label: userIds.adeleVance } });
		expect(run.items[0].json.message).toBe(`Changed primary user on device ${laptop.id} to ${userIds.adeleVance}`);
	});

	test('a policy assigned to a group that does not exist is not assigned', async () => {
		const run = await runOperation(sandbox, 'intune', 'assignPolicy', {
			tenantFilter: contoso,
			policyId: locator('list', restrictions),
			policyType: 'deviceConfigurations',
			assignTo: 'Nobody',
		});
		expect(run.requests[0].status).toBe(500);
		expect(run.error?.message).toMatch(/No groups found matching the specified name\(s\): Nobody\. Policy not assigned\./);
	});

	test('Assign Policy or Assign App with no target and no exclusion is refused before sending (CIPP would answer "No action taken")', async () => {
		const policy = await runOperation(sandbox, 'intune', 'assignPolicy', {
			tenantFilter: contoso,
			policyId: locator('list', restrictions),
			policyType: 'deviceConfigurations',
		});
		expect(policy.requests).toHaveLength(0);
		expect(policy.error?.message).toMatch(/nothing to assign the policy to/);
		const app = await runOperation(sandbox, 'intune', 'assignApp', { tenantFilter: contoso, appId: sevenZip, intent: 'Required' });
		expect(app.requests).toHaveLength(0);
		expect(app.error?.message).toMatch(/nothing to assign the app to/);
	});

	test('Get Many Policies by Policy ID needs a Policy Type other than App Protection, checked before sending', async () => {
		const noType = await runOperation(sandbox, 'intune', 'getManyPolicies', {
			tenantFilter: contoso,
			returnAll: true,
			additionalFields: { policyId: restrictions },
		});
		expect(noType.requests).toHaveLength(0);
		expect(noType.error?.message).toMatch(/Policy ID is given without Policy Type/);
		const appProtection = await runOperation(sandbox, 'intune', 'getManyPolicies', {
			tenantFilter: contoso,
			returnAll: true,
			additionalFields: { policyId: restrictions, urlName: 'managedAppPolicies' },
		});
		expect(appProtection.requests).toHaveLength(0);
		expect(appProtection.error?.message).toMatch(/cannot read an App Protection policy by ID/);
		const one = await runOperation(sandbox, 'intune', 'getManyPolicies', {
			tenantFilter: contoso,
			returnAll: true,
			additionalFields: { policyId: restrictions, urlName: 'deviceConfigurations' },
		});
		expect(one.items.map((item) => item.json.id)).toEqual([restrictions]);
	});

	test("Add Policy: a Custom Group with another Assign To is refused (CIPP would assign only the group); the editor names CIPP's silent swaps", async () => {
		const run = await runOperation(sandbox, 'intune', 'addPolicy', {
			tenantFilter: contoso,
			displayName: 'Windows - Edge',
			templateType: 'Catalog',
			rawJson: catalogJson,
			additionalFields: { assignTo: 'AllDevices', customGroup: 'IT Admins' },
		});
		expect(run.requests).toHaveLength(0);
		expect(run.error?.message).toMatch(/Custom Group is set while Assign To is "AllDevices"/);
		const editor = JSON.stringify(addPolicyOperation);
		expect(editor).toMatch(/CIPP template of exactly this name replaces Policy JSON/);
		expect(editor).toMatch(/by the name inside the JSON, not by Display Name/);
	});

	test('Add Policy (sandbox as CIPP): a template of the same Display Name replaces the JSON; a Catalog policy takes the name inside its JSON', async () => {
		const swapped = await runOperation(sandbox, 'intune', 'addPolicy', {
			tenantFilter: fabrikam,
			displayName: 'Windows - Compliance',
			templateType: 'deviceCompliancePolicies',
			rawJson: '{"@odata.type": "#microsoft.graph.windows10CompliancePolicy", "bitLockerEnabled": false}',
		});
		expect(swapped.error).toBeUndefined();
		const renamed = await runOperation(sandbox, 'intune', 'addPolicy', {
			tenantFilter: fabrikam,
			displayName: 'Edge - renamed',
			templateType: 'Catalog',
			rawJson: catalogJson,
		});
		expect(renamed.error).toBeUndefined();
		const policies = (await runOperation(sandbox, 'intune', 'getManyPolicies', { tenantFilter: fabrikam, returnAll: true })).items.map(
			(item) => item.json,
		);
		expect(policies.find((policy) => policy.displayName === 'Windows - Compliance')).toMatchObject({ bitLockerEnabled: true });
		expect(policies.map((policy) => policy.displayName)).toContain('Windows - Edge');
		expect(policies.map((policy) => policy.displayName)).not.toContain('Edge - renamed');
	});

	test('Assign App and Assign Policy say that CIPP ignores filter and group names it cannot find', () => {
		for (const operation of [assignAppOperation, assignPolicyOperation, addPolicyOperation]) {
			const editor = JSON.stringify(operation.parameters);
			expect(editor).toContain('A name that matches no filter is ignored without an error');
			expect(editor).toContain('CIPP leaves out names that match no group without saying so');
		}
	});

	test('an invalid policy JSON is refused before anything is sent', async () => {
		const run = await runOperation(sandbox, 'intune', 'addPolicy', {
			tenantFilter: contoso,
			displayName: 'Broken',
			templateType: 'Device',
			rawJson: '{not json',
		});
		expect(run.requests).toHaveLength(0);
		expect(run.error?.message).toMatch(/not valid JSON/);
	});
});
