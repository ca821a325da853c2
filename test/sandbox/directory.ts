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
