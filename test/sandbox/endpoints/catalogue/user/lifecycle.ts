/** Creating, changing, deleting and restoring users: AddUser, EditUser, AddGuest, RemoveUser, ExecRestoreDeleted, ExecDisableUser, ExecClrImmId. */
import { randomUUID } from 'node:crypto';

import { LICENSE_NAMES, buildMember } from '../../../fixtures';
import type { SandboxTenant, SandboxUser } from '../../../fixtures';
import { directory, groupKind, stableGuid, tenantGroups } from '../../../directory';
import { GraphError, graphGetUser, graphTenant, requireDirectoryRole } from '../../../graph';
import { isPlainObject } from '../../../http';
import { generatePassword, pwPushLink } from '../../../password';
import { coalesce, convertToBoolean, psString } from '../../../powershell';
import { findCippTenant } from '../../../tenantList';
import { RESET_ERRORS } from '../../ExecResetPass';
import type { Endpoint, EndpointContext } from '../../endpoint';
import { graphUser, nowIso, userData } from './data';
import type { DeletedItem } from './data';
import { addScheduledTask } from './scheduler';

export const USER_ADMIN = ['User Administrator', 'Privileged Authentication Administrator', 'Global Administrator'];

export const GRAPH_USER_ERRORS = {
	badDomain:
		'The domain portion of the userPrincipalName property is invalid. You must use one of the verified domain names in your organization.',
	duplicateUpn: 'Another object with the same value for property userPrincipalName already exists.',
	synced:
		'Unable to update the specified properties for on-premises mastered Directory Sync objects or objects currently undergoing migration.',
	invalid: (property: string) => `Invalid value specified for property '${property}' of resource 'User'.`,
} as const;

/** `$X.value` of CIPP's autocomplete objects, or the value itself where CIPP reads `X.value ?? X`. */
function labelValue(value: unknown): string {
	return psString(isPlainObject(value) ? value.value : value);
}

function text(value: unknown): string | null {
	const rendered = psString(value).trim();
	return rendered === '' ? null : rendered;
}

/** Checks Graph makes on a new or changed userPrincipalName. */
export function checkUpn(ctx: EndpointContext, tenant: SandboxTenant, upn: string, self?: SandboxUser): void {
	const [local, domain] = upn.split('@');
	if (!local || !domain) throw new GraphError(GRAPH_USER_ERRORS.invalid('userPrincipalName'));
	if (!tenant.domains.some((candidate) => candidate.toLowerCase() === domain.toLowerCase())) {
		throw new GraphError(GRAPH_USER_ERRORS.badDomain);
	}
	const taken = ctx.state.users.some(
		(user) => user !== self && user.tenantId === tenant.customerId && user.userPrincipalName.toLowerCase() === upn.toLowerCase(),
	);
	if (taken) throw new GraphError(GRAPH_USER_ERRORS.duplicateUpn);
}

const PROFILE = [
	'givenName',
	'surname',
	'jobTitle',
	'department',
	'companyName',
	'mobilePhone',
	'streetAddress',
	'city',
	'state',
	'postalCode',
	'country',
];

/** The profile part of New-CIPPUser / Set-CIPPUser's Graph body (empty values left out). */
function applyProfile(ctx: EndpointContext, user: SandboxUser): void {
	for (const name of PROFILE) {
		const value = text(ctx.fromBody(name));
		if (value !== null) user[name] = value;
	}
	const usage = text(labelValue(ctx.fromBody('usageLocation')));
	if (usage !== null) user.usageLocation = usage;
	const phones = ctx.fromBody('businessPhones');
	if (text(phones) !== null) user.businessPhones = (Array.isArray(phones) ? phones : [phones]).map(psString);
	const otherMails = text(ctx.fromBody('otherMails'));
	if (otherMails !== null)
		user.otherMails = otherMails
			.split(',')
			.map((mail) => mail.trim())
			.filter(Boolean);
}

