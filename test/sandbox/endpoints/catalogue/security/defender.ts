/** Microsoft Defender for Endpoint: Invoke-ListDefenderState, -ListDefenderTVM, -ListMDEOnboarding. */
import { stableGuid } from '../../../directory';
import type { ManagedDevice, SandboxState, SandboxTenant } from '../../../fixtures';
import { GRAPH_ERRORS, GraphError, graphTenant, normalizeGraphError } from '../../../graph';
import { psString } from '../../../powershell';
import type { Endpoint } from '../../endpoint';
import { customerTenants, isAllTenants } from './common';
import { tenantSecurity } from './data';

function tenantDevices(state: SandboxState, tenant: SandboxTenant): ManagedDevice[] {
	return state.devices.filter((device) => device.tenantId === tenant.customerId);
}

/** GET managedDevices?$expand=windowsProtectionState&$select=id,deviceName,deviceType,operatingSystem,windowsProtectionState */
function protectionState(device: ManagedDevice) {
	const windows = device.operatingSystem === 'Windows';
	return {
		id: device.id,
		deviceName: device.deviceName,
		deviceType: windows ? 'windowsRT' : String(device.operatingSystem).toLowerCase(),
		operatingSystem: device.operatingSystem,
		windowsProtectionState: windows
			? {
					id: device.id,
					malwareProtectionEnabled: true,
					deviceState: 'clean',
					realTimeProtectionEnabled: true,
					networkInspectionSystemEnabled: true,
					quickScanOverdue: false,
					fullScanOverdue: false,
					signatureUpdateOverdue: device.complianceState === 'unknown',
					rebootRequired: false,
					fullScanRequired: false,
					engineVersion: '1.1.25070.4',
					signatureVersion: '1.435.112.0',
					antiMalwareVersion: '4.18.25070.5',
					lastQuickScanDateTime: '2026-08-20T12:04:11Z',
					lastFullScanDateTime: '2026-08-16T02:10:45Z',
					lastQuickScanSignatureVersion: '1.435.101.0',
					lastFullScanSignatureVersion: '1.435.40.0',
					lastReportedDateTime: device.lastSyncDateTime,
					productStatus: 'noStatus',
					isVirtualMachine: false,
					tamperProtectionEnabled: true,
				}
			: null,
	};
}

const ListDefenderState: Endpoint = {
	name: 'ListDefenderState',
	role: 'Endpoint.MEM.Read',
	handle(ctx) {
		const deviceId = ctx.fromQuery('DeviceID');
		try {
			const tenant = graphTenant(ctx.state, ctx.fromQuery('TenantFilter'), { authCheck: true });
			if (!tenant.intuneLicensed) throw new GraphError(GRAPH_ERRORS.notLicensed);
			const devices = tenantDevices(ctx.state, tenant);
			if (deviceId) {
				const device = devices.find((candidate) => candidate.id === deviceId.toLowerCase());
				if (!device) throw new GraphError(GRAPH_ERRORS.notFound(deviceId));
				return { status: 200, body: [protectionState(device)] };
			}
			return { status: 200, body: devices.map(protectionState) };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			// CIPP answers 200 with the error text as the only entry.
			return { status: 200, body: [normalizeGraphError(error.message)] };
		}
	},
};

const CVES = [
	{
		cveId: 'CVE-2026-21338',
		softwareName: 'edge_chromium-based',
		softwareVendor: 'microsoft',
		softwareVersion: '139.0.3405.86',
		vulnerabilitySeverityLevel: 'High',
		recommendedSecurityUpdate: 'Update Microsoft Edge to 139.0.3405.111',
	},
	{
		cveId: 'CVE-2026-30412',
		softwareName: 'office',
		softwareVendor: 'microsoft',
		softwareVersion: '16.0.18925.20158',
		vulnerabilitySeverityLevel: 'Critical',
		recommendedSecurityUpdate: 'August 2026 Office security update',
	},
	{
		cveId: 'CVE-2026-1907',
		softwareName: 'chrome',
		softwareVendor: 'google',
		softwareVersion: '138.0.7204.184',
		vulnerabilitySeverityLevel: 'Medium',
		recommendedSecurityUpdate: 'Update Chrome to 139.0.7258.66',
	},
];

