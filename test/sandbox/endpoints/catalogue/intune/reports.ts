/**
 * Intune reads beyond devices, apps and policies: Invoke-ListCompliancePolicies,
 * -ListAppProtectionPolicies, -ListDeviceDetails, -ListDetectedApps, -ListDetectedAppDevices,
 * -ListAppStatus, -ListAndroidEnrollmentProfiles, -ListAppleEnrollmentProfiles, -ExecBitlockerSearch.
 */
import { perSandbox, stableGuid, tenantGroups } from '../../../directory';
import type { ManagedDevice, SandboxState, SandboxTenant } from '../../../fixtures';
import { GraphError, normalizeGraphError } from '../../../graph';
import { omit } from '../../../http';
import { psString } from '../../../powershell';
import { cippTenants } from '../../../tenantList';
import { genericRead } from '../../generic';
import type { Endpoint } from '../../endpoint';
import type { IntuneObject } from './data';
import { describeAssignments, intuneData, intuneTenant, reportTenant, withoutTenant } from './data';

function listFailure(error: unknown) {
	if (!(error instanceof GraphError)) throw error;
	return { status: 403, body: [normalizeGraphError(error.message)] };
}

const COMPLIANCE_TYPES: Array<[string, string]> = [
	['windows10CompliancePolicy', 'Windows 10/11 Compliance'],
	['iosCompliancePolicy', 'iOS Compliance'],
	['macOSCompliancePolicy', 'macOS Compliance'],
	['androidDeviceOwnerCompliancePolicy', 'Android Enterprise Compliance'],
	['androidWorkProfileCompliancePolicy', 'Android Work Profile Compliance'],
];

function listed(state: SandboxState, policy: IntuneObject, typeName: string) {
	const tenant = intuneTenant(state, policy.tenantId, { authCheck: false });
	const described = describeAssignments(state, tenant, policy.assignments, false);
	return {
		...withoutTenant(policy),
		displayName: policy.displayName,
		PolicyTypeName: typeName,
		PolicyAssignment: described.include,
		PolicyExclude: described.exclude,
	};
}

/** A policy list that AllTenants or UseReportDB serves from CIPP's report database (rows carry Tenant). */
function policyList(
	name: string,
	pick: (policy: IntuneObject) => string | undefined,
	extra: (state: SandboxState) => IntuneObject[] = () => [],
): Endpoint {
	return {
		name,
		role: 'Endpoint.MEM.Read',
		handle(ctx) {
			const tenantFilter = ctx.fromQuery('tenantFilter');
			const rows = (tenant: SandboxTenant) =>
				[...intuneData(ctx.state).policies, ...extra(ctx.state)]
					.filter((policy) => policy.tenantId === tenant.customerId && pick(policy) !== undefined)
					.map((policy) => listed(ctx.state, policy, pick(policy) as string))
					.sort((a, b) => String(a.displayName).localeCompare(String(b.displayName)));
			if (tenantFilter === 'AllTenants' || ctx.fromQuery('UseReportDB') === 'true') {
				const single = tenantFilter === 'AllTenants' ? undefined : reportTenant(ctx.state, tenantFilter);
				const tenants = tenantFilter === 'AllTenants' ? cippTenants(ctx.state) : single ? [single] : [];
				return {
					status: 200,
					body: tenants.flatMap((tenant) => rows(tenant).map((row) => ({ Tenant: tenant.defaultDomainName, ...row }))),
				};
			}
			try {
				return { status: 200, body: rows(intuneTenant(ctx.state, tenantFilter)) };
			} catch (error) {
				return listFailure(error);
			}
		},
	};
}

const ListCompliancePolicies = policyList('ListCompliancePolicies', (policy) => {
	if (policy.URLName !== 'deviceCompliancePolicies') return undefined;
	const type = psString(policy['@odata.type']);
	return COMPLIANCE_TYPES.find(([key]) => type.includes(key))?.[1] ?? 'Compliance Policy';
});