function setManager(ctx: EndpointContext, tenant: SandboxTenant, user: SandboxUser, upn: string): string | undefined {
	const manager = labelValue(ctx.fromBody('setManager'));
	if (!manager) return undefined;
	try {
		user.managerId = graphGetUser(ctx.state, tenant, manager).id;
		return `Set ${upn}'s manager to ${manager}`;
	} catch (error) {
		if (!(error instanceof GraphError)) throw error;
		return `Failed to set ${upn}'s manager: ${error.message}`;
	}
}

/** Set-CIPPUserLicense (usage location fixed automatically, as CIPP retries with the tenant's). */
export function assignLicense(tenant: SandboxTenant, user: SandboxUser, skuId: string): string {
	if (!(skuId in LICENSE_NAMES)) {
		return `Failed to assign licenses for user ${user.userPrincipalName}: License ${skuId} does not correspond to a valid company License.`;
	}
	const fixUsage = !user.usageLocation;
	if (fixUsage) user.usageLocation = tenant.organization.countryLetterCode as string;
	if (!user.assignedLicenses.some((license) => license.skuId === skuId)) user.assignedLicenses.push({ disabledPlans: [], skuId });
	user.mail ??= user.userPrincipalName;
	if (!user.proxyAddresses.length) user.proxyAddresses = [`SMTP:${user.userPrincipalName}`];
	return `Successfully set licenses for ${user.userPrincipalName}${fixUsage ? ' after setting usage location' : ''}. It may take 2–5 minutes before the changes become visible.`;
}

/** Invoke-AddUser -> New-CIPPUserTask -> New-CIPPUser. */
const AddUser: Endpoint = {
	name: 'AddUser',
	role: 'Identity.User.ReadWrite',
	handle(ctx) {
		const tenantFilter = psString(ctx.fromBody('tenantFilter'));
		if (!tenantFilter) {
			return { status: 400, body: { Results: { resultText: 'tenantFilter is required to create a user.', state: 'error' } } };
		}
		if (tenantFilter.toLowerCase() === 'alltenants' || !findCippTenant(ctx.state, tenantFilter)) {
			return {
				status: 400,
				body: {
					Results: { resultText: 'User creation is single-tenant only. Select a specific tenant before creating a user.', state: 'error' },
				},
			};
		}
		const displayName = psString(ctx.fromBody('DisplayName'));
		const scheduled = ctx.fromBody('Scheduled');
		if (isPlainObject(scheduled) && scheduled.Enabled) {
			const username = psString(coalesce(ctx.fromBody('username'), ctx.fromBody('mailNickname')));
			addScheduledTask(ctx.state, {
				tenant: tenantFilter,
				name: `New user creation: ${username}@${labelValue(ctx.fromBody('PrimDomain'))}`,
				command: 'New-CIPPUserTask',
				parameters: { UserObj: { username, DisplayName: displayName } },
				scheduledTime: Number(scheduled.date),
				reference: text(ctx.fromBody('reference')),
				// Invoke-AddUser ignores what Add-CIPPScheduledTask answers: a dropped duplicate still reads as success.
				disallowDuplicateName: true,
			});
			return { status: 200, body: { Results: [`Successfully created scheduled task to create user ${displayName}`] } };
		}
		try {
			return { status: 200, body: createUser(ctx, tenantFilter, displayName) };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 500, body: { Results: [`Failed to create user. Error:${error.message}`] } };
		}
	},
};

