/**
 * What the user endpoints keep beyond the shared users and groups, one copy per sandbox:
 * deleted items, authentication methods, mailboxes, risk, sign-ins, Conditional Access policies
 * and the scheduler tasks CIPP queues (offboarding, scheduled creation).
 */
import { USER_IDS } from '../../../fixtures';
import type { SandboxState, SandboxTenant, SandboxUser } from '../../../fixtures';
import { perSandbox, stableGuid, tenantGroups } from '../../../directory';
import type { SandboxGroup } from '../../../directory';
import { GraphError } from '../../../graph';
import { omit } from '../../../http';

export function nowIso(offsetMs = 0): string {
	return new Date(Date.now() + offsetMs).toISOString().replace(/\.\d+Z$/, 'Z');
}

/** A user without the sandbox bookkeeping, as Graph returns it. */
export function graphUser(user: SandboxUser): Record<string, unknown> {
	return omit(user, 'tenantId', 'managerId', 'passwordProfile');
}

export interface DeletedItem {
	tenantId: string;
	kind: 'user' | 'group';
	user?: SandboxUser;
	group?: SandboxGroup;
	deletedDateTime: string;
}

export interface AuthMethod {
	'@odata.type': string;
	id: string;
	[property: string]: unknown;
}

export interface Mailbox {
	type: 'UserMailbox' | 'SharedMailbox' | 'RoomMailbox' | 'EquipmentMailbox';
	archive: boolean;
	forwardingAddress: string | null;
	forwardingSmtpAddress: string | null;
	deliverToMailboxAndForward: boolean;
	autoReplyState: 'Enabled' | 'Disabled' | 'Scheduled';
	internalMessage: string | null;
	externalMessage: string | null;
	/** Who outside the organisation gets the external reply: Set-CIPPOutOfOffice sends 'None' unless it was given an ExternalMessage. */
	externalAudience: 'None' | 'Known' | 'All';
	startTime: string | null;
	endTime: string | null;
}

export interface ConditionalAccessPolicy {
	id: string;
	displayName: string;
	state: 'enabled' | 'disabled' | 'enabledForReportingButNotEnforced';
	/** 'All' or user object IDs. */
	includeUsers: string[];
	excludeUsers: string[];
	builtInControls: string[];
	clientAppTypes: string[];
}

/** A Graph signIn as CIPP receives it from /beta/auditLogs/signIns. */
export type SignIn = Record<string, unknown> & { createdDateTime: string; userId: string; userPrincipalName: string };

const DAY = 86_400_000;
export const SYNC_ACCOUNT = 'On-Premises Directory Synchronization Service Account';

/** Days since the last sign-in of a few fixture users; others signed in within the last three weeks. */
const LAST_SIGN_IN_DAYS: Record<string, number | null> = {
	[USER_IDS.contosoAdmin]: null,
	[USER_IDS.gradyArchie]: 240,
	[USER_IDS.johannaLorenz]: 210,
	[USER_IDS.contosoReception]: null,
	[USER_IDS.stevenBuchanan]: 400,
	[USER_IDS.christieCline]: 320,
	[USER_IDS.allanDeyoung]: 290,
	[USER_IDS.nestorWilke]: 195,
};
/** Users with repeated wrong-password sign-ins in the last two days. */
const PASSWORD_SPRAY_TARGETS = new Set<string>([USER_IDS.alexWilber, USER_IDS.lynneRobbins]);

function daysAgo(user: SandboxUser): number | null {
	if (user.id in LAST_SIGN_IN_DAYS) return LAST_SIGN_IN_DAYS[user.id];
	return parseInt(user.id.slice(0, 2), 16) % 20;
}

const APPS = [
	{ appId: '00000002-0000-0ff1-ce00-000000000000', appDisplayName: 'Office 365 Exchange Online', clientAppUsed: 'Browser' },
	{ appId: '1fec8e78-bce4-4aaf-ab1b-5451cc387264', appDisplayName: 'Microsoft Teams', clientAppUsed: 'Mobile Apps and Desktop clients' },
	{ appId: '4765445b-32c6-49b0-83e6-1d93765276ca', appDisplayName: 'OfficeHome', clientAppUsed: 'Browser' },
];