/** Every Intune tenant has one iOS app protection policy, which no node operation changes. */
export const appProtection = perSandbox((state: SandboxState): IntuneObject[] =>
	state.tenants
		.filter((tenant) => !tenant.isPartner && tenant.intuneLicensed)
		.map((tenant) => ({
			tenantId: tenant.customerId,
			'@odata.type': '#microsoft.graph.iosManagedAppProtection',
			id: `T_${stableGuid(`${tenant.customerId}/mam/ios`)}`,
			displayName: 'iOS - Protect Outlook and Teams',
			URLName: 'managedAppPolicies',
			PolicySource: 'ManagedAppPolicy',
			isAssigned: false,
			assignments: [],
		})),
);

const ListAppProtectionPolicies = policyList(
	'ListAppProtectionPolicies',
	(policy) => {
		if (policy.URLName === 'managedAppPolicies') return 'App Protection';
		if (policy.URLName === 'mobileAppConfigurations') return 'App Configuration';
		return undefined;
	},
	appProtection,
);

function tenantDevices(state: SandboxState, tenant: SandboxTenant): ManagedDevice[] {
	return state.devices.filter((device) => device.tenantId === tenant.customerId);
}

/** What Intune detects on each device: the same few apps on every Windows and macOS device. */
const DETECTED: Record<string, Array<[string, string]>> = {
	Windows: [
		['Microsoft Edge', '139.0.3405.86'],
		['7-Zip 24.09 (x64)', '24.09'],
	],
	macOS: [['Microsoft Edge', '139.0.3405.86']],
};

function detectedApps(state: SandboxState, tenant: SandboxTenant, devices = tenantDevices(state, tenant)) {
	const apps = new Map<string, { id: string; displayName: string; version: string; devices: ManagedDevice[] }>();
	for (const device of devices) {
		for (const [displayName, version] of DETECTED[String(device.operatingSystem)] ?? []) {
			// Intune's detected-app IDs are 44 hex characters, not GUIDs.
			const id = `0000${stableGuid(`${tenant.customerId}/detected/${displayName}`).replace(/-/g, '')}${'0'.repeat(8)}`;
			const app = apps.get(id) ?? { id, displayName, version, devices: [] };
			app.devices.push(device);
			apps.set(id, app);
		}
	}
	return [...apps.values()];
}

const deviceSummary = (device: ManagedDevice) => ({ id: device.id, deviceName: device.deviceName, emailAddress: device.emailAddress });

const ListDetectedApps: Endpoint = {
	name: 'ListDetectedApps',
	role: 'Identity.Device.Read',
	handle(ctx) {
		try {
			const tenant = intuneTenant(ctx.state, ctx.fromQuery('tenantFilter'));
			const deviceId = ctx.fromQuery('DeviceID');
			const devices = tenantDevices(ctx.state, tenant).filter((device) => !deviceId || device.id === deviceId.toLowerCase());
			if (deviceId && devices.length === 0)
				throw new GraphError(`Resource '${deviceId}' does not exist or one of its queried reference-property objects are not present.`);
			const withDevices = ctx.fromQuery('includeDevices') === 'true';
			const apps = detectedApps(ctx.state, tenant, devices).map((app) => ({
				id: app.id,
				displayName: app.displayName,
				version: app.version,
				sizeInByte: 0,
				deviceCount: app.devices.length,
				platform: 'windows',
				...(withDevices ? { managedDevices: app.devices.map(deviceSummary) } : {}),
			}));
			return { status: 200, body: apps };
		} catch (error) {
			// CIPP answers a failure with HTTP 200 and the error text as the only row.
			if (!(error instanceof GraphError)) throw error;
			return { status: 200, body: [normalizeGraphError(error.message)] };
		}
	},
};

const ListDetectedAppDevices: Endpoint = {
	name: 'ListDetectedAppDevices',
	role: 'Identity.Device.Read',
	handle(ctx) {
		try {
			const appId = psString(ctx.fromQuery('AppID'));
			if (!appId) return { status: 200, body: ['AppID parameter is required'] };
			const tenant = intuneTenant(ctx.state, ctx.fromQuery('tenantFilter'));
			const app = detectedApps(ctx.state, tenant).find((entry) => entry.id === appId);
			if (!app)
				throw new GraphError(`Resource '${appId}' does not exist or one of its queried reference-property objects are not present.`);
			return { status: 200, body: app.devices.map(deviceSummary) };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 200, body: [normalizeGraphError(error.message)] };
		}
	},
};

