/**
 * Deterministic seed data for the CIPP sandbox: the MSP's partner tenant, its CIPP API clients,
 * five GDAP customer tenants with users and Intune devices, and named scenarios for tests.
 *
 * `fixtures` is the read-only seed. Every sandbox works on its own copy (`createState()`),
 * so two sandboxes in one process never share state.
 */
import type { ClientName } from './types';

// ---------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------

export interface SandboxTenant {
	customerId: string;
	displayName: string;
	defaultDomainName: string;
	initialDomainName: string;
	/** Verified domains (names). */
	domains: string[];
	/** The MSP's own tenant (where CIPP and its API clients live). */
	isPartner: boolean;
	/** GDAP relationship end (customer tenants only). */
	relationshipEnd?: string;
	/** Entra roles CIPP holds in the tenant through GDAP. Without 'User Administrator' (or higher) password resets fail. */
	gdapRoles: string[];
	/** Minimum password length the tenant enforces (CIPP generates 14-character passwords). */
	passwordMinLength: number;
	/** Entra Connect password writeback; needed to reset directory-synced users from the cloud. */
	passwordWriteback: boolean;
	/** Intune licence present (ListDevices fails without it). */
	intuneLicensed: boolean;
	/** Graph organization object (beta), as stored in Entra. */
	organization: Record<string, unknown>;
}

export interface PasswordProfile {
	password: string;
	forceChangePasswordNextSignIn: boolean;
}

/** A Graph beta user object plus `tenantId` (sandbox bookkeeping, never sent to clients). */
export interface SandboxUser {
	tenantId: string;
	id: string;
	displayName: string;
	userPrincipalName: string;
	mail: string | null;
	givenName: string | null;
	surname: string | null;
	jobTitle: string | null;
	department: string | null;
	accountEnabled: boolean;
	userType: 'Member' | 'Guest';
	/** Graph returns null (not false) for cloud-only users; CIPP's ListUsers turns it into a boolean. */
	onPremisesSyncEnabled: boolean | null;
	createdDateTime: string;
	lastPasswordChangeDateTime: string;
	assignedLicenses: Array<{ disabledPlans: string[]; skuId: string }>;
	proxyAddresses: string[];
	/** Object id of the user's manager, if any (expanded by ListUsers). */
	managerId?: string;
	/** Last password set (by ExecResetPass); Graph never returns it. */
	passwordProfile: PasswordProfile | null;
	/** Microsoft Entra directory roles the user holds (display names); Graph lists them under transitiveMemberOf. */
	directoryRoles: string[];
	[property: string]: unknown;
}

export interface ManagedDevice {
	tenantId: string;
	id: string;
	deviceName: string;
	userPrincipalName: string;
	[property: string]: unknown;
}

export interface CustomRole {
	name: string;
	permissions: string[];
	/** customerIds, or 'AllTenants'. */
	allowedTenants: string[];
	blockedTenants: string[];
}

export interface ApiClient {
	name: ClientName;
	appName: string;
	clientId: string;
	clientSecret: string;
	/** CIPP role: a base role (readonly/editor/admin/superadmin) or a custom role name. */
	role: string;
	/** App registration has the Application ID URI api://<clientId>. */
	hasIdentifierUri: boolean;
}

export interface SandboxState {
	tenants: SandboxTenant[];
	users: SandboxUser[];
	devices: ManagedDevice[];
}

// ---------------------------------------------------------------------------------------------
// Tenants
// ---------------------------------------------------------------------------------------------

export const PARTNER_TENANT_ID = '2b6a4eab-c824-431f-ad30-f3efeddd5962';

export const TENANT_IDS = {
	partner: PARTNER_TENANT_ID,
	contoso: '1032fa86-4e88-4c86-a902-b004920eb126',
	fabrikam: '6e84b877-85fd-4702-9eef-0e1440d6d5a5',
	northwind: '199a7255-c5dd-4e0d-85cd-aa31db2e3d86',
	tailspin: 'acd2108c-4155-4b53-93fc-261df9d056c5',
	woodgrove: 'd88a8a3c-e3ec-43f9-b7fd-7de0cfdc9f45',
} as const;

const FULL_GDAP_ROLES = [
	'User Administrator',
	'Privileged Authentication Administrator',
	'Exchange Administrator',
	'Intune Administrator',
	'Security Administrator',
	'Cloud Device Administrator',
	'Application Administrator',
	'Teams Administrator',
	'SharePoint Administrator',
	'Authentication Policy Administrator',
	'Privileged Role Administrator',
	'Global Reader',
];

export interface TenantSpec {
	displayName: string;
	initialDomainName: string;
	defaultDomainName?: string;
	city: string;
	state: string | null;
	country: string;
	countryLetterCode: string;
	street: string;
	postalCode: string;
	phone: string;
	createdDateTime: string;
	synced?: boolean;
	passwordMinLength?: number;
	passwordWriteback?: boolean;
	gdapRoles?: string[];
	intuneLicensed?: boolean;
	relationshipEnd?: string;
}