function createUser(ctx: EndpointContext, tenantFilter: string, displayName: string): Record<string, unknown> {
	const tenant = graphTenant(ctx.state, tenantFilter, { authCheck: true });
	requireDirectoryRole(tenant, USER_ADMIN);
	const username = psString(coalesce(ctx.fromBody('username'), ctx.fromBody('mailNickname')));
	const upn = `${username}@${psString(ctx.fromBody('Domain')) || labelValue(ctx.fromBody('PrimDomain'))}`;
	if (!displayName.trim()) throw new GraphError(GRAPH_USER_ERRORS.invalid('displayName'));
	checkUpn(ctx, tenant, upn);
	const password = psString(ctx.fromBody('password')) || generatePassword();
	if (password.length < Math.max(8, tenant.passwordMinLength)) throw new GraphError(RESET_ERRORS.complexity);

	const id = randomUUID();
	const user = buildMember(tenant, { id, givenName: '', surname: '', alias: username, created: nowIso() });
	Object.assign(user, {
		displayName,
		givenName: null,
		surname: null,
		userPrincipalName: upn,
		mailNickname: username,
		mail: null,
		proxyAddresses: [],
		usageLocation: null,
		city: null,
		country: null,
		passwordProfile: { password, forceChangePasswordNextSignIn: Boolean(ctx.fromBody('MustChangePass')) },
	});
	applyProfile(ctx, user);
	ctx.state.users.push(user);

	const shown = ctx.pwPush ? pwPushLink() : password;
	const results: unknown[] = [
		'Created New User.',
		{ resultText: `Username: ${upn}`, copyField: upn, state: 'success' },
		{ resultText: `Password: ${shown}`, copyField: shown, state: 'success' },
	];
	const sku = labelValue(ctx.fromBody('licenses'));
	if (sku) results.push(assignLicense(tenant, user, sku));
	const aliases = psString(ctx.fromBody('AddedAliases')).split(/\s/).filter(Boolean);
	if (aliases.length) {
		user.proxyAddresses.push(...aliases.map((alias) => `smtp:${alias}`));
		results.push(`Added Aliases: ${aliases.join(',')}`);
	}
	const copyFrom = copyGroups(ctx, tenant, user);
	results.push(...copyFrom.Success, ...copyFrom.Error);
	const manager = setManager(ctx, tenant, user, upn);
	if (manager) results.push(manager);
	return { Results: results, CopyFrom: { ...copyFrom, Skipped: [] }, User: graphUser(user) };
}

/** Set-CIPPCopyGroupMembers: the new user joins the source user's groups. */
function copyGroups(ctx: EndpointContext, tenant: SandboxTenant, user: SandboxUser): { Success: string[]; Error: string[] } {
	const source = labelValue(ctx.fromBody('copyFrom'));
	if (!source) return { Success: [], Error: [] };
	try {
		const from = graphGetUser(ctx.state, tenant, source);
		const groups = tenantGroups(ctx.state, tenant).filter((group) => group.members.includes(from.id));
		groups.forEach((group) => group.members.push(user.id));
		return { Success: groups.map((group) => `Added user to group: ${group.displayName}`), Error: [] };
	} catch (error) {
		if (!(error instanceof GraphError)) throw error;
		return { Success: [], Error: [`Failed to copy group memberships from ${source}: ${error.message}`] };
	}
}

const CLEARABLE = [
	'givenName',
	'surname',
	'department',
	'jobTitle',
	'mobilePhone',
	'streetAddress',
	'city',
	'state',
	'postalCode',
	'country',
	'companyName',
	'businessPhones',
	'otherMails',
];