const ListDeviceDetails: Endpoint = {
	name: 'ListDeviceDetails',
	role: 'Identity.Device.Read',
	handle(ctx) {
		try {
			const tenant = intuneTenant(ctx.state, ctx.fromQuery('tenantFilter'));
			const devices = tenantDevices(ctx.state, tenant);
			const id = ctx.fromQuery('DeviceID');
			const serial = ctx.fromQuery('DeviceSerial');
			const name = ctx.fromQuery('DeviceName');
			let found: ManagedDevice[] = [];
			if (id) {
				const device = devices.find((entry) => entry.id === id.toLowerCase());
				if (!device)
					throw new GraphError(`Resource '${id}' does not exist or one of its queried reference-property objects are not present.`);
				found = [device];
			} else {
				const bySerial = (entry: ManagedDevice) => String(entry.serialNumber).toLowerCase() === psString(serial).toLowerCase();
				const byName = (entry: ManagedDevice) => entry.deviceName.toLowerCase() === psString(name).toLowerCase();
				const attempts = [
					serial && name ? devices.filter((entry) => bySerial(entry) && byName(entry)) : [],
					serial ? devices.filter(bySerial) : [],
					name ? devices.filter(byName) : [],
				];
				found = attempts.find((attempt) => attempt.length === 1) ?? [];
			}
			// No match, or several: CIPP answers HTTP 200 with an empty body.
			if (found.length !== 1) return { status: 200, body: '' };
			const device = found[0];
			const groups = tenantGroups(ctx.state, tenant).slice(0, 1);
			const compliance = intuneData(ctx.state).policies.filter(
				(policy) => policy.tenantId === tenant.customerId && policy.URLName === 'deviceCompliancePolicies',
			);
			return {
				status: 200,
				body: {
					...omit(device, 'tenantId'),
					DetectedApps: detectedApps(ctx.state, tenant, [device]).map(({ id: appId, displayName, version }) => ({
						id: appId,
						displayName,
						version,
					})),
					CompliancePolicies: compliance.map((policy) => ({
						id: policy.id,
						displayName: policy.displayName,
						UserPrincipalName: device.userPrincipalName,
						state: device.complianceState,
					})),
					DeviceGroups: groups.map((group) => ({ id: group.id, displayName: group.displayName, description: group.description ?? null })),
				},
			};
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 403, body: normalizeGraphError(error.message) };
		}
	},
};

const STATUS_COLUMNS = [
	'DeviceName',
	'UserPrincipalName',
	'Platform',
	'AppVersion',
	'InstallState',
	'InstallStateDetail',
	'DeviceId',
	'ErrorCode',
	'HexErrorCode',
];

/** getDeviceInstallStatusReport: one row per device the app is assigned to (here: the tenant's Windows devices). */
const ListAppStatus: Endpoint = {
	name: 'ListAppStatus',
	role: 'Endpoint.Device.Read',
	handle(ctx) {
		try {
			const tenant = intuneTenant(ctx.state, ctx.fromQuery('tenantFilter'));
			const appId = psString(ctx.fromQuery('AppFilter')).toLowerCase();
			const app = intuneData(ctx.state).apps.find((entry) => entry.tenantId === tenant.customerId && entry.id === appId);
			const devices = app ? tenantDevices(ctx.state, tenant).filter((device) => device.operatingSystem === 'Windows') : [];
			const values = devices.map((device, index) => [
				device.deviceName,
				device.userPrincipalName,
				'Windows',
				'1.0',
				index === 0 ? 'Installed' : 'Failed',
				index === 0 ? 'None' : 'Error',
				device.id,
				index === 0 ? 0 : -2016345060,
				index === 0 ? '0x0' : '0x87D1041C',
			]);
			return {
				status: 200,
				body: [
					{
						TotalRowCount: values.length,
						Schema: STATUS_COLUMNS.map((Column) => ({ Column, PropertyType: 'String' })),
						Values: values,
						SessionId: '',
					},
				],
			};
		} catch (error) {
			return listFailure(error);
		}
	},
};