/** A tenant as Entra and CIPP know it; customer tenants get full GDAP unless `gdapRoles` says otherwise. */
export function buildTenant(customerId: string, spec: TenantSpec, isPartner = false): SandboxTenant {
	const defaultDomainName = spec.defaultDomainName ?? spec.initialDomainName;
	const domains = [...new Set([defaultDomainName, spec.initialDomainName])];
	return {
		customerId,
		displayName: spec.displayName,
		defaultDomainName,
		initialDomainName: spec.initialDomainName,
		domains,
		isPartner,
		relationshipEnd: spec.relationshipEnd,
		gdapRoles: spec.gdapRoles ?? FULL_GDAP_ROLES,
		passwordMinLength: spec.passwordMinLength ?? 8,
		passwordWriteback: spec.passwordWriteback ?? false,
		intuneLicensed: spec.intuneLicensed ?? true,
		organization: {
			id: customerId,
			displayName: spec.displayName,
			tenantType: 'AAD',
			createdDateTime: spec.createdDateTime,
			city: spec.city,
			state: spec.state,
			country: spec.country,
			countryLetterCode: spec.countryLetterCode,
			street: spec.street,
			postalCode: spec.postalCode,
			businessPhones: [spec.phone],
			technicalNotificationMails: [`it@${defaultDomainName}`],
			preferredLanguage: 'en',
			onPremisesSyncEnabled: spec.synced ? true : null,
			onPremisesLastSyncDateTime: spec.synced ? '2026-08-20T06:31:12Z' : null,
			onPremisesLastPasswordSyncDateTime: spec.synced ? '2026-08-20T06:29:47Z' : null,
			verifiedDomains: domains.map((name) => ({
				capabilities: 'Email, OfficeCommunicationsOnline',
				isDefault: name === defaultDomainName,
				isInitial: name === spec.initialDomainName,
				name,
				type: 'Managed',
			})),
			assignedPlans: [
				{
					assignedDateTime: spec.createdDateTime,
					capabilityStatus: 'Enabled',
					service: 'exchange',
					servicePlanId: '9aaf7827-d63c-4b61-89c3-182f06f82e5c',
				},
				{
					assignedDateTime: spec.createdDateTime,
					capabilityStatus: 'Enabled',
					service: 'AADPremiumService',
					servicePlanId: '41781fb2-bc02-4b7c-bd55-b576c07bb09d',
				},
				...(spec.intuneLicensed === false
					? []
					: [
							{
								assignedDateTime: spec.createdDateTime,
								capabilityStatus: 'Enabled',
								service: 'SCO',
								servicePlanId: 'c1ec4a95-1f05-45b3-a911-aa3fa01094f5',
							},
						]),
			],
		},
	};
}

function tenant(spec: TenantSpec & { key: keyof typeof TENANT_IDS }): SandboxTenant {
	return buildTenant(TENANT_IDS[spec.key], spec, spec.key === 'partner');
}

const tenants: SandboxTenant[] = [
	tenant({
		key: 'partner',
		displayName: 'Northstar IT Services',
		initialDomainName: 'northstarit.onmicrosoft.com',
		defaultDomainName: 'northstarit.com',
		city: 'Denver',
		state: 'CO',
		country: 'United States',
		countryLetterCode: 'US',
		street: '1801 California St',
		postalCode: '80202',
		phone: '+1 303 555 0100',
		createdDateTime: '2019-03-11T15:02:44Z',
		gdapRoles: ['Global Administrator'],
	}),
	tenant({
		key: 'contoso',
		displayName: 'Contoso Ltd',
		initialDomainName: 'contoso.onmicrosoft.com',
		city: 'Redmond',
		state: 'WA',
		country: 'United States',
		countryLetterCode: 'US',
		street: '4567 Main St',
		postalCode: '98052',
		phone: '+1 425 555 0109',
		createdDateTime: '2020-06-02T09:14:21Z',
		synced: true,
		passwordWriteback: true,
		relationshipEnd: '2028-06-02T09:20:00Z',
	}),
	tenant({
		key: 'fabrikam',
		displayName: 'Fabrikam Inc',
		initialDomainName: 'fabrikam.onmicrosoft.com',
		city: 'Seattle',
		state: 'WA',
		country: 'United States',
		countryLetterCode: 'US',
		street: '123 Pine St',
		postalCode: '98101',
		phone: '+1 206 555 0142',
		createdDateTime: '2021-01-19T18:40:03Z',
		passwordMinLength: 16,
		relationshipEnd: '2027-01-19T18:45:00Z',
	}),
	tenant({
		key: 'northwind',
		displayName: 'Northwind Traders',
		initialDomainName: 'northwind.onmicrosoft.com',
		city: 'London',
		state: null,
		country: 'United Kingdom',
		countryLetterCode: 'GB',
		street: '12 Orchestra Terrace',
		postalCode: 'W1 8AB',
		phone: '+44 20 7946 0321',
		createdDateTime: '2021-09-07T07:55:10Z',
		gdapRoles: ['Global Reader', 'Exchange Administrator', 'Intune Administrator'],
		relationshipEnd: '2026-12-07T08:00:00Z',
	}),
	tenant({
		key: 'tailspin',
		displayName: 'Tailspin Toys',
		initialDomainName: 'tailspin.onmicrosoft.com',
		city: 'Austin',
		state: 'TX',
		country: 'United States',
		countryLetterCode: 'US',
		street: '300 Congress Ave',
		postalCode: '78701',
		phone: '+1 512 555 0178',
		createdDateTime: '2022-04-25T13:03:59Z',
		synced: true,
		passwordWriteback: false,
		intuneLicensed: false,
		relationshipEnd: '2027-04-25T13:10:00Z',
	}),
	tenant({
		key: 'woodgrove',
		displayName: 'Woodgrove Bank',
		initialDomainName: 'woodgrove.onmicrosoft.com',
		defaultDomainName: 'woodgrovebank.com',
		city: 'Toronto',
		state: 'ON',
		country: 'Canada',
		countryLetterCode: 'CA',
		street: '100 King St W',
		postalCode: 'M5X 1A9',
		phone: '+1 416 555 0190',
		createdDateTime: '2023-02-14T10:21:37Z',
		relationshipEnd: '2028-02-14T10:30:00Z',
	}),
];

// ---------------------------------------------------------------------------------------------
// Users
// ---------------------------------------------------------------------------------------------