/** Invoke-EditUser -> Set-CIPPUser: every step reports into Results, failures included (HTTP 200). */
const EditUser: Endpoint = {
	name: 'EditUser',
	role: 'Identity.User.ReadWrite',
	handle(ctx) {
		const id = psString(ctx.fromBody('id'));
		if (!id.trim()) return { status: 400, body: { Results: ['Failed to edit user. No user ID provided'] } };
		const displayName = psString(ctx.fromBody('DisplayName'));
		const upn = `${psString(ctx.fromBody('username'))}@${psString(ctx.fromBody('Domain')) || labelValue(ctx.fromBody('primDomain'))}`;
		const results: string[] = [];
		let tenant: SandboxTenant | undefined;
		let user: SandboxUser | undefined;
		try {
			tenant = graphTenant(ctx.state, ctx.fromBody('tenantFilter'), { authCheck: true });
			user = graphGetUser(ctx.state, tenant, id);
			requireDirectoryRole(tenant, USER_ADMIN);
			if (user.onPremisesSyncEnabled) throw new GraphError(GRAPH_USER_ERRORS.synced);
			checkUpn(ctx, tenant, upn, user);
			if (displayName.trim()) user.displayName = displayName;
			user.userPrincipalName = upn;
			user.mailNickname = psString(ctx.fromBody('username'));
			applyProfile(ctx, user);
			// Set-CIPPUser always PATCHes passwordProfile.forceChangePasswordNextSignIn = [bool]MustChangePass.
			user.passwordProfile = {
				password: user.passwordProfile?.password ?? '',
				forceChangePasswordNextSignIn: Boolean(ctx.fromBody('MustChangePass')),
			};
			const clear = ctx.fromBody('clearProperties');
			for (const name of (Array.isArray(clear) ? clear : [clear]).map(psString)) {
				if (CLEARABLE.includes(name)) user[name] = name === 'businessPhones' || name === 'otherMails' ? [] : null;
			}
			results.push('Success. The user has been edited.');
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			results.push(`Failed to edit user. ${error.message}`);
		}
		if (tenant) results.push(...changeGroups(ctx, tenant, user, displayName));
		if (tenant && user) {
			const manager = setManager(ctx, tenant, user, upn);
			if (manager) results.push(manager);
		}
		return { status: 200, body: { Results: results } };
	},
};

/** Set-CIPPUser changes these through Exchange (Add-/Remove-DistributionGroupMember), every other kind through Graph. */
const EXCHANGE_GROUP_KINDS = new Set(['Distribution List', 'Mail-Enabled Security']);
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function changeGroups(ctx: EndpointContext, tenant: SandboxTenant, user: SandboxUser | undefined, displayName: string): string[] {
	const results: string[] = [];
	const entries = (name: string) => {
		const value = ctx.fromBody(name);
		return (Array.isArray(value) ? value : value ? [value] : []).filter(isPlainObject);
	};
	for (const [field, adding] of [
		['AddToGroups', true],
		['RemoveFromGroups', false],
	] as const) {
		for (const entry of entries(field)) {
			const groupId = psString(entry.value);
			const label = psString(entry.label);
			const group = tenantGroups(ctx.state, tenant).find((candidate) => candidate.id === groupId.toLowerCase());
			let error: string | undefined;
			if (!user) error = GRAPH_USER_ERRORS.invalid('members');
			else if (!group) error = `Resource '${groupId}' does not exist or one of its queried reference-property objects are not present.`;
			else if (!EXCHANGE_GROUP_KINDS.has(groupKind(group)) && !GUID.test(psString(ctx.fromBody('id')))) {
				// Graph's directoryObjects/<id> and members/<id>/$ref take an object ID only; Exchange's -Member takes a UPN too.
				error = `Invalid object identifier '${psString(ctx.fromBody('id'))}'.`;
			} else if (adding && group.members.includes(user.id)) error = 'This user is already a member of this group.';
			else if (!adding && !group.members.includes(user.id)) {
				error = "One or more removed object references do not exist for the following modified properties: 'members'.";
			}
			if (error) {
				results.push(
					`Failed to ${adding ? 'add member' : 'remove member'} ${displayName} ${adding ? 'to' : 'from'} ${label}. Error: ${error}`,
				);
				continue;
			}
			if (adding) group!.members.push(user!.id);
			else group!.members = group!.members.filter((member) => member !== user!.id);
			results.push(`Success. ${displayName} has been ${adding ? 'added to' : 'removed from'} ${label}`);
		}
	}
	return results;
}