function signIn(tenant: SandboxTenant, user: SandboxUser, index: number, at: number, failed: boolean): SignIn {
	const app = APPS[index % APPS.length];
	const organization = tenant.organization;
	return {
		id: stableGuid(`${user.id}/signin/${index}`),
		createdDateTime: new Date(at).toISOString().replace(/\.\d+Z$/, 'Z'),
		userDisplayName: user.displayName,
		userPrincipalName: user.userPrincipalName,
		userId: user.id,
		appId: app.appId,
		appDisplayName: app.appDisplayName,
		ipAddress: failed ? `198.51.100.${20 + index}` : `203.0.113.${parseInt(user.id.slice(0, 2), 16) % 200}`,
		clientAppUsed: app.clientAppUsed,
		correlationId: stableGuid(`${user.id}/correlation/${index}`),
		conditionalAccessStatus: failed ? 'notApplied' : 'success',
		isInteractive: true,
		riskDetail: 'none',
		riskLevelAggregated: 'none',
		riskLevelDuringSignIn: 'none',
		riskState: 'none',
		resourceDisplayName: app.appDisplayName,
		resourceId: app.appId,
		status: failed
			? {
					errorCode: 50126,
					failureReason: 'Error validating credentials due to invalid username or password.',
					additionalDetails:
						"The user didn't enter the right credentials. It's expected to see some number of these errors in your logs due to users making mistakes.",
				}
			: { errorCode: 0, failureReason: 'Other.', additionalDetails: 'MFA requirement satisfied by claim in the token' },
		deviceDetail: {
			deviceId: '',
			displayName: '',
			operatingSystem: index % 2 ? 'Ios' : 'Windows10',
			browser: index % 2 ? 'Mobile Safari' : 'Edge 139.0.0',
			isCompliant: false,
			isManaged: false,
			trustType: '',
		},
		location: failed
			? { city: 'Amsterdam', state: 'Noord-Holland', countryOrRegion: 'NL', geoCoordinates: { latitude: 52.37, longitude: 4.89 } }
			: { city: organization.city, state: organization.state, countryOrRegion: organization.countryLetterCode, geoCoordinates: null },
		appliedConditionalAccessPolicies: [],
	};
}

/** Sign-ins of the last 30 days, newest first, made when the sandbox first needs them. */
function buildSignIns(state: SandboxState, tenant: SandboxTenant, now: number): SignIn[] {
	const events: SignIn[] = [];
	for (const user of state.users.filter((candidate) => candidate.tenantId === tenant.customerId)) {
		const days = daysAgo(user);
		if (days === null || days > 30) continue;
		const last = now - days * DAY - (parseInt(user.id.slice(2, 4), 16) % 600) * 60_000;
		[0, 1, 3].forEach((back, index) => events.push(signIn(tenant, user, index, last - back * DAY, false)));
		if (PASSWORD_SPRAY_TARGETS.has(user.id)) {
			[1, 2, 3, 4].forEach((n) => events.push(signIn(tenant, user, 10 + n, now - n * 3_600_000, true)));
		}
	}
	return events.sort((a, b) => b.createdDateTime.localeCompare(a.createdDateTime));
}

/** Last interactive sign-in as Graph's signInActivity reports it (null = never). */
export function lastSignIn(state: SandboxState, user: SandboxUser): string | null {
	const days = daysAgo(user);
	if (days === null) return null;
	const data = userData(state);
	return new Date(data.createdAt - days * DAY).toISOString().replace(/\.\d+Z$/, 'Z');
}

function conditionalAccessPolicies(tenant: SandboxTenant, state: SandboxState): ConditionalAccessPolicy[] {
	const admins = state.users
		.filter((user) => user.tenantId === tenant.customerId && /administrator/i.test(user.jobTitle ?? ''))
		.map((user) => user.id);
	const policy = (
		name: string,
		state: ConditionalAccessPolicy['state'],
		rest: Partial<ConditionalAccessPolicy>,
	): ConditionalAccessPolicy => ({
		id: stableGuid(`${tenant.customerId}/ca/${name}`),
		displayName: name,
		state,
		includeUsers: ['All'],
		excludeUsers: [],
		builtInControls: ['mfa'],
		clientAppTypes: ['all'],
		...rest,
	});
	switch (tenant.initialDomainName.split('.')[0]) {
		case 'contoso':
			return [
				policy('CA001 - Require MFA for all users', 'enabled', { excludeUsers: [USER_IDS.contosoAdmin] }),
				policy('CA002 - Block legacy authentication', 'enabled', {
					builtInControls: ['block'],
					clientAppTypes: ['exchangeActiveSync', 'other'],
				}),
				policy('CA003 - Require compliant device for admins', 'enabledForReportingButNotEnforced', {
					includeUsers: admins,
					builtInControls: ['compliantDevice'],
				}),
			];
		case 'tailspin':
			return [policy('Require MFA for all users (report-only)', 'enabledForReportingButNotEnforced', {})];
		case 'woodgrove':
			return [
				policy('Baseline - Require MFA', 'enabled', {}),
				policy('Baseline - Block legacy authentication', 'enabled', {
					builtInControls: ['block'],
					clientAppTypes: ['exchangeActiveSync', 'other'],
				}),
			];
		default:
			return [];
	}
}