/** License SKUs used by the fixtures (skuId -> product name, as in CIPP's ConversionTable.csv). */
export const LICENSE_NAMES: Record<string, string> = {
	'cbdc14ab-d96c-4c30-b9f4-6ada7cdc1d46': 'Microsoft 365 Business Premium',
	'f245ecc8-75af-4f8e-b61f-27d8114de5f3': 'Microsoft 365 Business Standard',
	'3b555118-da6a-4418-894f-7df1e2096870': 'Microsoft 365 Business Basic',
	'05e9a617-0261-4cee-bb44-138d3ef5d965': 'Microsoft 365 E3',
	'4b9405b0-7788-4568-add1-99614e613b69': 'Exchange Online (Plan 1)',
};
const SKU = {
	businessPremium: 'cbdc14ab-d96c-4c30-b9f4-6ada7cdc1d46',
	businessStandard: 'f245ecc8-75af-4f8e-b61f-27d8114de5f3',
	businessBasic: '3b555118-da6a-4418-894f-7df1e2096870',
	e3: '05e9a617-0261-4cee-bb44-138d3ef5d965',
	exchangeP1: '4b9405b0-7788-4568-add1-99614e613b69',
} as const;

export interface UserSpec {
	id: string;
	givenName: string;
	surname: string;
	/** UPN prefix; default `given.surname` in lower case. */
	alias?: string;
	displayName?: string;
	jobTitle?: string;
	department?: string;
	enabled?: boolean;
	licenses?: Array<keyof typeof SKU>;
	/** Directory-synced from on-premises AD. */
	synced?: boolean;
	managerId?: string;
	created: string;
	passwordChanged?: string;
	directoryRoles?: string[];
}

function tenantByKey(key: keyof typeof TENANT_IDS): SandboxTenant {
	const found = tenants.find((t) => t.customerId === TENANT_IDS[key]);
	if (!found) throw new Error(`fixture tenant ${key} missing`);
	return found;
}

function baseUser(t: SandboxTenant, spec: UserSpec & { upn: string; userType: 'Member' | 'Guest' }): SandboxUser {
	const passwordChanged = spec.passwordChanged ?? spec.created;
	const licensed = (spec.licenses ?? []).length > 0;
	return {
		tenantId: t.customerId,
		id: spec.id,
		deletedDateTime: null,
		accountEnabled: spec.enabled ?? true,
		ageGroup: null,
		businessPhones: [],
		city: null,
		companyName: null,
		country: null,
		createdDateTime: spec.created,
		creationType: null,
		department: spec.department ?? null,
		displayName: spec.displayName ?? `${spec.givenName} ${spec.surname}`,
		employeeId: null,
		externalUserState: null,
		externalUserStateChangeDateTime: null,
		givenName: spec.givenName,
		jobTitle: spec.jobTitle ?? null,
		lastPasswordChangeDateTime: passwordChanged,
		mail: licensed ? spec.upn : null,
		mailNickname: spec.alias ?? spec.upn.split('@')[0],
		mobilePhone: null,
		officeLocation: null,
		onPremisesDistinguishedName: null,
		onPremisesDomainName: null,
		onPremisesImmutableId: null,
		onPremisesLastSyncDateTime: null,
		onPremisesSamAccountName: null,
		onPremisesSecurityIdentifier: null,
		onPremisesSyncEnabled: null,
		onPremisesUserPrincipalName: null,
		otherMails: [],
		passwordPolicies: null,
		postalCode: null,
		preferredLanguage: null,
		proxyAddresses: [],
		refreshTokensValidFromDateTime: passwordChanged,
		showInAddressList: null,
		signInSessionsValidFromDateTime: passwordChanged,
		state: null,
		streetAddress: null,
		surname: spec.surname,
		usageLocation: t.organization.countryLetterCode as string,
		userPrincipalName: spec.upn,
		userType: spec.userType,
		assignedLicenses: (spec.licenses ?? []).map((key) => ({ disabledPlans: [], skuId: SKU[key] })),
		managerId: spec.managerId,
		passwordProfile: null,
		directoryRoles: spec.directoryRoles ?? [],
	};
}

/** A member user of tenant `t` (UPN on the tenant's default domain). */
export function buildMember(t: SandboxTenant, spec: UserSpec): SandboxUser {
	const alias = spec.alias ?? `${spec.givenName}.${spec.surname}`.toLowerCase();
	const upn = `${alias}@${t.defaultDomainName}`;
	const user = baseUser(t, { ...spec, alias, upn, userType: 'Member' });
	user.city = t.organization.city;
	user.country = t.organization.country;
	if ((spec.licenses ?? []).length > 0) {
		user.proxyAddresses = [`SMTP:${upn}`];
		if (t.initialDomainName !== t.defaultDomainName) user.proxyAddresses.push(`smtp:${alias}@${t.initialDomainName}`);
	}
	if (spec.synced) {
		const adDomain = `corp.${t.defaultDomainName.split('.')[0]}.local`;
		const sam = alias.replace('.', '').slice(0, 20);
		Object.assign(user, {
			onPremisesSyncEnabled: true,
			onPremisesDomainName: adDomain,
			onPremisesSamAccountName: sam,
			onPremisesUserPrincipalName: `${alias}@${adDomain}`,
			onPremisesDistinguishedName: `CN=${user.displayName},OU=Users,OU=${t.displayName.split(' ')[0]},DC=${adDomain.split('.').join(',DC=')}`,
			onPremisesImmutableId: Buffer.from(spec.id.replace(/-/g, ''), 'hex').toString('base64'),
			onPremisesSecurityIdentifier: `S-1-5-21-3623811015-3361044348-30300820-${1100 + (parseInt(spec.id.slice(0, 4), 16) % 800)}`,
			onPremisesLastSyncDateTime: '2026-08-20T06:31:12Z',
		});
	}
	return user;
}

function member(key: keyof typeof TENANT_IDS, spec: UserSpec): SandboxUser {
	return buildMember(tenantByKey(key), spec);
}

