/** Each customer tenant's security data (Defender incidents and alerts, quarantine, policies...), per sandbox. */
import { perSandbox, stableGuid } from '../../../directory';
import type { SandboxState, SandboxTenant, SandboxUser } from '../../../fixtures';

export interface Incident {
	id: string;
	tenantId: string;
	status: string;
	incidentWebUrl: string;
	redirectIncidentId: string | null;
	displayName: string;
	description: string | null;
	createdDateTime: string;
	lastUpdateDateTime: string;
	assignedTo: string | null;
	classification: string;
	determination: string;
	severity: string;
	customTags: string[];
	systemTags: string[];
	tags: string[];
	comments: Array<{ comment: string; createdBy: string; createdDateTime: string }>;
	resolvingComment: string | null;
}

export interface LegacyAlert {
	id: string;
	azureTenantId: string;
	title: string;
	category: string;
	description: string;
	eventDateTime: string;
	lastModifiedDateTime: string;
	severity: string;
	status: string;
	vendorInformation: { provider: string; providerVersion: string | null; subProvider: string | null; vendor: string };
	userStates: Array<{ userPrincipalName: string; aadUserId: string; accountName: string; domainName: string }>;
	[property: string]: unknown;
}

export interface QuarantineMessage {
	Identity: string;
	ReceivedTime: string;
	Organization: string;
	MessageId: string;
	SenderAddress: string;
	RecipientAddress: string[];
	Subject: string;
	Size: number;
	Type: string;
	PolicyType: string;
	PolicyName: string;
	TagName: string;
	PermissionToRelease: boolean;
	ReleaseStatus: string;
	Reported: boolean;
	Direction: string;
	Expires: string;
	RecipientCount: number;
	QuarantineTypes: string;
	Released: boolean;
	ReleasedUser: string[];
	[property: string]: unknown;
}

export interface TenantSecurity {
	incidents: Incident[];
	alerts: LegacyAlert[];
	mdoAlerts: Array<Record<string, unknown>>;
	quarantine: QuarantineMessage[];
	/** Hosted content filter (anti-spam) policies and their allowed senders. */
	spamPolicies: Record<string, string[]>;
	riskyUsers: Array<Record<string, unknown>> | null;
	secureScores: Array<{ createdDateTime: string; currentScore: number; maxScore: number }>;
	mdeConnector: Record<string, unknown> | null;
}

const day = (offset: number, time = '09:14:27Z') => {
	const date = new Date(Date.UTC(2026, 7, 21 - offset));
	return `${date.toISOString().slice(0, 10)}T${time}`;
};

function incidents(tenant: SandboxTenant, users: SandboxUser[], base: number): Incident[] {
	const [first, second] = users;
	const specs = [
		{
			name: `Multi-stage incident involving Initial access & Credential access on one user`,
			severity: 'high',
			status: 'active',
			offset: 1,
			user: first,
		},
		{
			name: `Email reported by user as malware or phish involving one user`,
			severity: 'medium',
			status: 'inProgress',
			offset: 3,
			user: second ?? first,
		},
		{ name: `Suspicious inbox manipulation rule involving one user`, severity: 'low', status: 'resolved', offset: 12, user: first },
	];
	return specs.map((spec, index) => {
		const id = String(base + index * 7);
		return {
			id,
			tenantId: tenant.customerId,
			status: spec.status,
			incidentWebUrl: `https://security.microsoft.com/incidents/${id}?tid=${tenant.customerId}`,
			redirectIncidentId: null,
			displayName: spec.name,
			description: null,
			createdDateTime: day(spec.offset, '07:41:12.5066667Z'),
			lastUpdateDateTime: day(spec.offset - 1 < 0 ? 0 : spec.offset - 1, '10:02:55.17Z'),
			assignedTo: spec.status === 'resolved' ? `secops@${tenant.defaultDomainName}` : null,
			classification: spec.status === 'resolved' ? 'falsePositive' : 'unknown',
			determination: spec.status === 'resolved' ? 'notMalicious' : 'unknown',
			severity: spec.severity,
			customTags: [],
			systemTags: spec.user ? [spec.user.userPrincipalName] : [],
			tags: [],
			comments: [],
			resolvingComment: null,
		};
	});
}

