/**
 * Directory objects beyond users that several resources share (groups and their members),
 * per sandbox instance. Each resource's sandbox module keeps its own extra data the same way:
 * `perSandbox(state, create)` gives every sandbox its own copy, created on first use.
 */
import { createHash } from 'node:crypto';

import type { SandboxState, SandboxTenant, SandboxUser } from './fixtures';

/** Data owned by one module, one copy per sandbox (the SandboxState of that sandbox). */
export function perSandbox<T>(create: (state: SandboxState) => T): (state: SandboxState) => T {
	const copies = new WeakMap<SandboxState, T>();
	return (state) => {
		let copy = copies.get(state);
		if (!copy) {
			copy = create(state);
			copies.set(state, copy);
		}
		return copy;
	};
}

/** A stable GUID from a text, so fixture IDs never change between runs. */
export function stableGuid(seed: string): string {
	const hex = createHash('sha256').update(seed).digest('hex');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export type GroupKind = 'Microsoft 365' | 'Security' | 'Distribution List' | 'Mail-Enabled Security';

/** A Graph group plus sandbox bookkeeping (tenantId, member and owner object IDs). */
export interface SandboxGroup {
	tenantId: string;
	id: string;
	displayName: string;
	description: string | null;
	mail: string | null;
	mailNickname: string;
	mailEnabled: boolean;
	securityEnabled: boolean;
	groupTypes: string[];
	visibility: string | null;
	createdDateTime: string;
	/** CIPP's ListGroups adds this label. */
	calculatedGroupType: GroupKind;
	members: string[];
	owners: string[];
	/** Graph: 'Team' once the group is team-enabled. */
	resourceProvisioningOptions?: string[];
	membershipRule?: string | null;
	assignedLicenses?: Array<{ disabledPlans: string[]; skuId: string }>;
	/** Exchange: hidden from the global address list. */
	hiddenFromAddressListsEnabled?: boolean;
	/** Exchange: only senders inside the organisation (true for new groups). */
	requireSenderAuthenticationEnabled?: boolean;
	/** Exchange (Microsoft 365 groups): hidden from Outlook. */
	hiddenFromExchangeClientsEnabled?: boolean;
	/** Exchange (Microsoft 365 groups): members get copies of group mail. */
	subscriptionEnabled?: boolean;
	/** Exchange: more SMTP addresses. */
	proxyAddresses?: string[];
}

function group(tenant: SandboxTenant, kind: GroupKind, displayName: string, members: SandboxUser[], owners: SandboxUser[]): SandboxGroup {
	const nickname = displayName.toLowerCase().replace(/[^a-z0-9]+/g, '');
	const mailEnabled = kind !== 'Security';
	return {
		tenantId: tenant.customerId,
		id: stableGuid(`${tenant.customerId}/group/${displayName}`),
		displayName,
		description: `${displayName} (${kind})`,
		mail: mailEnabled ? `${nickname}@${tenant.defaultDomainName}` : null,
		mailNickname: nickname,
		mailEnabled,
		securityEnabled: kind === 'Security' || kind === 'Mail-Enabled Security',
		groupTypes: kind === 'Microsoft 365' ? ['Unified'] : [],
		visibility: kind === 'Microsoft 365' ? 'Private' : null,
		createdDateTime: '2023-03-01T09:00:00Z',
		calculatedGroupType: kind,
		members: members.map((user) => user.id),
		owners: owners.map((user) => user.id),
		resourceProvisioningOptions: [],
		membershipRule: null,
		assignedLicenses: [],
		hiddenFromAddressListsEnabled: false,
		requireSenderAuthenticationEnabled: kind !== 'Distribution List',
		hiddenFromExchangeClientsEnabled: kind === 'Microsoft 365' ? false : undefined,
		subscriptionEnabled: kind === 'Microsoft 365' ? false : undefined,
	};
}

/** Every customer tenant gets the same few groups, filled from its own users. */
export const directory = perSandbox((state) => {
	const groups: SandboxGroup[] = [];
	for (const tenant of state.tenants.filter((candidate) => !candidate.isPartner)) {
		const members = state.users.filter((user) => user.tenantId === tenant.customerId && user.userType === 'Member');
		const admins = members.filter((user) => /admin/i.test(`${user.jobTitle ?? ''} ${user.userPrincipalName}`));
		const owners = members.slice(0, 1);
		groups.push(
			group(tenant, 'Microsoft 365', 'All Staff', members, owners),
			group(tenant, 'Security', 'IT Admins', admins.length ? admins : owners, owners),
			group(tenant, 'Distribution List', 'Sales Team', members.slice(1, 4), owners),
			group(tenant, 'Mail-Enabled Security', 'Finance Approvers', members.slice(2, 3), owners),
		);
	}
	return { groups };
});

export function tenantGroups(state: SandboxState, tenant: SandboxTenant): SandboxGroup[] {
	return directory(state).groups.filter((candidate) => candidate.tenantId === tenant.customerId);
}

/** The group kind Graph's flags describe, as CIPP's ListGroups labels it (groupType). */
export function groupKind(group: Pick<SandboxGroup, 'groupTypes' | 'mailEnabled' | 'securityEnabled'>): GroupKind {
	if (group.groupTypes.includes('Unified')) return 'Microsoft 365';
	if (group.mailEnabled && group.securityEnabled) return 'Mail-Enabled Security';
	if (group.securityEnabled) return 'Security';
	return 'Distribution List';
}

/** A group of the tenant by object ID, mail address or nickname (Graph takes the ID, Exchange any of them). */
export function findGroup(state: SandboxState, tenant: SandboxTenant, identity: string): SandboxGroup | undefined {
	const wanted = identity.trim().toLowerCase();
	return tenantGroups(state, tenant).find(
		(candidate) => candidate.id === wanted || candidate.mail?.toLowerCase() === wanted || candidate.mailNickname.toLowerCase() === wanted,
	);
}

export interface NewGroup {
	kind: GroupKind;
	displayName: string;
	description?: string | null;
	mailNickname: string;
	mail?: string | null;
	dynamic?: boolean;
	membershipRule?: string | null;
	members?: string[];
	owners?: string[];
}

/** Adds a group to the tenant, as Graph or Exchange creates it. */
export function addGroup(state: SandboxState, tenant: SandboxTenant, spec: NewGroup): SandboxGroup {
	const mailEnabled = spec.kind !== 'Security';
	const created: SandboxGroup = {
		tenantId: tenant.customerId,
		id: stableGuid(`${tenant.customerId}/group/${spec.displayName}/${directory(state).groups.length}`),
		displayName: spec.displayName,
		description: spec.description ?? null,
		mail: mailEnabled ? (spec.mail ?? `${spec.mailNickname}@${tenant.defaultDomainName}`) : null,
		mailNickname: spec.mailNickname,
		mailEnabled,
		securityEnabled: spec.kind === 'Security' || spec.kind === 'Mail-Enabled Security',
		groupTypes: [...(spec.kind === 'Microsoft 365' ? ['Unified'] : []), ...(spec.dynamic ? ['DynamicMembership'] : [])],
		visibility: spec.kind === 'Microsoft 365' ? 'Public' : null,
		createdDateTime: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
		calculatedGroupType: spec.kind,
		members: spec.members ?? [],
		owners: spec.owners ?? [],
		membershipRule: spec.membershipRule ?? null,
		requireSenderAuthenticationEnabled: true,
		hiddenFromAddressListsEnabled: false,
	};
	directory(state).groups.push(created);
	return created;
}

export function removeGroup(state: SandboxState, group: SandboxGroup): void {
	const groups = directory(state).groups;
	groups.splice(groups.indexOf(group), 1);
}