/** Tenants that use security defaults instead of Conditional Access. */
export function usesSecurityDefaults(tenant: SandboxTenant): boolean {
	return tenant.initialDomainName.startsWith('northwind') || tenant.initialDomainName.startsWith('fabrikam');
}

export function policyAppliesTo(policy: ConditionalAccessPolicy, user: SandboxUser): boolean {
	if (policy.excludeUsers.includes(user.id)) return false;
	return policy.includeUsers.includes('All') || policy.includeUsers.includes(user.id);
}

function deletedUser(tenant: SandboxTenant, state: SandboxState): DeletedItem | undefined {
	const template = state.users.find((user) => user.tenantId === tenant.customerId && user.userType === 'Member');
	if (!template) return undefined;
	const id = stableGuid(`${tenant.customerId}/deleted/former.employee`);
	const upn = `former.employee@${tenant.defaultDomainName}`;
	const user: SandboxUser = {
		...structuredClone(template),
		id,
		displayName: 'Former Employee',
		givenName: 'Former',
		surname: 'Employee',
		userPrincipalName: upn,
		mail: upn,
		mailNickname: 'former.employee',
		jobTitle: 'Account Manager',
		department: 'Sales',
		accountEnabled: false,
		managerId: undefined,
		onPremisesSyncEnabled: null,
		onPremisesImmutableId: null,
		proxyAddresses: [`SMTP:${upn}`],
		createdDateTime: '2022-02-01T09:00:00Z',
		deletedDateTime: '2026-08-01T16:20:00Z',
		directoryRoles: [],
	};
	return { tenantId: tenant.customerId, kind: 'user', user, deletedDateTime: '2026-08-01T16:20:00Z' };
}

function deletedGroup(tenant: SandboxTenant): DeletedItem {
	const nickname = 'projectfalcon';
	return {
		tenantId: tenant.customerId,
		kind: 'group',
		deletedDateTime: '2026-07-15T11:05:00Z',
		group: {
			tenantId: tenant.customerId,
			id: stableGuid(`${tenant.customerId}/deleted/group/Project Falcon`),
			displayName: 'Project Falcon',
			description: 'Project Falcon (Microsoft 365)',
			mail: `${nickname}@${tenant.defaultDomainName}`,
			mailNickname: nickname,
			mailEnabled: true,
			securityEnabled: false,
			groupTypes: ['Unified'],
			visibility: 'Private',
			createdDateTime: '2024-05-02T08:00:00Z',
			calculatedGroupType: 'Microsoft 365',
			members: [],
			owners: [],
		},
	};
}

export const userData = perSandbox((state) => {
	const customers = state.tenants.filter((tenant) => !tenant.isPartner);
	return {
		createdAt: Date.now(),
		deleted: customers
			.flatMap((tenant) => [deletedUser(tenant, state), deletedGroup(tenant)])
			.filter((item): item is DeletedItem => !!item),
		authMethods: new Map<string, AuthMethod[]>(),
		perUserMfa: new Map<string, string>(),
		mailboxes: new Map<string, Mailbox>(),
		risk: new Map<string, { riskLevel: string; riskState: string }>([
			[USER_IDS.alexWilber, { riskLevel: 'high', riskState: 'atRisk' }],
			[USER_IDS.nestorWilke, { riskLevel: 'medium', riskState: 'atRisk' }],
		]),
		/** Entra device object IDs (not azureADDeviceId, see entraObjectId) deleted through ExecDeviceDelete, and disabled ones. */
		deletedDevices: new Set<string>(),
		disabledDevices: new Set<string>(),
		signIns: new Map<string, SignIn[]>(),
		policies: new Map<string, ConditionalAccessPolicy[]>(),
		/** ListMFAUsers AllTenants: the cache is filled by the first call's orchestration. */
		mfaCacheFilled: false,
	};
});