function guest(key: keyof typeof TENANT_IDS, spec: Omit<UserSpec, 'alias'> & { email: string }): SandboxUser {
	const t = tenantByKey(key);
	const alias = `${spec.email.replace('@', '_')}#EXT#`;
	const upn = `${alias}@${t.initialDomainName}`;
	const user = baseUser(t, { ...spec, alias, upn, userType: 'Guest' });
	Object.assign(user, {
		mail: spec.email,
		otherMails: [spec.email],
		proxyAddresses: [`SMTP:${spec.email}`],
		creationType: 'Invitation',
		externalUserState: 'Accepted',
		externalUserStateChangeDateTime: spec.created,
		usageLocation: null,
	});
	return user;
}

/** Object ids of the users tests refer to by name. */
export const USER_IDS = {
	// Contoso (writeback on)
	adeleVance: '56973648-3024-4f71-8597-648be1eeee9a',
	alexWilber: 'd95e65cc-8ef3-434d-9970-64c4b0df99ee',
	meganBowen: 'd46fea3b-060c-4f11-a11d-616f0c8359c2',
	leeGu: 'cd92aaf4-76e6-4846-8b17-a9b08ad80c14',
	johannaLorenz: '2f1c6af3-4dbb-490d-8e30-18ccd01a9f3a',
	contosoAdmin: '36610c75-ead1-448f-a2a8-14c90ced9fc9',
	contosoReception: '6c76e442-6a23-4365-a22b-8dd913c4fe75',
	diegoSiciliani: 'bdd1b868-7627-47e1-b698-b951da569883',
	gradyArchie: 'a2eb416b-edff-43b5-9a62-50600d810cb6',
	pradeepGupta: 'af9c36c5-1f56-47fb-836a-2133e9e6e710',
	janeGuest: '29cf2624-7311-4132-b757-03fa6feb9950',
	// Fabrikam (password policy: minimum 16)
	pattiFernandez: '07ec52be-95e2-4a0e-8188-2aefaf8e38e5',
	lynneRobbins: '6669dfec-541f-4ce9-97e7-4a6c3e401ee8',
	nestorWilke: 'edf81393-12ce-4110-a297-f514ac290e78',
	bobGuest: '9c67a641-24c7-4f07-a26a-0da108a4ed0f',
	// Northwind (GDAP without User Administrator)
	nancyDavolio: '1fd930a6-0425-43de-b494-e2d98f41b21e',
	andrewFuller: '64a38d13-7fb2-4b63-9093-12a3bc0d94d4',
	janetLeverling: '5e393bd9-d665-4654-b0de-cf21c98cdc77',
	stevenBuchanan: '460e7939-2377-4a67-8bc4-0ab8b634bc40',
	// Tailspin (synced, writeback off, no Intune)
	irvinSayers: 'a6a444de-538c-47e0-a9d1-28749584f58c',
	miriamGraham: '076eff57-b915-4447-8b50-bc0dbfa52260',
	joniSherman: 'ef780a79-83d6-4ca7-ab98-92fda345c316',
	christieCline: 'dfb96c5a-20e0-4b41-83fd-32c3a3049313',
	samGuest: 'f20712be-fd54-4527-ba9e-62e35e7f83bd',
	// Woodgrove (custom default domain)
	katLarsson: '15ee027d-c976-4316-9b99-3bac210b45a5',
	benWalters: '9fdefd7f-8c4b-4e5c-9040-192ca9442a40',
	allanDeyoung: '35538fdf-f077-4c5e-b917-04469b409470',
	emilyBraun: '5f77547d-d4c9-4947-b4a9-0c4cea976309',
	// Partner tenant (the MSP's own staff)
	samRivera: '10adc4a9-e00a-4d89-a821-989706704384',
	priyaNatarajan: '3dcf19f4-d5e2-4eda-b71b-d184f508eb01',
	breakGlass: 'd8af2164-4141-463e-8894-bf737615a5ea',
} as const;
const U = USER_IDS;