function legacyAlerts(tenant: SandboxTenant, users: SandboxUser[]): LegacyAlert[] {
	const specs = [
		{
			title: 'Unfamiliar sign-in properties',
			category: 'UnfamiliarLocation',
			severity: 'medium',
			status: 'newAlert',
			provider: 'IPC',
			offset: 0,
		},
		{
			title: 'Suspicious PowerShell command line',
			category: 'Execution',
			severity: 'high',
			status: 'inProgress',
			provider: 'Microsoft Defender ATP',
			offset: 2,
		},
		{
			title: 'Email messages containing malicious URL removed after delivery',
			category: 'ThreatManagement',
			severity: 'informational',
			status: 'resolved',
			provider: 'Office 365 Security and Compliance',
			offset: 6,
		},
	];
	return specs.map((spec, index) => {
		const user = users[index % Math.max(users.length, 1)];
		return {
			id:
				spec.provider === 'Microsoft Defender ATP'
					? `da6380${tenant.customerId.slice(0, 6)}${index}_-96144${index}813`
					: stableGuid(`${tenant.customerId}/alert/${index}`).replace(/-/g, '').toUpperCase(),
			azureTenantId: tenant.customerId,
			title: spec.title,
			category: spec.category,
			description: `${spec.title} for ${user?.userPrincipalName ?? 'a user'}.`,
			eventDateTime: day(spec.offset, '05:12:40Z'),
			lastModifiedDateTime: day(spec.offset, '06:30:00Z'),
			severity: spec.severity,
			status: spec.status,
			vendorInformation: {
				provider: spec.provider,
				providerVersion: spec.provider === 'IPC' ? '2.0' : null,
				subProvider: null,
				vendor: 'Microsoft',
			},
			userStates: user
				? [
						{
							userPrincipalName: user.userPrincipalName,
							aadUserId: user.id,
							accountName: user.mailNickname as string,
							domainName: tenant.defaultDomainName,
						},
					]
				: [],
			feedback: null,
			assignedTo: null,
			comments: [],
		};
	});
}

function mdoAlerts(tenant: SandboxTenant, users: SandboxUser[]): Array<Record<string, unknown>> {
	return users.slice(0, 2).map((user, index) => {
		const id = `fa${stableGuid(`${tenant.customerId}/mdo/${index}`).replace(/-/g, '').slice(0, 30)}`;
		return {
			id,
			providerAlertId: stableGuid(`${tenant.customerId}/mdo-provider/${index}`),
			incidentId: String(4100 + index),
			status: index === 0 ? 'new' : 'inProgress',
			severity: index === 0 ? 'high' : 'medium',
			classification: null,
			determination: null,
			serviceSource: 'microsoftDefenderForOffice365',
			detectionSource: 'microsoftDefenderForOffice365',
			detectorId: stableGuid(`detector/${index}`),
			tenantId: tenant.customerId,
			title: index === 0 ? 'A potentially malicious URL click was detected' : 'Email messages containing phish URLs removed after delivery',
			description: `Defender for Office 365 raised this alert for ${user.userPrincipalName}.`,
			category: index === 0 ? 'InitialAccess' : 'ThreatManagement',
			assignedTo: null,
			alertWebUrl: `https://security.microsoft.com/alerts/${id}?tid=${tenant.customerId}`,
			incidentWebUrl: `https://security.microsoft.com/incidents/${4100 + index}?tid=${tenant.customerId}`,
			createdDateTime: day(index + 1, '11:20:03.8233333Z'),
			lastUpdateDateTime: day(index, '12:00:41.37Z'),
			firstActivityDateTime: day(index + 1, '11:18:00Z'),
			lastActivityDateTime: day(index + 1, '11:19:30Z'),
			comments: [],
			evidence: [
				{
					'@odata.type': '#microsoft.graph.security.mailboxEvidence',
					primaryAddress: user.userPrincipalName,
					displayName: user.displayName,
				},
			],
		};
	});
}

function quarantine(tenant: SandboxTenant, users: SandboxUser[]): QuarantineMessage[] {
	const specs = [
		{
			sender: 'invoices@paypa1-billing.com',
			subject: 'Your invoice #48213 is overdue',
			type: 'HighConfPhish',
			policy: 'Default',
			policyType: 'HostedContentFilterPolicy',
			offset: 0,
		},
		{
			sender: 'newsletter@deals-weekly.example',
			subject: 'Weekly deals: 70% off everything',
			type: 'Bulk',
			policy: 'Default',
			policyType: 'HostedContentFilterPolicy',
			offset: 1,
		},
		{
			sender: 'scanner@partner-supplies.example',
			subject: 'Scanned document',
			type: 'Malware',
			policy: 'Default',
			policyType: 'MalwareFilterPolicy',
			offset: 2,
		},
	];
	return specs.map((spec, index) => {
		const recipient = users[index % Math.max(users.length, 1)];
		const messageGuid = stableGuid(`${tenant.customerId}/quarantine/${index}`);
		const recipientGuid = stableGuid(`${tenant.customerId}/quarantine/${index}/recipient`);
		return {
			Identity: `${messageGuid}\\${recipientGuid}`,
			ReceivedTime: day(spec.offset, `0${index + 6}:45:10Z`),
			Organization: tenant.initialDomainName,
			MessageId: `<${messageGuid.slice(0, 18)}@${spec.sender.split('@')[1]}>`,
			SenderAddress: spec.sender,
			RecipientAddress: [recipient?.userPrincipalName ?? `info@${tenant.defaultDomainName}`],
			Subject: spec.subject,
			Size: 18_432 + index * 4_096,
			Type: spec.type,
			PolicyType: spec.policyType,
			PolicyName: spec.policy,
			TagName: spec.type === 'Malware' ? 'AdminOnlyAccessPolicy' : 'DefaultFullAccessPolicy',
			PermissionToRelease: spec.type !== 'Malware',
			ReleaseStatus: 'NOTRELEASED',
			Reported: false,
			Direction: 'Inbound',
			Expires: day(spec.offset - 30, '06:45:10Z'),
			RecipientCount: 1,
			QuarantineTypes: spec.type,
			Released: false,
			ReleasedUser: [],
			DeletedForRecipients: [],
			EntityType: 'Email',
			SourceId: '',
			MoveToQuarantineAdminActionTakenBy: '',
		};
	});
}

