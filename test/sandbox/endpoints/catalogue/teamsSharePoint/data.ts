/** Each customer tenant's Teams and SharePoint data (sites, OneDrives, Teams, phone numbers), per sandbox. */
import { perSandbox, stableGuid, tenantGroups } from '../../../directory';
import type { SandboxGroup } from '../../../directory';
import type { SandboxState, SandboxTenant, SandboxUser } from '../../../fixtures';
import { GraphError } from '../../../graph';

export interface Site {
	tenantId: string;
	siteId: string;
	webId: string;
	createdDateTime: string;
	displayName: string;
	description: string;
	webUrl: string;
	isPersonalSite: boolean;
	/** The usage report's template: 'Group', 'Communication Site', 'Team Site'; null for OneDrives. */
	rootWebTemplate: string | null;
	groupId: string | null;
	ownerPrincipalName: string;
	lastActivityDate: string;
	fileCount: number;
	storageUsedInBytes: number;
	storageAllocatedInBytes: number;
	/** SharePoint role groups and the site's user list, by UPN (lower case). */
	owners: string[];
	members: string[];
	visitors: string[];
	admins: string[];
	users: string[];
	libraries: string[];
	sharingCapability: string;
}

export interface PhoneNumber {
	TelephoneNumber: string;
	NumberType: string;
	ActivationState: string;
	AcquisitionDate: string;
	Capability: string[];
	City: string;
	IsoCountryCode: string;
	IsoSubdivision: string;
	LocationId: string | null;
	TargetId: string | null;
	TargetType: string | null;
	PortInOrderStatus: string | null;
	NumberSource: string;
}

export interface Shortcut {
	user: string;
	name: string;
	url: string;
}

export interface TenantCollaboration {
	sites: Site[];
	/** Group IDs of the Microsoft 365 groups that are Teams. */
	teams: Set<string>;
	channels: Record<string, string[]>;
	phoneNumbers: PhoneNumber[];
	locations: Record<string, string>;
	settings: Record<string, unknown>;
	shortcuts: Shortcut[];
}

export const GB = 1024 ** 3;

/** The SharePoint tenant name (Get-SharePointAdminLink): the onmicrosoft.com prefix. */
export function sharePointName(tenant: SandboxTenant): string {
	return tenant.initialDomainName.split('.')[0];
}

export function oneDriveUrl(tenant: SandboxTenant, upn: string): string {
	return `https://${sharePointName(tenant)}-my.sharepoint.com/personal/${upn.toLowerCase().replace(/[.@]/g, '_')}`;
}

function site(tenant: SandboxTenant, spec: Partial<Site> & Pick<Site, 'displayName' | 'webUrl' | 'ownerPrincipalName'>): Site {
	return {
		tenantId: tenant.customerId,
		siteId: stableGuid(`${tenant.customerId}/site/${spec.webUrl}`),
		webId: stableGuid(`${tenant.customerId}/web/${spec.webUrl}`),
		createdDateTime: '2023-04-03T10:15:00Z',
		description: '',
		isPersonalSite: false,
		rootWebTemplate: 'Communication Site',
		groupId: null,
		lastActivityDate: '2026-08-19',
		fileCount: 412,
		storageUsedInBytes: Math.round(3.7 * GB),
		storageAllocatedInBytes: 25_600 * GB,
		owners: [spec.ownerPrincipalName.toLowerCase()],
		members: [],
		visitors: [],
		admins: [spec.ownerPrincipalName.toLowerCase()],
		users: [spec.ownerPrincipalName.toLowerCase()],
		libraries: ['Shared Documents'],
		sharingCapability: 'ExternalUserSharingOnly',
		...spec,
	};
}

export function groupSite(tenant: SandboxTenant, group: SandboxGroup, users: SandboxUser[]): Site {
	const upn = (id: string) => users.find((user) => user.id === id)?.userPrincipalName.toLowerCase() ?? id;
	const owners = group.owners.map(upn);
	return site(tenant, {
		displayName: group.displayName,
		webUrl: `https://${sharePointName(tenant)}.sharepoint.com/sites/${group.mailNickname}`,
		description: group.description ?? '',
		rootWebTemplate: 'Group',
		groupId: group.id,
		ownerPrincipalName: owners[0] ?? '',
		owners,
		members: group.members.map(upn),
		users: [...new Set([...owners, ...group.members.map(upn)])],
		createdDateTime: group.createdDateTime,
	});
}

function oneDrive(tenant: SandboxTenant, user: SandboxUser): Site {
	return site(tenant, {
		displayName: user.displayName,
		webUrl: oneDriveUrl(tenant, user.userPrincipalName),
		isPersonalSite: true,
		rootWebTemplate: null,
		ownerPrincipalName: user.userPrincipalName,
		fileCount: 120 + user.displayName.length * 7,
		storageUsedInBytes: Math.round((0.4 + user.displayName.length / 10) * GB),
		storageAllocatedInBytes: 1024 * GB,
		libraries: ['Documents'],
		createdDateTime: user.createdDateTime,
	});
}

export function newOneDrive(tenant: SandboxTenant, user: SandboxUser): Site {
	return {
		...oneDrive(tenant, user),
		fileCount: 0,
		storageUsedInBytes: 0,
		lastActivityDate: '',
		createdDateTime: new Date().toISOString(),
	};
}