const users: SandboxUser[] = [
	// Contoso Ltd
	member('contoso', {
		id: U.adeleVance,
		givenName: 'Adele',
		surname: 'Vance',
		jobTitle: 'Retail Manager',
		department: 'Retail',
		licenses: ['businessPremium'],
		managerId: U.meganBowen,
		created: '2020-06-15T08:12:00Z',
		passwordChanged: '2026-02-03T10:15:22Z',
	}),
	member('contoso', {
		id: U.alexWilber,
		givenName: 'Alex',
		surname: 'Wilber',
		jobTitle: 'Marketing Assistant',
		department: 'Marketing',
		licenses: ['businessPremium'],
		managerId: U.meganBowen,
		created: '2020-06-15T08:12:05Z',
	}),
	member('contoso', {
		id: U.meganBowen,
		givenName: 'Megan',
		surname: 'Bowen',
		jobTitle: 'Marketing Manager',
		department: 'Marketing',
		licenses: ['businessPremium'],
		created: '2020-06-15T08:12:09Z',
	}),
	member('contoso', {
		id: U.leeGu,
		givenName: 'Lee',
		surname: 'Gu',
		jobTitle: 'IT Administrator',
		department: 'IT',
		licenses: ['businessPremium'],
		directoryRoles: ['User Administrator'],
		created: '2020-06-16T11:40:31Z',
	}),
	member('contoso', {
		id: U.johannaLorenz,
		givenName: 'Johanna',
		surname: 'Lorenz',
		jobTitle: 'Senior Engineer',
		department: 'Engineering',
		enabled: false,
		created: '2021-03-01T09:00:00Z',
	}),
	member('contoso', {
		id: U.contosoAdmin,
		givenName: 'Contoso',
		surname: 'Admin',
		alias: 'admin',
		jobTitle: 'Global Administrator',
		directoryRoles: ['Global Administrator'],
		created: '2020-06-02T09:14:30Z',
	}),
	member('contoso', {
		id: U.contosoReception,
		givenName: 'Contoso',
		surname: 'Reception',
		alias: 'reception',
		enabled: false,
		licenses: ['exchangeP1'],
		created: '2022-09-12T14:02:11Z',
	}),
	member('contoso', {
		id: U.diegoSiciliani,
		givenName: 'Diego',
		surname: 'Siciliani',
		jobTitle: 'HR Manager',
		department: 'HR',
		licenses: ['businessPremium'],
		synced: true,
		created: '2020-07-01T06:00:12Z',
	}),
	member('contoso', {
		id: U.gradyArchie,
		givenName: 'Grady',
		surname: 'Archie',
		jobTitle: 'Designer',
		department: 'R&D',
		licenses: ['businessStandard'],
		synced: true,
		managerId: U.diegoSiciliani,
		created: '2020-07-01T06:00:19Z',
	}),
	member('contoso', {
		id: U.pradeepGupta,
		givenName: 'Pradeep',
		surname: 'Gupta',
		jobTitle: 'Accountant',
		department: 'Finance',
		enabled: false,
		synced: true,
		created: '2020-07-01T06:00:25Z',
	}),
	guest('contoso', { id: U.janeGuest, givenName: 'Jane', surname: 'Doe', email: 'jane@gmail.com', created: '2023-05-18T16:45:03Z' }),
	// Fabrikam Inc
	member('fabrikam', {
		id: U.pattiFernandez,
		givenName: 'Patti',
		surname: 'Fernandez',
		jobTitle: 'President',
		department: 'Executive',
		licenses: ['e3'],
		created: '2021-01-20T10:00:00Z',
	}),
	member('fabrikam', {
		id: U.lynneRobbins,
		givenName: 'Lynne',
		surname: 'Robbins',
		jobTitle: 'Planner',
		department: 'Retail',
		licenses: ['e3'],
		managerId: U.pattiFernandez,
		created: '2021-01-20T10:00:07Z',
	}),
	member('fabrikam', {
		id: U.nestorWilke,
		givenName: 'Nestor',
		surname: 'Wilke',
		jobTitle: 'Director',
		department: 'Operations',
		licenses: ['e3'],
		created: '2021-01-20T10:00:13Z',
	}),
	guest('fabrikam', { id: U.bobGuest, givenName: 'Bob', surname: 'Kelly', email: 'bob@outlook.com', created: '2024-02-02T12:30:45Z' }),
	// Northwind Traders
	member('northwind', {
		id: U.nancyDavolio,
		givenName: 'Nancy',
		surname: 'Davolio',
		jobTitle: 'Sales Representative',
		department: 'Sales',
		licenses: ['businessBasic'],
		managerId: U.andrewFuller,
		created: '2021-09-08T08:00:00Z',
	}),
	member('northwind', {
		id: U.andrewFuller,
		givenName: 'Andrew',
		surname: 'Fuller',
		jobTitle: 'Vice President, Sales',
		department: 'Sales',
		licenses: ['businessStandard'],
		created: '2021-09-08T08:00:04Z',
	}),
	member('northwind', {
		id: U.janetLeverling,
		givenName: 'Janet',
		surname: 'Leverling',
		jobTitle: 'Sales Representative',
		department: 'Sales',
		licenses: ['businessBasic'],
		managerId: U.andrewFuller,
		created: '2021-09-08T08:00:09Z',
	}),
	member('northwind', {
		id: U.stevenBuchanan,
		givenName: 'Steven',
		surname: 'Buchanan',
		jobTitle: 'Sales Manager',
		department: 'Sales',
		enabled: false,
		created: '2021-09-08T08:00:15Z',
	}),
	// Tailspin Toys
	member('tailspin', {
		id: U.irvinSayers,
		givenName: 'Irvin',
		surname: 'Sayers',
		jobTitle: 'IT Administrator',
		department: 'IT',
		licenses: ['businessPremium'],
		directoryRoles: ['Exchange Administrator'],
		created: '2022-04-26T09:30:00Z',
	}),
	member('tailspin', {
		id: U.miriamGraham,
		givenName: 'Miriam',
		surname: 'Graham',
		jobTitle: 'Director',
		department: 'Sales & Marketing',
		licenses: ['businessPremium'],
		synced: true,
		created: '2022-04-26T09:41:18Z',
	}),
	member('tailspin', {
		id: U.joniSherman,
		givenName: 'Joni',
		surname: 'Sherman',
		jobTitle: 'Paralegal',
		department: 'Legal',
		licenses: ['businessStandard'],
		synced: true,
		managerId: U.miriamGraham,
		created: '2022-04-26T09:41:22Z',
	}),
	member('tailspin', {
		id: U.christieCline,
		givenName: 'Christie',
		surname: 'Cline',
		jobTitle: 'Buyer',
		department: 'Retail',
		enabled: false,
		synced: true,
		created: '2022-04-26T09:41:29Z',
	}),
	guest('tailspin', {
		id: U.samGuest,
		givenName: 'Sam',
		surname: 'Taylor',
		email: 'sam.taylor@partner.example',
		created: '2024-11-05T15:12:40Z',
	}),
	// Woodgrove Bank
	member('woodgrove', {
		id: U.katLarsson,
		givenName: 'Kat',
		surname: 'Larsson',
		jobTitle: 'Teller',
		department: 'Branch',
		licenses: ['businessStandard'],
		managerId: U.emilyBraun,
		created: '2023-02-15T09:00:00Z',
	}),
	member('woodgrove', {
		id: U.benWalters,
		givenName: 'Ben',
		surname: 'Walters',
		jobTitle: 'Loan Officer',
		department: 'Lending',
		licenses: ['businessStandard'],
		managerId: U.emilyBraun,
		created: '2023-02-15T09:00:06Z',
	}),
	member('woodgrove', {
		id: U.allanDeyoung,
		givenName: 'Allan',
		surname: 'Deyoung',
		jobTitle: 'Teller',
		department: 'Branch',
		enabled: false,
		created: '2023-02-15T09:00:11Z',
	}),
	member('woodgrove', {
		id: U.emilyBraun,
		givenName: 'Emily',
		surname: 'Braun',
		jobTitle: 'Branch Manager',
		department: 'Branch',
		licenses: ['businessPremium'],
		created: '2023-02-15T09:00:17Z',
	}),
	// Northstar IT Services (partner)
	member('partner', {
		id: U.samRivera,
		givenName: 'Sam',
		surname: 'Rivera',
		jobTitle: 'Service Desk Engineer',
		department: 'Service Desk',
		licenses: ['businessPremium'],
		created: '2019-04-01T14:00:00Z',
	}),
	member('partner', {
		id: U.priyaNatarajan,
		givenName: 'Priya',
		surname: 'Natarajan',
		jobTitle: 'Cloud Architect',
		department: 'Projects',
		licenses: ['businessPremium'],
		created: '2019-05-13T14:00:00Z',
	}),
	member('partner', {
		id: U.breakGlass,
		givenName: 'Break',
		surname: 'Glass',
		alias: 'breakglass',
		displayName: 'Northstar Break Glass',
		jobTitle: 'Global Administrator',
		directoryRoles: ['Global Administrator'],
		created: '2019-03-11T15:10:00Z',
	}),
];