export function tenantSignIns(state: SandboxState, tenant: SandboxTenant): SignIn[] {
	const data = userData(state);
	let events = data.signIns.get(tenant.customerId);
	if (!events) {
		events = buildSignIns(state, tenant, data.createdAt);
		data.signIns.set(tenant.customerId, events);
	}
	return events;
}

export function tenantPolicies(state: SandboxState, tenant: SandboxTenant): ConditionalAccessPolicy[] {
	const data = userData(state);
	let policies = data.policies.get(tenant.customerId);
	if (!policies) {
		policies = conditionalAccessPolicies(tenant, state);
		data.policies.set(tenant.customerId, policies);
	}
	return policies;
}

/** The registered authentication methods of a user (made on first use from the fixture user). */
export function authMethods(state: SandboxState, user: SandboxUser): AuthMethod[] {
	const data = userData(state);
	let methods = data.authMethods.get(user.id);
	if (!methods) {
		methods = [
			{
				'@odata.type': '#microsoft.graph.passwordAuthenticationMethod',
				id: '28c10230-6103-485e-b985-444c60001490',
				password: null,
				createdDateTime: user.createdDateTime,
			},
		];
		if (user.userType === 'Member' && user.accountEnabled && user.assignedLicenses.length > 0) {
			methods.push(
				{
					'@odata.type': '#microsoft.graph.microsoftAuthenticatorAuthenticationMethod',
					id: stableGuid(`${user.id}/authenticator`),
					displayName: user.id.charCodeAt(0) % 2 ? 'iPhone 15' : 'Pixel 8',
					deviceTag: 'SoftwareTokenActivated',
					phoneAppVersion: '6.2508.5123',
					createdDateTime: '2024-03-12T10:22:31Z',
				},
				{
					'@odata.type': '#microsoft.graph.phoneAuthenticationMethod',
					id: '3179e48a-750b-4051-897c-87b9720928f7',
					phoneNumber: '+1 4255550' + String(parseInt(user.id.slice(0, 3), 16) % 1000).padStart(3, '0'),
					phoneType: 'mobile',
					smsSignInState: 'notAllowedByPolicy',
				},
			);
		}
		data.authMethods.set(user.id, methods);
	}
	return methods;
}

export function perUserMfaState(state: SandboxState, user: SandboxUser): string {
	return userData(state).perUserMfa.get(user.id) ?? 'disabled';
}

/** The user's Exchange mailbox, or undefined (no Exchange licence and never converted). */
export function mailboxOf(state: SandboxState, user: SandboxUser): Mailbox | undefined {
	const data = userData(state);
	let mailbox = data.mailboxes.get(user.id);
	if (!mailbox && user.userType === 'Member' && user.mail) {
		mailbox = {
			type: 'UserMailbox',
			archive: false,
			forwardingAddress: null,
			forwardingSmtpAddress: null,
			deliverToMailboxAndForward: false,
			autoReplyState: 'Disabled',
			internalMessage: null,
			externalMessage: null,
			externalAudience: 'All',
			startTime: null,
			endTime: null,
		};
		data.mailboxes.set(user.id, mailbox);
	}
	return mailbox;
}

const EXO_SERVER = 'BN8PR11MB3601.namprd11.prod.outlook.com';

/** New-ExoRequest: the recipient by UPN, object ID, primary address or proxy address. */
export function exoMailbox(state: SandboxState, tenant: SandboxTenant, identity: string): { user: SandboxUser; mailbox: Mailbox } {
	const wanted = identity.trim().toLowerCase();
	const user = state.users.find(
		(candidate) =>
			candidate.tenantId === tenant.customerId &&
			(candidate.id === wanted ||
				candidate.userPrincipalName.toLowerCase() === wanted ||
				candidate.mail?.toLowerCase() === wanted ||
				candidate.proxyAddresses.some((address) => address.toLowerCase() === `smtp:${wanted}`)),
	);
	const mailbox = user && mailboxOf(state, user);
	if (!user || !mailbox) {
		throw new GraphError(`The operation couldn't be performed because object '${identity}' couldn't be found on '${EXO_SERVER}'.`);
	}
	return { user, mailbox };
}

export function groupsOf(state: SandboxState, tenant: SandboxTenant, user: SandboxUser): SandboxGroup[] {
	return tenantGroups(state, tenant).filter((group) => group.members.includes(user.id));
}