function secureScores(tenant: SandboxTenant): TenantSecurity['secureScores'] {
	const seed = parseInt(tenant.customerId.slice(0, 2), 16);
	return [0, 1, 2].map((offset) => ({
		createdDateTime: day(offset, '00:00:00Z'),
		currentScore: 31.5 + (seed % 40) - offset * 1.25,
		maxScore: 93 + (seed % 7),
	}));
}

function riskyUsers(tenant: SandboxTenant, users: SandboxUser[]): Array<Record<string, unknown>> {
	return users.slice(0, 2).map((user, index) => ({
		id: user.id,
		isDeleted: false,
		isProcessing: false,
		riskLastUpdatedDateTime: day(index + 1, '14:02:11.1234567Z'),
		riskLevel: index === 0 ? 'high' : 'medium',
		riskState: 'atRisk',
		riskDetail: 'none',
		userDisplayName: user.displayName,
		userPrincipalName: user.userPrincipalName,
	}));
}

function mdeConnector(tenant: SandboxTenant): Record<string, unknown> | null {
	if (!tenant.intuneLicensed) return null;
	return {
		id: 'fc780465-2017-40d4-a0c5-307022471b92',
		lastHeartbeatDateTime: day(0, '06:58:01.2233445Z'),
		partnerState: 'enabled',
		androidEnabled: true,
		iosEnabled: true,
		windowsEnabled: true,
		macEnabled: true,
		androidMobileApplicationManagementEnabled: false,
		iosMobileApplicationManagementEnabled: false,
		microsoftDefenderForEndpointAttachEnabled: false,
		partnerUnsupportedOsVersionBlocked: false,
		partnerUnresponsivenessThresholdInDays: 7,
		allowPartnerToCollectIOSApplicationMetadata: false,
		allowPartnerToCollectIOSPersonalApplicationMetadata: false,
		windowsDeviceBlockedOnMissingPartnerData: false,
		androidDeviceBlockedOnMissingPartnerData: false,
		iosDeviceBlockedOnMissingPartnerData: false,
		macDeviceBlockedOnMissingPartnerData: false,
	};
}

/** Tenants with Entra ID P2 (risky users need it). */
const P2_TENANTS = new Set(['contoso.onmicrosoft.com', 'woodgrove.onmicrosoft.com']);

export const securityData = perSandbox((state: SandboxState) => {
	const byTenant = new Map<string, TenantSecurity>();
	state.tenants
		.filter((tenant) => !tenant.isPartner)
		.forEach((tenant, index) => {
			const users = state.users.filter((user) => user.tenantId === tenant.customerId && user.userType === 'Member' && user.accountEnabled);
			byTenant.set(tenant.customerId, {
				incidents: incidents(tenant, users, 1700 + index * 40),
				alerts: legacyAlerts(tenant, users),
				mdoAlerts: mdoAlerts(tenant, users),
				quarantine: quarantine(tenant, users),
				spamPolicies: { Default: [], 'Strict Preset Security Policy': [] },
				riskyUsers: P2_TENANTS.has(tenant.initialDomainName) ? riskyUsers(tenant, users) : null,
				secureScores: secureScores(tenant),
				mdeConnector: mdeConnector(tenant),
			});
		});
	return byTenant;
});

export function tenantSecurity(state: SandboxState, tenant: SandboxTenant): TenantSecurity {
	const byTenant = securityData(state);
	let data = byTenant.get(tenant.customerId);
	if (!data) {
		data = {
			incidents: [],
			alerts: [],
			mdoAlerts: [],
			quarantine: [],
			spamPolicies: { Default: [] },
			riskyUsers: null,
			secureScores: [],
			mdeConnector: null,
		};
		byTenant.set(tenant.customerId, data);
	}
	return data;
}
