/**
 * Intune objects beyond managed devices (fixtures.ts), per sandbox: Autopilot identities and
 * profiles, apps, policies, scripts, BitLocker keys, LAPS passwords, CIPP's app queue and its
 * Intune templates. Shared helpers for the Intune endpoints.
 */
import { perSandbox, stableGuid, tenantGroups } from '../../../directory';
import type { ManagedDevice, SandboxState, SandboxTenant } from '../../../fixtures';
import { GRAPH_ERRORS, GraphError, graphTenant } from '../../../graph';
import { omit } from '../../../http';

export type Assignment = { id: string; intent?: string; target: Record<string, unknown> };

export interface IntuneObject {
	tenantId: string;
	id: string;
	displayName: string;
	assignments: Assignment[];
	[property: string]: unknown;
}

export interface QueuedApp {
	RowKey: string;
	tenant: string;
	applicationName: string;
	assignTo: unknown;
	excludeGroup?: unknown;
	InstallationIntent?: unknown;
	type?: string;
	IntuneBody: Record<string, unknown>;
	status?: string;
}

const CREATED = '2025-02-03T10:15:00Z';

function app(
	tenant: SandboxTenant,
	type: string,
	displayName: string,
	publisher: string,
	extra: Record<string, unknown> = {},
): IntuneObject {
	return {
		tenantId: tenant.customerId,
		'@odata.type': `#microsoft.graph.${type}`,
		id: stableGuid(`${tenant.customerId}/app/${displayName}`),
		displayName,
		description: displayName,
		publisher,
		largeIcon: null,
		createdDateTime: CREATED,
		lastModifiedDateTime: CREATED,
		isFeatured: false,
		privacyInformationUrl: null,
		informationUrl: null,
		owner: '',
		developer: '',
		notes: '',
		uploadState: 1,
		publishingState: 'published',
		isAssigned: false,
		roleScopeTagIds: ['0'],
		dependentAppCount: 0,
		supersedingAppCount: 0,
		supersededAppCount: 0,
		assignments: [],
		...extra,
	};
}

function policy(tenant: SandboxTenant, urlName: string, type: string, typeName: string, displayName: string): IntuneObject {
	return {
		tenantId: tenant.customerId,
		'@odata.type': type ? `#microsoft.graph.${type}` : undefined,
		id: stableGuid(`${tenant.customerId}/policy/${displayName}`),
		displayName,
		description: '',
		createdDateTime: CREATED,
		lastModifiedDateTime: CREATED,
		roleScopeTagIds: ['0'],
		URLName: urlName,
		PolicyTypeName: typeName,
		assignments: [],
	};
}

function script(tenant: SandboxTenant, scriptType: string, displayName: string, fileName: string): IntuneObject {
	return {
		tenantId: tenant.customerId,
		id: stableGuid(`${tenant.customerId}/script/${displayName}`),
		displayName,
		description: '',
		fileName,
		runAsAccount: 'system',
		createdDateTime: CREATED,
		lastModifiedDateTime: CREATED,
		scriptType,
		assignments: [],
	};
}

function autopilotIdentity(tenant: SandboxTenant, serial: string, model: string, manufacturer: string, device?: ManagedDevice) {
	return {
		tenantId: tenant.customerId,
		id: stableGuid(`${tenant.customerId}/autopilot/${serial}`),
		deploymentProfileAssignmentStatus: 'assignedUnkownSyncState',
		deploymentProfileAssignmentDetailedStatus: 'none',
		deploymentProfileAssignedDateTime: '2025-01-10T09:00:00Z',
		groupTag: 'Standard',
		purchaseOrderIdentifier: '',
		serialNumber: serial,
		productKey: '',
		manufacturer,
		model,
		enrollmentState: device ? 'enrolled' : 'notContacted',
		lastContactedDateTime: device ? device.lastSyncDateTime : '0001-01-01T00:00:00Z',
		addressableUserName: '' as string | null,
		userPrincipalName: device ? device.userPrincipalName : '',
		resourceName: '',
		skuNumber: '',
		systemFamily: '',
		azureActiveDirectoryDeviceId: device ? device.azureADDeviceId : '00000000-0000-0000-0000-000000000000',
		azureAdDeviceId: device ? device.azureADDeviceId : '00000000-0000-0000-0000-000000000000',
		managedDeviceId: device ? device.id : '00000000-0000-0000-0000-000000000000',
		displayName: device ? device.deviceName : '',
		deviceAccountUpn: '',
		deviceAccountPassword: '',
		deviceFriendlyName: '',
		remediationState: 'unknown',
		remediationStateLastModifiedDateTime: '0001-01-01T00:00:00Z',
		userlessEnrollmentStatus: 'unknown',
	};
}

function recoveryKey(seed: string): string {
	const digits = stableGuid(seed)
		.replace(/[^0-9]/g, '')
		.padEnd(48, '7')
		.slice(0, 48);
	return digits.match(/.{6}/g)?.join('-') ?? digits;
}

