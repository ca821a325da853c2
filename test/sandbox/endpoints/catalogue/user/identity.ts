/**
 * Directory changes to one user: Invoke-ExecPasswordNeverExpires, -ExecSetDefaultMFAMethod,
 * -ListPerUserMFA, -ExecRemoveAdminRole, -RemoveDeletedObject, -EditUserAliases, -PatchUser,
 * and -ListObjectHistory (generic).
 */
import { perSandbox } from '../../../directory';
import type { SandboxUser } from '../../../fixtures';
import { GraphError, graphGetUser, graphTenant, normalizeGraphError, tenantUsers } from '../../../graph';
import { isPlainObject } from '../../../http';
import { psString } from '../../../powershell';
import { ROLE_DEFINITIONS } from '../../../roles';
import type { Endpoint } from '../../endpoint';
import { genericRead } from '../../generic';
import { exoMailbox, perUserMfaState, userData } from './data';
import { deletedItem, deletedItemRequest } from './lifecycle';

/** `$Request.Body.X.value ?? $Request.Body.X`, or `.label` first where CIPP reads the label. */
function valueOf(field: unknown, key: 'value' | 'label' = 'value'): string {
	return psString(isPlainObject(field) ? (field[key] ?? field.value) : field);
}

export const defaultMfaMethods = perSandbox(() => new Map<string, string>());