// ---------------------------------------------------------------------------------------------
// Intune managed devices
// ---------------------------------------------------------------------------------------------

interface DeviceSpec {
	id: string;
	azureADDeviceId: string;
	userId: string;
	deviceName: string;
	os: 'Windows' | 'iOS' | 'macOS' | 'Android';
	osVersion: string;
	model: string;
	manufacturer: string;
	serialNumber: string;
	complianceState: 'compliant' | 'noncompliant' | 'inGracePeriod' | 'unknown';
	ownerType: 'company' | 'personal';
	enrolled: string;
	lastSync: string;
}

const ENROLLMENT_TYPE: Record<DeviceSpec['os'], string> = {
	Windows: 'windowsAzureADJoin',
	iOS: 'appleUserEnrollment',
	macOS: 'appleBulkWithUser',
	Android: 'androidEnterpriseFullyManaged',
};

function device(spec: DeviceSpec): ManagedDevice {
	const owner = users.find((u) => u.id === spec.userId);
	if (!owner) throw new Error(`fixture device ${spec.deviceName}: unknown user`);
	return {
		tenantId: owner.tenantId,
		id: spec.id,
		userId: owner.id,
		deviceName: spec.deviceName,
		managedDeviceName: `${owner.userPrincipalName.split('@')[0]}_${spec.os}_${spec.enrolled.slice(0, 10)}`,
		ownerType: spec.ownerType,
		managedDeviceOwnerType: spec.ownerType,
		managementState: 'managed',
		enrolledDateTime: spec.enrolled,
		lastSyncDateTime: spec.lastSync,
		operatingSystem: spec.os,
		complianceState: spec.complianceState,
		jailBroken: spec.os === 'iOS' || spec.os === 'Android' ? 'False' : 'Unknown',
		managementAgent: 'mdm',
		osVersion: spec.osVersion,
		easActivated: false,
		azureADRegistered: true,
		deviceEnrollmentType: ENROLLMENT_TYPE[spec.os],
		emailAddress: owner.mail ?? '',
		azureADDeviceId: spec.azureADDeviceId,
		deviceRegistrationState: 'registered',
		deviceCategoryDisplayName: 'Unknown category',
		isSupervised: spec.os === 'iOS' && spec.ownerType === 'company',
		isEncrypted: true,
		userPrincipalName: owner.userPrincipalName,
		userDisplayName: owner.displayName,
		model: spec.model,
		manufacturer: spec.manufacturer,
		serialNumber: spec.serialNumber,
		imei: '',
		meid: '',
		phoneNumber: '',
		wiFiMacAddress: '',
		totalStorageSpaceInBytes: spec.os === 'Windows' ? 511_101_108_224 : 127_968_280_576,
		freeStorageSpaceInBytes: spec.os === 'Windows' ? 301_394_395_136 : 61_203_480_576,
		complianceGracePeriodExpirationDateTime: '9999-12-31T23:59:59Z',
		partnerReportedThreatState: 'unknown',
		joinType: spec.os === 'Windows' ? 'azureADJoined' : 'unknown',
		autopilotEnrolled: spec.os === 'Windows',
	};
}