/** CIPP's shipped Intune templates (Config/*.IntuneTemplate.json), as the templates table holds them. */
function templates() {
	const template = (displayName: string, type: string, raw: Record<string, unknown>, pkg: string | null) => ({
		Displayname: displayName,
		Description: `${displayName} (CIPP template)`,
		RAWJson: JSON.stringify(raw),
		Type: type,
		GUID: stableGuid(`template/${displayName}`),
		Package: pkg,
	});
	return [
		template(
			'Windows - BitLocker silent encryption',
			'Catalog',
			{ name: 'Windows - BitLocker silent encryption', platforms: 'windows10', technologies: 'mdm', settings: [] },
			'Baseline',
		),
		template(
			'Windows - Defender Antivirus',
			'Catalog',
			{ name: 'Windows - Defender Antivirus', platforms: 'windows10', technologies: 'mdm,microsoftSense', settings: [] },
			'Baseline',
		),
		template(
			'Windows - Compliance',
			'deviceCompliancePolicies',
			{ '@odata.type': '#microsoft.graph.windows10CompliancePolicy', bitLockerEnabled: true, secureBootEnabled: true },
			null,
		),
	];
}

export const intuneData = perSandbox((state: SandboxState) => {
	const licensed = state.tenants.filter((tenant) => !tenant.isPartner && tenant.intuneLicensed);
	const apps: IntuneObject[] = [];
	const policies: IntuneObject[] = [];
	const scripts: IntuneObject[] = [];
	const autopilot: Array<ReturnType<typeof autopilotIdentity>> = [];
	const profiles: Array<Record<string, unknown>> = [];
	for (const tenant of licensed) {
		const groups = tenantGroups(state, tenant);
		const allStaff = groups.find((group) => group.displayName === 'All Staff');
		const companyPortal = app(tenant, 'winGetApp', 'Company Portal', 'Microsoft Corporation', {
			packageIdentifier: '9WZDNCRFJ3PZ',
			installExperience: { runAsAccount: 'user' },
		});
		companyPortal.assignments.push({
			id: `${companyPortal.id}_0_0`,
			intent: 'required',
			target: { '@odata.type': '#microsoft.graph.allLicensedUsersAssignmentTarget' },
		});
		companyPortal.isAssigned = true;
		apps.push(
			companyPortal,
			app(tenant, 'win32LobApp', '7-Zip', 'Igor Pavlov', {
				fileName: '7zip.intunewin',
				installCommandLine: 'powershell.exe -ExecutionPolicy Bypass .\\Install.ps1 -InstallChoco -Packagename 7zip',
			}),
		);
		const compliance = policy(tenant, 'deviceCompliancePolicies', 'windows10CompliancePolicy', 'Compliance Policy', 'Windows - Compliance');
		if (allStaff)
			compliance.assignments.push({
				id: `${compliance.id}_${allStaff.id}`,
				target: { '@odata.type': '#microsoft.graph.groupAssignmentTarget', groupId: allStaff.id },
			});
		policies.push(
			policy(tenant, 'configurationPolicies', '', 'Settings Catalog', 'Windows - BitLocker silent encryption'),
			policy(tenant, 'deviceConfigurations', 'windows10GeneralConfiguration', 'Device Configuration', 'Windows - Restrictions'),
			compliance,
		);
		scripts.push(
			script(tenant, 'Windows', 'Set time zone', 'Set-TimeZone.ps1'),
			script(tenant, 'MacOS', 'Install Rosetta', 'install-rosetta.sh'),
		);
		const windows = state.devices.filter((device) => device.tenantId === tenant.customerId && device.operatingSystem === 'Windows');
		for (const device of windows) {
			autopilot.push(autopilotIdentity(tenant, String(device.serialNumber), String(device.model), String(device.manufacturer), device));
		}
		autopilot.push(autopilotIdentity(tenant, `CZC${tenant.customerId.slice(0, 6).toUpperCase()}`, 'HP EliteBook 840 G10', 'HP'));
		profiles.push(
			{
				tenantId: tenant.customerId,
				'@odata.type': '#microsoft.graph.azureADWindowsAutopilotDeploymentProfile',
				id: stableGuid(`${tenant.customerId}/approfile`),
				displayName: 'CIPP Default Autopilot Profile',
				description: 'User-driven, Entra joined',
				language: 'os-default',
				deviceNameTemplate: `${tenant.displayName.split(' ')[0].toUpperCase().slice(0, 6)}-%SERIAL%`,
				deviceType: 'windowsPc',
				enableWhiteGlove: true,
				extractHardwareHash: true,
				outOfBoxExperienceSettings: {
					hidePrivacySettings: true,
					hideEULA: true,
					userType: 'standard',
					deviceUsageType: 'singleUser',
					skipKeyboardSelectionPage: true,
					hideEscapeLink: true,
				},
				assignments: [
					{
						id: stableGuid(`${tenant.customerId}/approfile/assignment`),
						target: { '@odata.type': '#microsoft.graph.allDevicesAssignmentTarget' },
					},
				],
			},
			{
				tenantId: tenant.customerId,
				'@odata.type': '#microsoft.graph.windows10EnrollmentCompletionPageConfiguration',
				id: stableGuid(`${tenant.customerId}/esp`),
				displayName: 'CIPP Default Enrollment Status Page',
				description: 'Blocks the desktop until required apps are installed',
				priority: 1,
				showInstallationProgress: true,
				blockDeviceSetupRetryByUser: false,
				allowDeviceResetOnInstallFailure: true,
				installProgressTimeoutInMinutes: 60,
				assignments: [
					{
						id: stableGuid(`${tenant.customerId}/esp/assignment`),
						target: { '@odata.type': '#microsoft.graph.allDevicesAssignmentTarget' },
					},
				],
			},
		);
	}
	const windowsDevices = state.devices.filter((device) => device.operatingSystem === 'Windows');
	const bitLocker = windowsDevices.map((device) => ({
		deviceId: String(device.azureADDeviceId),
		id: stableGuid(`bitlocker/${device.id}`),
		key: recoveryKey(`bitlocker/${device.id}`),
		volumeType: 'operatingSystemVolume',
	}));
	// One Windows device never backed up a LAPS password.
	const laps = windowsDevices.slice(0, -1).map((device) => ({
		deviceId: String(device.azureADDeviceId),
		accountName: 'LapsAdmin',
		password: `Lp!${stableGuid(`laps/${device.id}`).slice(0, 14)}`,
		backupDateTime: '2026-08-20T04:12:09Z',
	}));
	const fileVault = new Map(
		state.devices
			.filter((device) => device.operatingSystem === 'macOS')
			.map((device) => [device.id, recoveryKey(`filevault/${device.id}`).slice(0, 29).toUpperCase()]),
	);
	return {
		apps,
		policies,
		scripts,
		autopilot,
		profiles,
		bitLocker,
		laps,
		fileVault,
		queue: [] as QueuedApp[],
		/** How many rows were ever queued: the next RowKey. */
		queued: 0,
		templates: templates(),
		/**
		 * Tenants whose licence does not cover remediations (deviceHealthScripts needs Windows
		 * Enterprise E3/E5): that Graph sub-request fails with 403, the other script types answer.
		 */
		remediationUnlicensed: new Set(
			state.tenants.filter((tenant) => tenant.defaultDomainName === 'fabrikam.onmicrosoft.com').map((tenant) => tenant.customerId),
		),
		/** When each tenant last started an Autopilot sync (Intune allows one per 10 minutes). */
		lastAutopilotSync: new Map<string, number>(),
	};
});