const ExecPasswordNeverExpires: Endpoint = {
	name: 'ExecPasswordNeverExpires',
	role: 'Identity.User.ReadWrite',
	handle(ctx) {
		const userId = psString(ctx.fromBody('userId'));
		const upn = psString(ctx.fromBody('userPrincipalName'));
		const policyField = ctx.fromBody('PasswordPolicy');
		const policy = valueOf(policyField) || 'None';
		const policyName = valueOf(policyField, 'label');
		// `exit` on an empty user: the function ends without a response body.
		if (!userId.trim()) return { status: 200, body: '' };
		try {
			const tenant = graphTenant(ctx.state, ctx.fromBody('tenantFilter'), { authCheck: true });
			const user = graphGetUser(ctx.state, tenant, userId);
			if (
				!['None', 'DisablePasswordExpiration', 'DisableStrongPassword', 'DisablePasswordExpiration, DisableStrongPassword'].includes(policy)
			) {
				throw new GraphError(`Invalid value specified for property 'passwordPolicies' of resource 'User'.`);
			}
			user.passwordPolicies = policy;
			return { status: 200, body: { Results: [`Successfully set PasswordPolicy for user ${upn} to ${policyName}`] } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return {
				status: 500,
				body: { Results: [`Failed to set PasswordPolicy for user ${upn} to ${policyName}. Error: ${normalizeGraphError(error.message)}`] },
			};
		}
	},
};

const MFA_METHODS = ['push', 'oath', 'voiceMobile', 'voiceAlternateMobile', 'voiceOffice', 'sms'];

const ExecSetDefaultMFAMethod: Endpoint = {
	name: 'ExecSetDefaultMFAMethod',
	role: 'Identity.User.ReadWrite',
	handle(ctx) {
		const userId = psString(ctx.fromBody('ID'));
		const tenantFilter = psString(ctx.fromBody('tenantFilter'));
		const method = valueOf(ctx.fromBody('MethodType'));
		if (!userId || !tenantFilter || !method) return { status: 400, body: { Results: ['tenantFilter, ID and MethodType are required'] } };
		if (!MFA_METHODS.includes(method)) {
			return {
				status: 400,
				body: { Results: [`'${method}' is not a valid default MFA method. Valid values are: ${MFA_METHODS.join(', ')}`] },
			};
		}
		try {
			const tenant = graphTenant(ctx.state, tenantFilter, { authCheck: true });
			// CIPP escapes the ID itself (EscapeDataString), so a guest's #EXT# arrives whole.
			const user = graphGetUser(ctx.state, tenant, encodeURIComponent(userId));
			defaultMfaMethods(ctx.state).set(user.id, method);
			return { status: 200, body: { Results: [`Successfully set the default MFA method to ${method} for user ${userId}`] } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return {
				status: 500,
				body: { Results: [`Failed to set the default MFA method for user ${userId}. Error: ${normalizeGraphError(error.message)}`] },
			};
		}
	},
};

/** Invoke-ListPerUserMFA -> Get-CIPPPerUserMFA: every user with perUserMfaState (allUsers), or one user's state. */
const ListPerUserMFA: Endpoint = {
	name: 'ListPerUserMFA',
	role: 'Identity.User.Read',
	handle(ctx) {
		const userId = psString(ctx.fromQuery('userId'));
		const allUsers = psString(ctx.fromQuery('allUsers')).toLowerCase() === 'true';
		try {
			const tenant = graphTenant(ctx.state, ctx.fromQuery('tenantFilter'), { authCheck: true });
			const row = (user: SandboxUser) => ({
				userPrincipalName: user.userPrincipalName,
				id: user.id,
				perUserMfaState: perUserMfaState(ctx.state, user),
			});
			if (allUsers) return { status: 200, body: tenantUsers(ctx.state, tenant).map(row) };
			const user = graphGetUser(ctx.state, tenant, userId);
			return { status: 200, body: [{ PerUserMFAState: perUserMfaState(ctx.state, user), UserPrincipalName: userId }] };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 500, body: [`Failed to get MFA State for ${userId} : ${normalizeGraphError(error.message)}`] };
		}
	},
};

/** Invoke-ExecRemoveAdminRole: DELETE directoryRoles(roleTemplateId=…)/members/{id}/$ref per user; HTTP 500 when any failed. */
const ExecRemoveAdminRole: Endpoint = {
	name: 'ExecRemoveAdminRole',
	role: 'Identity.Role.ReadWrite',
	handle(ctx) {
		const tenantFilter = valueOf(ctx.fromBody('tenantFilter'));
		const roleId = valueOf(ctx.fromBody('RoleId'));
		const templateId = valueOf(ctx.fromBody('RoleTemplateId'));
		const roleName = valueOf(ctx.fromBody('RoleName'), 'label');
		const usersField = ctx.fromBody('Users');
		const users = usersField ? [usersField].flat() : [];
		if (!tenantFilter.trim() || (!roleId.trim() && !templateId.trim()) || users.length === 0) {
			return {
				status: 400,
				body: { Results: ['TenantFilter, RoleId or RoleTemplateId, and Users are required to remove an admin role assignment.'] },
			};
		}
		const results: string[] = [];
		let failures = 0;
		for (const entry of users) {
			const userId = psString(isPlainObject(entry) ? (entry.value ?? entry.id ?? entry.UserId) : entry);
			const userName = psString(isPlainObject(entry) ? (entry.userPrincipalName ?? entry.label ?? userId) : entry);
			try {
				const tenant = graphTenant(ctx.state, tenantFilter, { authCheck: true });
				const role = ROLE_DEFINITIONS.find((candidate) => candidate.id === (templateId || roleId));
				const user = graphGetUser(ctx.state, tenant, userId);
				if (!role || !user.directoryRoles.includes(role.displayName)) {
					throw new GraphError(`Resource '${userId}' does not exist or one of its queried reference-property objects are not present.`);
				}
				user.directoryRoles = user.directoryRoles.filter((name) => name !== role.displayName);
				results.push(`Successfully removed ${userName} from admin role ${roleName}.`);
			} catch (error) {
				if (!(error instanceof GraphError)) throw error;
				failures++;
				const normalized = normalizeGraphError(error.message);
				const hint = templateId && /does not exist|Not Found|404/.test(normalized) ? ' The role may not be activated in this tenant.' : '';
				results.push(`Failed to remove ${userName} from admin role ${roleName}. ${normalized}${hint}`);
			}
		}
		return { status: failures > 0 ? 500 : 200, body: { Results: results } };
	},
};

/** Invoke-RemoveDeletedObject: DELETE directory/deletedItems/{id}. */
const RemoveDeletedObject: Endpoint = {
	name: 'RemoveDeletedObject',
	role: 'Tenant.Directory.ReadWrite',
	handle(ctx) {
		const { id, details } = deletedItemRequest(ctx);
		try {
			const tenant = graphTenant(ctx.state, ctx.fromQueryOrBody('tenantFilter'), { authCheck: true });
			const data = userData(ctx.state);
			const item = deletedItem(ctx, tenant, id);
			data.deleted.splice(data.deleted.indexOf(item), 1);
			return { status: 200, body: { Results: `Successfully permanently deleted item with ID: '${id}'${details}` } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return {
				status: 500,
				body: { Results: `Failed to permanently delete item with ID: ${id}${details} Error: ${normalizeGraphError(error.message)}` },
			};
		}
	},
};

const splitList = (value: unknown) =>
	psString(value)
		.split(',')
		.map((entry) => entry.trim())
		.filter(Boolean);

/** Invoke-EditUserAliases: Get-Mailbox, rewrite EmailAddresses, Set-Mailbox; always HTTP 200. */
const EditUserAliases: Endpoint = {
	name: 'EditUserAliases',
	role: 'Identity.User.ReadWrite',
	handle(ctx) {
		const id = psString(ctx.fromBody('id'));
		if (!id.trim()) return { status: 400, body: { Results: ['Failed to manage aliases. No user ID provided'] } };
		const added = splitList(ctx.fromBody('AddedAliases'));
		const removed = splitList(ctx.fromBody('RemovedAliases'));
		const primary = psString(ctx.fromBody('MakePrimary'));
		const results: string[] = [];
		try {
			if (added.length === 0 && removed.length === 0 && !primary) {
				return { status: 200, body: { Results: ['No alias changes specified.'] } };
			}
			const tenant = graphTenant(ctx.state, ctx.fromBody('tenantFilter'), { authCheck: true });
			const { user } = exoMailbox(ctx.state, tenant, id);
			let addresses = [...user.proxyAddresses];
			if (primary) {
				const wanted = /^smtp:/i.test(primary) ? `SMTP:${primary.slice(5)}` : `SMTP:${primary}`;
				if (!addresses.some((address) => address.toLowerCase() === wanted.toLowerCase())) {
					throw new GraphError(`Cannot set primary address. Address ${wanted.slice(5)} not found in user's addresses.`);
				}
				addresses = addresses.map((address) => (address.startsWith('SMTP:') ? address.toLowerCase() : address));
				addresses = [wanted, ...addresses.filter((address) => address.toLowerCase() !== wanted.toLowerCase())];
				results.push('Success. Set new primary address.');
			}
			if (removed.length > 0) {
				const gone = removed.map((alias) => (/^smtp:/i.test(alias) ? alias : `smtp:${alias}`).toLowerCase());
				addresses = addresses.filter((address) => !gone.includes(address.toLowerCase()));
				results.push('Success. Removed specified aliases from user.');
			}
			const toAdd = added
				.map((alias) => (/^smtp:/i.test(alias) ? alias : `smtp:${alias}`))
				.filter((alias) => !addresses.some((address) => address.toLowerCase() === alias.toLowerCase()));
			if (toAdd.length > 0) {
				addresses = [...addresses, ...toAdd];
				results.push('Success. Added new aliases to user.');
			}
			user.proxyAddresses = addresses;
			const primaryAddress = addresses.find((address) => address.startsWith('SMTP:'));
			if (primaryAddress) user.mail = primaryAddress.slice(5);
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			results.push(`Failed to manage aliases: ${normalizeGraphError(error.message)}`);
		}
		return { status: 200, body: { Results: results } };
	},
};

/** Properties a Graph PATCH of a user refuses (read-only) in the sandbox's model. */
const READ_ONLY = ['createdDateTime', 'lastPasswordChangeDateTime', 'directoryRoles', 'assignedLicenses', 'onPremisesSyncEnabled'];

/** Invoke-PatchUser: a Graph batch of PATCH users/{id} with every other body property, then managers and sponsors. */
const PatchUser: Endpoint = {
	name: 'PatchUser',
	role: 'Identity.User.ReadWrite',
	handle(ctx) {
		const users = [ctx.body].flat().filter(isPlainObject);
		if (users.length === 0 || users.some((entry) => !psString(entry.id).trim() || !psString(entry.tenantFilter).trim())) {
			return { status: 400, body: { Results: ['Failed to patch user(s). Some users are missing id or tenantFilter'] } };
		}
		const errors: string[] = [];
		let patched = 0;
		let managers = 0;
		let sponsors = 0;
		const hasManagers = users.some((entry) => psString(entry.manager).trim());
		const hasSponsors = users.some((entry) => psString(entry.sponsor).trim());
		for (const entry of users) {
			const { id, tenantFilter, manager, sponsor, ...properties } = entry;
			try {
				const tenant = graphTenant(ctx.state, tenantFilter, { authCheck: true });
				const user = graphGetUser(ctx.state, tenant, psString(id));
				if (Object.keys(properties).length > 0) {
					const refused = Object.keys(properties).find((name) => READ_ONLY.includes(name));
					if (refused) {
						errors.push(
							`Failed to patch user ${psString(id)} in tenant ${psString(tenantFilter)}: Property '${refused}' is read-only and cannot be set.`,
						);
					} else {
						Object.assign(user, properties);
						patched++;
					}
				}
				if (psString(manager).trim()) {
					user.managerId = graphGetUser(ctx.state, tenant, psString(manager)).id;
					managers++;
				}
				if (psString(sponsor).trim()) {
					user.sponsorId = graphGetUser(ctx.state, tenant, psString(sponsor)).id;
					sponsors++;
				}
			} catch (error) {
				if (!(error instanceof GraphError)) throw error;
				errors.push(`Failed to patch user ${psString(id)} in tenant ${psString(tenantFilter)}: ${error.message}`);
			}
		}
		const tenants = new Set(users.map((entry) => psString(entry.tenantFilter))).size;
		const plural = (count: number, word: string) => `${count} ${word}${count !== 1 ? 's' : ''}`;
		const related = [
			...(hasManagers ? [plural(managers, 'manager assignment')] : []),
			...(hasSponsors ? [plural(sponsors, 'sponsor assignment')] : []),
		].join(' and ');
		const across = `across ${plural(tenants, 'tenant')}`;
		const success = related
			? patched > 0
				? `Successfully patched ${plural(patched, 'user')} and updated ${related} ${across}`
				: `Successfully updated ${related} ${across}`
			: `Successfully patched ${plural(patched, 'user')} ${across}`;
		if (errors.length === 0) return { status: 200, body: { Results: [success] } };
		return { status: 400, body: { Results: [...errors, related ? success : `Successfully patched ${patched} of ${users.length} users`] } };
	},
};

/** Invoke-ExecSetCloudManaged -> Set-CIPPCloudManaged: PATCH {users|groups|contacts}/{id}/onPremisesSyncBehavior. */
const ExecSetCloudManaged: Endpoint = {
	name: 'ExecSetCloudManaged',
	role: 'Identity.DirSync.ReadWrite',
	handle(ctx) {
		const id = psString(ctx.fromBody('ID'));
		const type = psString(ctx.fromBody('type'));
		const displayName = psString(ctx.fromBody('displayName'));
		const raw = psString(ctx.fromBody('isCloudManaged')).toLowerCase();
		if (raw !== 'true' && raw !== 'false') {
			return {
				status: 500,
				body: { Results: `Exception calling "ToBoolean" with "1" argument(s): "String '${raw}' was not recognized as a valid Boolean."` },
			};
		}
		const cloud = raw === 'true';
		const status = cloud ? 'cloud-managed' : 'on-premises managed';
		try {
			if (type !== 'User') throw new GraphError('The sandbox models users only.');
			const tenant = graphTenant(ctx.state, ctx.fromBody('tenantFilter'), { authCheck: false });
			graphGetUser(ctx.state, tenant, id).onPremisesSyncBehavior = { isCloudManaged: cloud };
			return { status: 200, body: { Results: `Successfully set ${type} ${displayName} (${id}) source of authority to ${status}` } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return {
				status: 500,
				body: {
					Results: `Failed to set ${type} ${displayName} (${id}) source of authority to ${status}: ${normalizeGraphError(error.message)}`,
				},
			};
		}
	},
};

export const endpoints: Endpoint[] = [
	ExecSetCloudManaged,
	ExecPasswordNeverExpires,
	ExecSetDefaultMFAMethod,
	ListPerUserMFA,
	ExecRemoveAdminRole,
	RemoveDeletedObject,
	EditUserAliases,
	PatchUser,
	genericRead('ListObjectHistory', 'object', {
		fields: () => ({ resolvedAs: 'user', days: 30, totalEvents: 0, sources: ['directoryAudits'], warnings: [], timeline: [] }),
	}),
];