/** SoftwareVulnerabilitiesByMachine grouped by cveId, as CIPP shapes it. */
function vulnerabilities(tenantFilter: string, devices: ManagedDevice[]) {
	const windows = devices.filter((device) => device.operatingSystem === 'Windows' || device.operatingSystem === 'macOS');
	return CVES.map((cve, index) => {
		const affected = windows.filter((_, deviceIndex) => (deviceIndex + index) % 3 !== 2);
		const first = affected[0];
		return {
			customerId: tenantFilter,
			affectedDevicesCount: affected.length,
			cveId: cve.cveId,
			affectedDevices: affected.map((device) => ({ deviceName: device.deviceName })),
			deviceId: first ? stableGuid(`mde/${first.id}`).replace(/-/g, '') : null,
			exploitabilityLevel: index === 1 ? 'ExploitIsPublic' : 'NoExploit',
			firstSeenTimestamp: '2026-08-12T03:00:00Z',
			id: first
				? `${stableGuid(`mde/${first.id}`).replace(/-/g, '')}_${cve.softwareVendor}_${cve.softwareName}_${cve.softwareVersion}_${cve.cveId}`
				: null,
			lastSeenTimestamp: '2026-08-21T03:00:00Z',
			osPlatform: first?.operatingSystem === 'macOS' ? 'macOS' : 'Windows11',
			rbacGroupName: 'UnassignedGroup',
			recommendationReference: `va-_-${cve.softwareVendor}-_-${cve.softwareName}`,
			recommendedSecurityUpdate: cve.recommendedSecurityUpdate,
			recommendedSecurityUpdateId: null,
			securityUpdateAvailable: true,
			softwareName: cve.softwareName,
			softwareVendor: cve.softwareVendor,
			softwareVersion: cve.softwareVersion,
			vulnerabilitySeverityLevel: cve.vulnerabilitySeverityLevel,
		};
	}).filter((entry) => entry.affectedDevicesCount > 0);
}

const ListDefenderTVM: Endpoint = {
	name: 'ListDefenderTVM',
	role: 'Endpoint.MEM.Read',
	handle(ctx) {
		const tenantFilter = ctx.fromQuery('tenantFilter');
		try {
			const tenant = graphTenant(ctx.state, tenantFilter, { authCheck: true });
			if (!tenant.gdapRoles.includes('Security Administrator')) throw new GraphError(GRAPH_ERRORS.insufficientPrivileges);
			return { status: 200, body: vulnerabilities(psString(tenantFilter), tenantDevices(ctx.state, tenant)) };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 403, body: [normalizeGraphError(error.message)] };
		}
	},
};

const REPORT_TIMESTAMP = '2026-08-21T02:14:09.5520000Z';

const ListMDEOnboarding: Endpoint = {
	name: 'ListMDEOnboarding',
	role: 'Security.Defender.Read',
	handle(ctx) {
		const tenantFilter = ctx.fromQuery('tenantFilter');
		const useReportDb = /^true$/i.test(ctx.fromQuery('UseReportDB') ?? '') || isAllTenants(tenantFilter);
		if (useReportDb) {
			// Get-CIPPMDEOnboardingReport: the nightly cache; a tenant without rows throws.
			const withRows = customerTenants(ctx.state).filter((tenant) => tenantSecurity(ctx.state, tenant).mdeConnector);
			if (isAllTenants(tenantFilter)) {
				const rows = withRows.map((tenant) => ({
					...tenantSecurity(ctx.state, tenant).mdeConnector,
					CacheTimestamp: REPORT_TIMESTAMP,
					Tenant: tenant.defaultDomainName,
				}));
				return { status: 200, body: rows };
			}
			const tenant = withRows.find(
				(candidate) => candidate.domains.includes(psString(tenantFilter).toLowerCase()) || candidate.customerId === tenantFilter,
			);
			if (!tenant) return { status: 500, body: ['No MDE onboarding data found in reporting database. Sync the report data first.'] };
			return { status: 200, body: [{ ...tenantSecurity(ctx.state, tenant).mdeConnector, CacheTimestamp: REPORT_TIMESTAMP }] };
		}
		try {
			const tenant = graphTenant(ctx.state, tenantFilter, { authCheck: true });
			const connector = tenantSecurity(ctx.state, tenant).mdeConnector;
			if (!connector) throw new GraphError(GRAPH_ERRORS.notLicensed);
			return { status: 200, body: [{ ...connector, Tenant: tenantFilter }] };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 200, body: [{ Tenant: tenantFilter, partnerState: 'unavailable' }] };
		}
	},
};

export const endpoints: Endpoint[] = [ListDefenderState, ListDefenderTVM, ListMDEOnboarding];