/** Invoke-AddGuest: POST /beta/invitations. */
const AddGuest: Endpoint = {
	name: 'AddGuest',
	role: 'Identity.User.ReadWrite',
	handle(ctx) {
		const displayName = text(ctx.fromBody('displayName'));
		const mail = text(ctx.fromBody('mail'));
		const sendInvite = convertToBoolean(ctx.fromBody('sendInvite'));
		try {
			const tenant = graphTenant(ctx.state, ctx.fromBody('tenantFilter'), { authCheck: true });
			requireDirectoryRole(tenant, [...USER_ADMIN, 'Guest Inviter']);
			if (!mail || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(mail)) {
				throw new GraphError('The invitedUserEmailAddress is not a valid email address.');
			}
			const existing = ctx.state.users.find(
				(user) => user.tenantId === tenant.customerId && user.mail?.toLowerCase() === mail.toLowerCase(),
			);
			if (!existing) ctx.state.users.push(newGuest(tenant, mail, displayName));
			const result = `Invited Guest ${displayName ?? ''} with ${sendInvite ? 'Email Invite' : 'no Email Invite'}`;
			return { status: 200, body: { Results: [result] } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 400, body: { Results: [`Failed to Invite Guest. ${error.message}`] } };
		}
	},
};

function newGuest(tenant: SandboxTenant, mail: string, displayName: string | null): SandboxUser {
	const alias = `${mail.replace('@', '_')}#EXT#`;
	const user = buildMember(tenant, {
		id: stableGuid(`${tenant.customerId}/guest/${mail.toLowerCase()}`),
		givenName: '',
		surname: '',
		alias,
		created: nowIso(),
	});
	return Object.assign(user, {
		displayName: displayName ?? mail.split('@')[0],
		givenName: null,
		surname: null,
		userPrincipalName: `${alias}@${tenant.initialDomainName}`,
		mail,
		otherMails: [mail],
		proxyAddresses: [`SMTP:${mail}`],
		userType: 'Guest' as const,
		creationType: 'Invitation',
		externalUserState: 'PendingAcceptance',
		externalUserStateChangeDateTime: nowIso(),
		usageLocation: null,
		city: null,
		country: null,
	});
}

/** Invoke-RemoveUser -> Remove-CIPPUser: DELETE /beta/users/{id} (soft delete). */
const RemoveUser: Endpoint = {
	name: 'RemoveUser',
	role: 'Identity.User.ReadWrite',
	handle(ctx) {
		const id = psString(ctx.fromQueryOrBody('ID'));
		const username = psString(ctx.fromQueryOrBody('userPrincipalName'));
		const suffix = username ? ` and Username: '${username}'` : '';
		try {
			const tenant = graphTenant(ctx.state, ctx.fromQueryOrBody('tenantFilter'), { authCheck: true });
			const user = graphGetUser(ctx.state, tenant, id);
			requireDirectoryRole(tenant, USER_ADMIN);
			ctx.state.users.splice(ctx.state.users.indexOf(user), 1);
			const deletedDateTime = nowIso();
			user.deletedDateTime = deletedDateTime;
			userData(ctx.state).deleted.push({ tenantId: tenant.customerId, kind: 'user', user, deletedDateTime });
			return { status: 200, body: { Results: `Successfully deleted user with ID: '${id}'${suffix}` } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 500, body: { Results: `Failed to delete user with ID: '${id}'. Error: ${error.message}${suffix}` } };
		}
	},
};

/** POST /beta/directory/deletedItems/{id}/restore: the object comes back as it was. */
/** The tenant's deleted user or group with this ID (directory/deletedItems/{id}), or Graph's "does not exist". */
export function deletedItem(ctx: EndpointContext, tenant: SandboxTenant, id: string): DeletedItem {
	const item = userData(ctx.state).deleted.find(
		(candidate) => candidate.tenantId === tenant.customerId && (candidate.user ?? candidate.group)?.id === id.toLowerCase(),
	);
	if (!item) throw new GraphError(`Resource '${id}' does not exist or one of its queried reference-property objects are not present.`);
	return item;
}

/** The deleted item a request names, and the "User Principal Name / Display Name" CIPP adds to its messages. */
export function deletedItemRequest(ctx: EndpointContext): { id: string; details: string } {
	const upn = psString(ctx.fromBody('userPrincipalName'));
	const displayName = psString(ctx.fromBody('displayName'));
	return {
		id: psString(ctx.fromQueryOrBody('ID')),
		details: `${upn ? ` User Principal Name: '${upn}'` : ''}${displayName ? ` Display Name: '${displayName}'` : ''}`,
	};
}