const devices: ManagedDevice[] = [
	device({
		id: '04c3b5f2-3efc-4c49-ab9b-27d4ef568410',
		azureADDeviceId: '4eef487f-6538-4f41-a732-6f08f503cc8e',
		userId: U.adeleVance,
		deviceName: 'CONTOSO-LT-0142',
		os: 'Windows',
		osVersion: '10.0.26100.4946',
		model: 'Surface Laptop 6',
		manufacturer: 'Microsoft Corporation',
		serialNumber: '0F3K9PL24703',
		complianceState: 'compliant',
		ownerType: 'company',
		enrolled: '2025-01-14T10:22:31Z',
		lastSync: '2026-08-21T07:45:12Z',
	}),
	device({
		id: '351e61d7-fb0f-4e49-be8a-fb5a8c68feb0',
		azureADDeviceId: 'f43d7606-8f82-43f0-8f90-d61837ac4c32',
		userId: U.alexWilber,
		deviceName: "Alex's iPhone",
		os: 'iOS',
		osVersion: '18.6.2',
		model: 'iPhone 15',
		manufacturer: 'Apple',
		serialNumber: 'F4GZK2Q1N72M',
		complianceState: 'noncompliant',
		ownerType: 'personal',
		enrolled: '2024-10-03T17:05:44Z',
		lastSync: '2026-08-12T19:02:51Z',
	}),
	device({
		id: '7169f46f-92a9-4d91-9df4-ed12ed13d707',
		azureADDeviceId: '1f687dc2-bf75-44f5-b55d-f9fe2d866d59',
		userId: U.leeGu,
		deviceName: 'CONTOSO-MBP-007',
		os: 'macOS',
		osVersion: '15.6.1',
		model: 'MacBook Pro (14-inch, M3, Nov 2023)',
		manufacturer: 'Apple',
		serialNumber: 'C02ZW1XQMD6T',
		complianceState: 'compliant',
		ownerType: 'company',
		enrolled: '2024-03-18T08:30:00Z',
		lastSync: '2026-08-21T06:12:40Z',
	}),
	device({
		id: '55ebbafb-c273-4436-9199-033ad4d887db',
		azureADDeviceId: 'd99fdd9c-6a40-4867-92b5-46623516a64a',
		userId: U.pattiFernandez,
		deviceName: 'FAB-DT-0031',
		os: 'Windows',
		osVersion: '10.0.22631.5768',
		model: 'OptiPlex 7010',
		manufacturer: 'Dell Inc.',
		serialNumber: '7XK3MZ3',
		complianceState: 'compliant',
		ownerType: 'company',
		enrolled: '2023-11-02T09:41:12Z',
		lastSync: '2026-08-20T22:18:03Z',
	}),
	device({
		id: '92849d78-eb5a-4ffa-af81-b4d7a699eb82',
		azureADDeviceId: 'fe97f37c-ac1c-4a1a-811b-313e233fab94',
		userId: U.nestorWilke,
		deviceName: 'FAB-AND-0007',
		os: 'Android',
		osVersion: '15',
		model: 'Galaxy S24',
		manufacturer: 'samsung',
		serialNumber: 'R5CX21ABCDE',
		complianceState: 'inGracePeriod',
		ownerType: 'company',
		enrolled: '2025-06-21T13:20:09Z',
		lastSync: '2026-08-19T11:54:37Z',
	}),
	device({
		id: '09114b07-fdac-4369-9ee4-9a9b1cdebc9c',
		azureADDeviceId: '22754d4a-5855-4c98-8528-6b7ef1cccfd6',
		userId: U.nancyDavolio,
		deviceName: 'NW-LT-0012',
		os: 'Windows',
		osVersion: '10.0.26100.4946',
		model: 'ThinkPad T14 Gen 4',
		manufacturer: 'LENOVO',
		serialNumber: 'PF4QK7ZD',
		complianceState: 'compliant',
		ownerType: 'company',
		enrolled: '2024-08-27T15:03:56Z',
		lastSync: '2026-08-21T05:40:26Z',
	}),
	device({
		id: 'e4c34298-53a5-4474-8617-831165527a95',
		azureADDeviceId: '5e6ac1af-1138-4a46-89e6-9f1b1433aec8',
		userId: U.andrewFuller,
		deviceName: "Andrew's iPhone",
		os: 'iOS',
		osVersion: '18.6',
		model: 'iPhone 16 Pro',
		manufacturer: 'Apple',
		serialNumber: 'H7PQL9X2VJ4K',
		complianceState: 'compliant',
		ownerType: 'company',
		enrolled: '2025-09-30T10:11:12Z',
		lastSync: '2026-08-20T18:33:09Z',
	}),
	device({
		id: 'a2666082-1724-44fb-9edf-82b925d12fe5',
		azureADDeviceId: '301df0b3-95be-47e5-8196-f775d7a95154',
		userId: U.katLarsson,
		deviceName: 'WGB-TLR-0104',
		os: 'Windows',
		osVersion: '10.0.22631.5768',
		model: 'HP EliteDesk 800 G6',
		manufacturer: 'HP',
		serialNumber: 'MXL1234ABC',
		complianceState: 'unknown',
		ownerType: 'company',
		enrolled: '2023-03-01T12:00:00Z',
		lastSync: '2026-06-02T08:15:44Z',
	}),
	device({
		id: 'fcd4f05c-6bc8-49bb-abf4-0209e55ff7b4',
		azureADDeviceId: 'efb65472-0f1b-4b0d-81f5-7afb9da7c96a',
		userId: U.emilyBraun,
		deviceName: 'WGB-LT-0009',
		os: 'Windows',
		osVersion: '10.0.26100.4946',
		model: 'Surface Pro 10',
		manufacturer: 'Microsoft Corporation',
		serialNumber: '0A7M3TR25101',
		complianceState: 'compliant',
		ownerType: 'company',
		enrolled: '2024-12-09T09:09:09Z',
		lastSync: '2026-08-21T07:01:55Z',
	}),
];

// ---------------------------------------------------------------------------------------------
// CIPP API clients (app registrations in the partner tenant) and the custom role
// ---------------------------------------------------------------------------------------------

const clients: Record<ClientName, ApiClient> = {
	editor: {
		name: 'editor',
		appName: 'n8n automation',
		role: 'editor',
		hasIdentifierUri: true,
		clientId: 'a9829363-2834-411e-bb93-bfb0d0ed2a5a',
		clientSecret: 'dbO6Q~asGrMYWUcmbGKgSPIibDZszTw0O7dISI~b',
	},
	readonly: {
		name: 'readonly',
		appName: 'n8n reporting',
		role: 'readonly',
		hasIdentifierUri: true,
		clientId: '5422223d-3a79-4e00-8cd3-6f4265535d1d',
		clientSecret: 'L9G1Q~-xGQXiianIq2rgb~xzddUTwvOIbJX7oKva',
	},
	restricted: {
		name: 'restricted',
		appName: 'n8n Contoso helpdesk',
		role: 'helpdesk-contoso',
		hasIdentifierUri: true,
		clientId: '97efaf3e-9f14-4558-b915-4df0257e6cf9',
		clientSecret: 'x6h4Q~RrDvWD-xQ0~OTD4AIopPzq4WZ6GwX1rwOI',
	},
	admin: {
		name: 'admin',
		appName: 'n8n CIPP administration',
		role: 'admin',
		hasIdentifierUri: true,
		clientId: '3f1d2c4b-5a6e-4f70-8b9c-0d1e2f3a4b5c',
		clientSecret: 'Qm7kQ~pT2vXw9yZ-aB3cD4eF5gH6iJ7kL8mN9oP0',
	},
	noUri: {
		name: 'noUri',
		appName: 'n8n (imported, no Application ID URI)',
		role: 'editor',
		hasIdentifierUri: false,
		clientId: '0e634b07-9933-444a-9916-07532e8c8a20',
		clientSecret: 'J8e0Q~HQiA~EQJ5AF_DEOqIPDx26ql5iDIs73g0a',
	},
	superadmin: {
		name: 'superadmin',
		appName: 'n8n CIPP owner',
		role: 'superadmin',
		hasIdentifierUri: true,
		clientId: '7c2e9d41-3b6a-4f85-9e10-2d4c6b8a0f13',
		clientSecret: 'Vh3pQ~sW8nK2xR5tY-bC7dE1fG4hJ6kL9mZ0qA2s',
	},
};