const ListAppleEnrollmentProfiles: Endpoint = {
	name: 'ListAppleEnrollmentProfiles',
	role: 'Endpoint.Autopilot.Read',
	handle(ctx) {
		try {
			const tenant = intuneTenant(ctx.state, ctx.fromQueryOrBody('tenantFilter'));
			const tokens = tenant.defaultDomainName === 'contoso.onmicrosoft.com' ? [appleToken(tenant)] : [];
			const removed = removedEnrollmentProfiles(ctx.state);
			const profiles = tokens
				.map((token) => ({
					'@odata.type': '#microsoft.graph.depIOSEnrollmentProfile',
					id: appleProfileId(tenant),
					displayName: 'Corporate iPhone',
					isDefault: true,
					platform: 'iOS/iPadOS',
					profileType: 'apple',
					tokenId: token.id,
					tokenName: token.tokenName,
					appleIdentifier: token.appleIdentifier,
					tokenExpirationDateTime: token.tokenExpirationDateTime,
					tokenType: token.tokenType,
				}))
				.filter((profile) => !removed.has(profile.id));
			return { status: 200, body: { Results: { Tokens: tokens, Profiles: profiles } } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 500, body: { Results: `Failed to list Apple ADE enrollment profiles: ${normalizeGraphError(error.message)}` } };
		}
	},
};

/** Enrollment profiles ExecRemoveEnrollmentProfile deleted, by id. */
export const removedEnrollmentProfiles = perSandbox(() => new Set<string>());

/** Contoso's one Apple ADE profile. */
export function appleProfileId(tenant: SandboxTenant): string {
	return `${appleToken(tenant).id}_${stableGuid(`${tenant.customerId}/ade/ios`)}`;
}

/** The one Apple Business Manager token in the sandbox (Contoso's). */
export function appleToken(tenant: SandboxTenant) {
	return {
		id: stableGuid(`${tenant.customerId}/dep`),
		tokenName: 'Contoso ABM',
		appleIdentifier: 'it@contoso.com',
		tokenExpirationDateTime: '2027-03-01T00:00:00Z',
		tokenType: 'dep',
		daysUntilExpiration: 180,
		isExpired: false,
	};
}

const ExecBitlockerSearch: Endpoint = {
	name: 'ExecBitlockerSearch',
	role: 'Endpoint.Device.Read',
	anyTenant: true,
	handle(ctx) {
		const keyId = psString(ctx.fromQueryOrBody('keyId')).toLowerCase();
		const deviceId = psString(ctx.fromQueryOrBody('deviceId')).toLowerCase();
		if (!keyId && !deviceId) return { status: 400, body: { error: 'No search criteria provided. Please provide keyId or deviceId.' } };
		const tenantFilter = psString(ctx.fromQueryOrBody('tenantFilter'));
		const tenants = cippTenants(ctx.state).filter(
			(tenant) =>
				!tenantFilter ||
				tenantFilter.toLowerCase() === 'alltenants' ||
				tenant.defaultDomainName === tenantFilter ||
				tenant.customerId === tenantFilter,
		);
		const results = tenants.flatMap((tenant) =>
			intuneData(ctx.state)
				.bitLocker.map((key) => ({
					key,
					device: tenantDevices(ctx.state, tenant).find((device) => String(device.azureADDeviceId) === key.deviceId),
				}))
				.filter(({ key, device }) => device && (keyId ? key.id.startsWith(keyId) : key.deviceId === deviceId))
				.map(({ key, device }) => ({
					tenant: tenant.defaultDomainName,
					keyId: key.id,
					createdDateTime: '2025-01-14T10:40:00Z',
					volumeType: key.volumeType,
					deviceId: key.deviceId,
					deviceName: device?.deviceName,
					operatingSystem: device?.operatingSystem,
					osVersion: device?.osVersion,
					lastSignIn: device?.lastSyncDateTime,
					accountEnabled: true,
					trustType: 'AzureAd',
					deviceFound: true,
					timestamp: '2026-08-21T08:00:00Z',
				})),
		);
		return { status: 200, body: { Results: results, Count: results.length } };
	},
};