function phoneNumbers(tenant: SandboxTenant, users: SandboxUser[], location: string): PhoneNumber[] {
	const prefix = tenant.organization.countryLetterCode === 'CA' ? '+1416555' : '+1425555';
	return [0, 1, 2].map((index) => ({
		TelephoneNumber: `${prefix}01${index}0`,
		NumberType: index === 2 ? 'DirectRouting' : 'CallingPlan',
		ActivationState: 'Activated',
		AcquisitionDate: '2024-03-11T16:20:41.1236354Z',
		Capability: ['UserAssignment'],
		City: String(tenant.organization.city),
		IsoCountryCode: String(tenant.organization.countryLetterCode),
		IsoSubdivision: String(tenant.organization.state ?? ''),
		LocationId: index === 0 ? location : null,
		TargetId: index === 0 && users[0] ? users[0].id : null,
		TargetType: index === 0 && users[0] ? 'User' : null,
		PortInOrderStatus: null,
		NumberSource: index === 2 ? 'OnPremises' : 'Online',
	}));
}

/** Tenants with Teams Phone (calling plans): only they have numbers. */
const VOICE_TENANTS = new Set(['contoso.onmicrosoft.com', 'woodgrove.onmicrosoft.com']);

function tenantData(state: SandboxState, tenant: SandboxTenant): TenantCollaboration {
	const users = state.users.filter((user) => user.tenantId === tenant.customerId);
	const members = users.filter((user) => user.userType === 'Member');
	const licensed = members.filter((user) => user.assignedLicenses.length > 0);
	const admin = members[0]?.userPrincipalName ?? `admin@${tenant.defaultDomainName}`;
	const name = sharePointName(tenant);
	const teamGroups = tenantGroups(state, tenant).filter((group) => group.groupTypes.includes('Unified'));
	const location = stableGuid(`${tenant.customerId}/location/hq`);
	return {
		sites: [
			site(tenant, {
				displayName: 'Communication site',
				webUrl: `https://${name}.sharepoint.com/`,
				ownerPrincipalName: admin,
				createdDateTime: String(tenant.organization.createdDateTime),
			}),
			site(tenant, {
				displayName: 'Sales Hub',
				webUrl: `https://${name}.sharepoint.com/sites/SalesHub`,
				ownerPrincipalName: admin,
				members: licensed.slice(1, 3).map((user) => user.userPrincipalName.toLowerCase()),
				libraries: ['Shared Documents', 'Proposals'],
			}),
			...teamGroups.map((group) => groupSite(tenant, group, users)),
			...licensed.map((user) => oneDrive(tenant, user)),
		],
		teams: new Set(teamGroups.map((group) => group.id)),
		channels: Object.fromEntries(teamGroups.map((group) => [group.id, ['General', 'Announcements']])),
		phoneNumbers: VOICE_TENANTS.has(tenant.initialDomainName) ? phoneNumbers(tenant, licensed, location) : [],
		locations: { [location]: `HQ, ${String(tenant.organization.street)}, ${String(tenant.organization.city)}` },
		settings: {
			sharingCapability: tenant.initialDomainName.startsWith('woodgrove')
				? 'existingExternalUserSharingOnly'
				: 'externalUserAndGuestSharing',
			sharingDomainRestrictionMode: 'none',
			sharingAllowedDomainList: [],
			sharingBlockedDomainList: [],
			isResharingByExternalUsersEnabled: false,
			isRequireAcceptingUserToMatchInvitedUserEnabled: true,
			isSharePointNewsfeedEnabled: false,
			isSiteCreationEnabled: true,
			isSitePagesCreationEnabled: true,
			isFileActivityNotificationEnabled: true,
			isLegacyAuthProtocolsEnabled: false,
			isLoopEnabled: true,
			isMacSyncAppEnabled: true,
			isCommentingOnSitePagesEnabled: true,
			isSyncButtonHiddenOnPersonalSite: false,
			isUnmanagedSyncAppForTenantRestricted: false,
			personalSiteDefaultStorageLimitInMB: 1_048_576,
			deletedUserPersonalSiteRetentionPeriodInDays: 30,
			excludedFileExtensionsForSyncApp: [],
			idleSessionSignOut: { isEnabled: false, warnAfterInSeconds: 0, signOutAfterInSeconds: 0 },
			imageTaggingOption: 'basic',
			siteCreationDefaultManagedPath: '/sites/',
			siteCreationDefaultStorageLimitInMB: 26_214_400,
			tenantDefaultTimezone: '(UTC-08:00) Pacific Time (US and Canada)',
			availableManagedPathsForSiteCreation: ['/sites/', '/teams/'],
			allowedDomainGuidsForSyncApp: [],
		},
		shortcuts: [],
	};
}

const collaboration = perSandbox(() => new Map<string, TenantCollaboration>());

export function tenantCollaboration(state: SandboxState, tenant: SandboxTenant): TenantCollaboration {
	const byTenant = collaboration(state);
	let data = byTenant.get(tenant.customerId);
	if (!data) {
		data = tenantData(state, tenant);
		byTenant.set(tenant.customerId, data);
	}
	return data;
}

/** A user of the tenant by UPN (SharePoint's ensureuser): unknown names fail like SharePoint. */
export function ensureUser(state: SandboxState, tenant: SandboxTenant, upn: string): SandboxUser {
	const login = upn.replace(/^i:0#\.f\|membership\|/i, '').toLowerCase();
	const user = state.users.find(
		(candidate) => candidate.tenantId === tenant.customerId && candidate.userPrincipalName.toLowerCase() === login,
	);
	if (!user) throw new GraphError(`The specified user i:0#.f|membership|${login} could not be found.`);
	return user;
}

/** The site whose URL is `url` (trailing slash and case ignored). */
export function siteByUrl(data: TenantCollaboration, url: string): Site | undefined {
	const wanted = url.trim().replace(/\/+$/, '').toLowerCase();
	return data.sites.find((candidate) => candidate.webUrl.replace(/\/+$/, '').toLowerCase() === wanted);
}