const customRoles: Record<string, CustomRole> = {
	'helpdesk-contoso': {
		name: 'helpdesk-contoso',
		permissions: ['CIPP.Core.Read', 'Identity.User.ReadWrite', 'Identity.Group.Read', 'Tenant.Directory.Read'],
		allowedTenants: [TENANT_IDS.contoso],
		blockedTenants: [],
	},
};

// ---------------------------------------------------------------------------------------------
// Named scenarios (what a test should expect from ExecResetPass and friends)
// ---------------------------------------------------------------------------------------------

function scenario(userId: string, expect: string) {
	const user = users.find((u) => u.id === userId);
	const t = tenants.find((x) => x.customerId === user?.tenantId);
	if (!user || !t) throw new Error(`fixture scenario: unknown user ${userId}`);
	return {
		tenant: t.defaultDomainName,
		tenantId: t.customerId,
		userId,
		upn: user.userPrincipalName,
		displayName: user.displayName,
		expect,
	};
}

const scenarios = {
	cloudUser: scenario(U.adeleVance, 'ExecResetPass 200 "Successfully reset the password ..."'),
	disabledUser: scenario(U.johannaLorenz, 'ExecResetPass 200 (disabled accounts can be reset)'),
	syncedUserWithWriteback: scenario(U.diegoSiciliani, 'ExecResetPass 200 "Password reset accepted ... password writeback ..."'),
	guestUser: scenario(
		U.janeGuest,
		"ExecResetPass 200 by object id or with '#' sent as '%23'; a raw '#EXT#' UPN is cut at the '#' (URL fragment) -> 500 does not exist",
	),
	passwordPolicyTooShort: scenario(U.pattiFernandez, 'ExecResetPass 500 "... does not comply with password complexity requirements ..."'),
	insufficientPrivileges: scenario(U.nancyDavolio, 'ExecResetPass 500 "... Insufficient privileges to complete the operation."'),
	syncedUserWithoutWriteback: scenario(U.miriamGraham, 'ExecResetPass 500 "... password writeback is not enabled for the tenant ..."'),
	cloudUserInWritebackOffTenant: scenario(U.irvinSayers, 'ExecResetPass 200 (writeback only matters for synced users)'),
	customDomainUser: scenario(U.katLarsson, 'tenant addressed as woodgrovebank.com, woodgrove.onmicrosoft.com or its GUID'),
	partnerUser: scenario(U.samRivera, 'found when tenantFilter is omitted (CIPP falls back to the partner tenant)'),
	unknownTenant: {
		tenant: 'doesnotexist.onmicrosoft.com',
		expect: "500 \"... Graph request denied for '<tenant>': the tenant is not in CIPP's tenant list.\"",
	},
	unknownUser: {
		tenant: 'contoso.onmicrosoft.com',
		upn: 'nobody@contoso.onmicrosoft.com',
		expect: '500 "... Resource \'<id>\' does not exist ..."',
	},
} as const;

// ---------------------------------------------------------------------------------------------
// Public seed + helpers
// ---------------------------------------------------------------------------------------------

function deepFreeze<T>(value: T): T {
	if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
		Object.freeze(value);
		for (const item of Object.values(value)) deepFreeze(item);
	}
	return value;
}

export const fixtures = deepFreeze({
	partnerTenantId: PARTNER_TENANT_ID,
	tenantIds: TENANT_IDS,
	userIds: USER_IDS,
	tenants,
	/** Customer tenants only (the GDAP relationships), in CIPP's displayName order. */
	customerTenants: tenants.filter((t) => !t.isPartner).sort((a, b) => a.displayName.localeCompare(b.displayName)),
	users,
	devices,
	clients,
	customRoles,
	licenseNames: LICENSE_NAMES,
	scenarios,
});

/** A fresh mutable copy of the seed data for one sandbox instance. */
export function createState(): SandboxState {
	return structuredClone({ tenants, users, devices });
}

/** Tenant by customerId, default/initial domain or any verified domain (case-insensitive). */
export function findTenant(idOrDomain: string, data: Pick<SandboxState, 'tenants'> = fixtures): SandboxTenant | undefined {
	const wanted = idOrDomain.trim().toLowerCase();
	return data.tenants.find((t) => t.customerId === wanted || t.domains.some((domain) => domain.toLowerCase() === wanted));
}

/** User in a tenant by object id or userPrincipalName (case-insensitive). */
export function findUser(tenantIdOrDomain: string, upnOrId: string, data: SandboxState = fixtures): SandboxUser | undefined {
	const t = findTenant(tenantIdOrDomain, data);
	if (!t) return undefined;
	const wanted = upnOrId.trim().toLowerCase();
	return data.users.find((u) => u.tenantId === t.customerId && (u.id === wanted || u.userPrincipalName.toLowerCase() === wanted));
}