/** Packages the WinGet and Chocolatey searches know. */
const PACKAGES: Record<string, Array<{ applicationName: string; packagename: string }>> = {
	winget: [
		{ applicationName: 'Company Portal', packagename: '9WZDNCRFJ3PZ' },
		{ applicationName: 'Microsoft To Do: Lists, Tasks & Reminders', packagename: '9NBLGGH5R558' },
	],
	choco: [
		{ applicationName: '7-Zip', packagename: '7zip' },
		{ applicationName: 'Google Chrome', packagename: 'googlechrome' },
	],
};

/** ListPotentialApps: a public search, not a tenant call; an unknown type finds nothing. */
const ListPotentialApps: Endpoint = {
	name: 'ListPotentialApps',
	role: 'Endpoint.Application.Read',
	handle(ctx) {
		const search = psString(ctx.fromBody('SearchString')).toLowerCase();
		const found = (PACKAGES[psString(ctx.fromBody('type')).toLowerCase()] ?? []).filter((entry) =>
			entry.applicationName.toLowerCase().includes(search),
		);
		return { status: 200, body: found.sort((a, b) => a.applicationName.localeCompare(b.applicationName)) };
	},
};

/** CIPP's CveExceptions table: Contoso accepted the risk of CVE-2025-21298. */
const cveExceptions = perSandbox(() => [
	{
		cveId: 'CVE-2025-21298',
		customerId: 'contoso.onmicrosoft.com',
		exceptionType: 'Risk Accepted',
		exceptionComment: 'Legacy viewer',
		exceptionExpiry: '',
	},
]);

const CVES = [
	{ cveId: 'CVE-2025-21298', vulnerabilitySeverityLevel: 'Critical', softwareName: 'windows_11', softwareVendor: 'microsoft' },
	{ cveId: 'CVE-2025-24054', vulnerabilitySeverityLevel: 'High', softwareName: 'edge_chromium-based', softwareVendor: 'microsoft' },
];

const ListCVEManagement: Endpoint = {
	name: 'ListCVEManagement',
	role: 'Endpoint.Security.Read',
	anyTenant: true,
	handle(ctx) {
		const tenantFilter = psString(ctx.fromQuery('tenantFilter'));
		const tenants =
			tenantFilter === 'AllTenants'
				? cippTenants(ctx.state).filter((tenant) => !tenant.isPartner)
				: [reportTenant(ctx.state, tenantFilter)].filter((tenant) => tenant !== undefined);
		const rows = CVES.flatMap((cve) => {
			const affected = tenants.filter((tenant) => tenantDevices(ctx.state, tenant).some((device) => device.operatingSystem === 'Windows'));
			if (affected.length === 0) return [];
			const exception = cveExceptions(ctx.state).find(
				(entry) =>
					entry.cveId === cve.cveId &&
					(entry.customerId === 'ALL' || affected.some((tenant) => tenant.defaultDomainName === entry.customerId)),
			);
			return [
				{
					...cve,
					exploitabilityLevel: 'NoExploit',
					softwareVersion: '',
					deviceCount: affected.reduce(
						(count, tenant) => count + tenantDevices(ctx.state, tenant).filter((device) => device.operatingSystem === 'Windows').length,
						0,
					),
					tenantCount: affected.length,
					affectedTenants: affected.map((tenant) => tenant.defaultDomainName).join(', '),
					exceptionType: exception?.exceptionType ?? null,
					exceptionComment: exception?.exceptionComment ?? null,
				},
			];
		});
		return { status: 200, body: rows };
	},
};

const ExecRemoveCippCveException: Endpoint = {
	name: 'ExecRemoveCippCveException',
	role: 'Security.Alert.ReadWrite',
	handle(ctx) {
		const cveId = psString(ctx.fromQueryOrBody('cveId'));
		if (!cveId) return { status: 400, body: { Results: 'Error: cveId is required' } };
		const tenantFilter = psString(ctx.fromQueryOrBody('tenantFilter'));
		const scope = psString(ctx.fromQueryOrBody('removeScope'));
		const exceptions = cveExceptions(ctx.state);
		const ofCve = exceptions.filter((entry) => entry.cveId === cveId);
		let keys: string[];
		if (scope === 'AllAffected') keys = ofCve.map((entry) => entry.customerId).filter((key) => key !== 'ALL');
		else if (scope === 'Global') keys = ['ALL'];
		else if (tenantFilter && tenantFilter !== 'AllTenants') keys = [tenantFilter];
		else
			return {
				status: 500,
				body: {
					Results: `Failed to remove exception: ${scope === 'CurrentTenant' ? 'Current tenant must be selected' : 'removeScope must be specified when no tenant is selected'}`,
				},
			};
		const removed = ofCve.filter((entry) => keys.includes(entry.customerId));
		for (const entry of removed) exceptions.splice(exceptions.indexOf(entry), 1);
		return { status: 200, body: { Results: `Successfully removed ${removed.length} exception(s) for CVE ${cveId}` } };
	},
};