/** A Graph call to Intune in a tenant: the tenant must be reachable and have an Intune licence. */
/**
 * The tenant of a report-database read (Get-CIPPDbItem): no Graph call, so no licence or consent check,
 * and an unknown tenant simply has no cached rows.
 */
export function reportTenant(state: SandboxState, tenantFilter: unknown): SandboxTenant | undefined {
	try {
		return graphTenant(state, tenantFilter, { authCheck: false });
	} catch (error) {
		if (error instanceof GraphError) return undefined;
		throw error;
	}
}

export function intuneTenant(state: SandboxState, tenantFilter: unknown, options = { authCheck: true }): SandboxTenant {
	const tenant = graphTenant(state, tenantFilter, options);
	if (!tenant.intuneLicensed) throw new GraphError(GRAPH_ERRORS.notLicensed);
	return tenant;
}

export function findIn<T extends { tenantId: string; id: string }>(list: T[], tenant: SandboxTenant, id: string): T {
	const found = list.find((entry) => entry.tenantId === tenant.customerId && entry.id.toLowerCase() === id.toLowerCase());
	if (!found) throw new GraphError(GRAPH_ERRORS.notFound(id));
	return found;
}

export function removeFrom<T>(list: T[], entry: T): void {
	list.splice(list.indexOf(entry), 1);
}

/** Graph objects go out without the sandbox's tenantId. */
export function withoutTenant<T extends { tenantId: string }>(entry: T): Omit<T, 'tenantId'> {
	return omit(entry, 'tenantId');
}

/** How CIPP's list endpoints describe assignments: "All Devices, IT Admins (required)". */
export function describeAssignments(state: SandboxState, tenant: SandboxTenant, assignments: Assignment[], withIntent: boolean) {
	const groups = tenantGroups(state, tenant);
	const include: string[] = [];
	const exclude: string[] = [];
	for (const assignment of assignments) {
		const suffix = withIntent && assignment.intent ? ` (${assignment.intent})` : '';
		const type = assignment.target['@odata.type'];
		const group = groups.find((candidate) => candidate.id === assignment.target.groupId)?.displayName;
		if (type === '#microsoft.graph.allDevicesAssignmentTarget') include.push(`All Devices${suffix}`);
		if (type === '#microsoft.graph.allLicensedUsersAssignmentTarget') include.push(`All Licensed Users${suffix}`);
		if (type === '#microsoft.graph.groupAssignmentTarget' && group) include.push(`${group}${suffix}`);
		if (type === '#microsoft.graph.exclusionGroupAssignmentTarget' && group) exclude.push(`${group}${suffix}`);
	}
	return { include: include.join(', '), exclude: exclude.join(', ') };
}