export function restoreDeletedItem(ctx: EndpointContext, tenant: SandboxTenant, id: string): void {
	const data = userData(ctx.state);
	const item = deletedItem(ctx, tenant, id);
	if (item.user) {
		checkUpn(ctx, tenant, item.user.userPrincipalName);
		item.user.deletedDateTime = null;
		ctx.state.users.push(item.user);
	} else if (item.group) {
		directory(ctx.state).groups.push(item.group);
	}
	data.deleted.splice(data.deleted.indexOf(item), 1);
}

const ExecRestoreDeleted: Endpoint = {
	name: 'ExecRestoreDeleted',
	role: 'Tenant.Directory.ReadWrite',
	handle(ctx) {
		const { id, details } = deletedItemRequest(ctx);
		try {
			const tenant = graphTenant(ctx.state, ctx.fromQueryOrBody('tenantFilter'), { authCheck: true });
			requireDirectoryRole(tenant, USER_ADMIN);
			restoreDeletedItem(ctx, tenant, id);
			return { status: 200, body: { Results: `Successfully restored deleted item with ID: '${id}'${details}` } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 500, body: { Results: `Failed to restore deleted item with ID: '${id}'${details} Error: ${error.message}` } };
		}
	},
};

/** Invoke-ExecDisableUser -> Set-CIPPSignInState. */
const ExecDisableUser: Endpoint = {
	name: 'ExecDisableUser',
	role: 'Identity.User.ReadWrite',
	handle(ctx) {
		const id = psString(ctx.fromQueryOrBody('ID'));
		// Outside the try block in CIPP: a bad Enable is an unhandled exception (500, plain text).
		const enable = convertToBoolean(ctx.fromQueryOrBody('Enable'));
		try {
			const tenant = graphTenant(ctx.state, ctx.fromQueryOrBody('tenantFilter'), { authCheck: true });
			const user = graphGetUser(ctx.state, tenant, id);
			requireDirectoryRole(tenant, USER_ADMIN);
			user.accountEnabled = enable;
			if (user.onPremisesSyncEnabled === true) {
				throw new GraphError(`WARNING: User ${id} is AD Sync enabled. Please enable/disable in the local AD.`);
			}
			return { status: 200, body: { Results: `Successfully set account enabled state to ${psString(enable)} for ${id}` } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 500, body: { Results: `Failed to set sign-in state for ${id}. Error: ${error.message}` } };
		}
	},
};

/** Invoke-ExecClrImmId -> Clear-CIPPImmutableId (no user object given: clears at once, restoring a deleted user first). */
const ExecClrImmId: Endpoint = {
	name: 'ExecClrImmId',
	role: 'Identity.User.ReadWrite',
	handle(ctx) {
		const id = psString(ctx.fromQueryOrBody('ID'));
		try {
			const tenant = graphTenant(ctx.state, ctx.fromQueryOrBody('tenantFilter'), { authCheck: true });
			let user: SandboxUser;
			try {
				user = graphGetUser(ctx.state, tenant, id);
			} catch (error) {
				if (!(error instanceof GraphError)) throw error;
				restoreDeletedItem(ctx, tenant, id);
				user = graphGetUser(ctx.state, tenant, id);
			}
			requireDirectoryRole(tenant, USER_ADMIN);
			if (user.onPremisesSyncEnabled === true) throw new GraphError(GRAPH_USER_ERRORS.synced);
			user.onPremisesImmutableId = null;
			return { status: 200, body: { Results: `Successfully cleared immutable ID for user ${id}` } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 500, body: { Results: `Failed to clear immutable ID for ${id}. Error: ${error.message}` } };
		}
	},
};

export const endpoints: Endpoint[] = [AddUser, EditUser, AddGuest, RemoveUser, ExecRestoreDeleted, ExecDisableUser, ExecClrImmId];