/** Invoke-ExecAddCippCveException as checked out: its AllAffected lookup pipes into a bare `-Filter`, a command that does not exist (:44). */
const ExecAddCippCveException: Endpoint = {
	name: 'ExecAddCippCveException',
	role: 'Security.Alert.ReadWrite',
	handle(ctx) {
		const read = (name: string) => psString(ctx.fromBody(name));
		const [cveId, exceptionType, applyTo, justification] = ['cveId', 'exceptionType', 'applyTo', 'justification'].map(read);
		if (!cveId || !exceptionType || !applyTo || !justification) {
			return { status: 400, body: { Results: 'Error: cveId, exceptionType, applyTo, and justification are required' } };
		}
		const tenantFilter = psString(ctx.fromQueryOrBody('tenantFilter'));
		const failed = (error: string) => ({ status: 500, body: { Results: `Failed to add exception: ${error}` } });
		let keys: string[];
		// PowerShell's switch and -eq compare without case (:35-51).
		const scope = applyTo.toLowerCase();
		if (scope === 'global') keys = ['ALL'];
		else if (scope === 'allaffected')
			return failed("The term '-Filter' is not recognized as a name of a cmdlet, function, script file, or executable program.");
		else if (scope !== 'currenttenant') return failed(`Invalid applyTo value: ${applyTo}`);
		else if (!tenantFilter || tenantFilter.toLowerCase() === 'alltenants')
			return failed("Current tenant must be selected to use 'Current Tenant Only' option");
		else keys = [tenantFilter];
		const exceptions = cveExceptions(ctx.state);
		const added: string[] = [];
		const updated: string[] = [];
		for (const customerId of keys) {
			const existing = exceptions.findIndex((entry) => entry.cveId === cveId && entry.customerId === customerId);
			(existing >= 0 ? updated : added).push(customerId);
			const entry = { cveId, customerId, exceptionType, exceptionComment: justification, exceptionExpiry: read('expiryDate') };
			if (existing >= 0) exceptions[existing] = entry;
			else exceptions.push(entry);
		}
		return {
			status: 200,
			body: {
				Results: `Successfully applied exception to CVE ${cveId}`,
				TenantsAffected: keys.length,
				ExceptionsAdded: added.length,
				ExceptionsUpdated: updated.length,
				Details: `Added: ${added.join(', ')}, Updated: ${updated.join(', ')}`,
			},
		};
	},
};

export const reportEndpoints: Endpoint[] = [
	ExecAddCippCveException,
	ListCVEManagement,
	ExecRemoveCippCveException,
	ListPotentialApps,
	genericRead('ListIntuneIntents', 'graph', {
		fields: (index) => ({ templateId: stableGuid(`intent-template/${index}`), isAssigned: index === 0, settings: [], categories: [] }),
	}),
	genericRead('ListIntuneApprovalRequests', 'graph', {
		fields: (index) => ({
			status: index === 0 ? 'needsApproval' : 'approved',
			operation: 'delete',
			target: `Windows - Restrictions ${index + 1}`,
			requestedBy: 'Megan Bowen',
		}),
	}),
	ListCompliancePolicies,
	ListAppProtectionPolicies,
	ListDetectedApps,
	ListDetectedAppDevices,
	ListDeviceDetails,
	ListAppStatus,
	genericRead('ListAndroidEnrollmentProfiles', 'results', {
		fields: (index) => ({
			enrollmentMode: index === 0 ? 'corporateOwnedDedicatedDevice' : 'corporateOwnedWorkProfile',
			enrolledDeviceCount: index,
		}),
	}),
	ListAppleEnrollmentProfiles,
	ExecBitlockerSearch,
];
