/**
 * Who may use a mailbox, and new shared mailboxes: Invoke-ListmailboxPermissions,
 * -ExecModifyMBPerms (Set-CIPPMailboxPermission's cmdlets) and -AddSharedMailbox.
 */
import { stableGuid } from '../../../directory';
import { buildMember } from '../../../fixtures';
import type { SandboxState, SandboxTenant } from '../../../fixtures';
import { GraphError, graphGetUser, graphTenant, normalizeGraphError } from '../../../graph';
import { isPlainObject } from '../../../http';
import { psString } from '../../../powershell';
import type { Endpoint } from '../../endpoint';
import { exoMailbox, mailboxOf, nowIso } from '../user/data';
import { exchangeError, exchangeTarget, exchangeTenant } from './state';
import type { ExchangeTarget } from './state';

const SELF = 'NT AUTHORITY\\SELF';

/** New-ExoBulkRequest of Get-Mailbox, Get-MailboxPermission and Get-RecipientPermission, flattened as CIPP does. */
const ListmailboxPermissions: Endpoint = {
	name: 'ListmailboxPermissions',
	role: 'Exchange.Mailbox.Read',
	handle(ctx) {
		try {
			const { extras } = exchangeTarget(ctx.state, ctx.fromQuery('tenantFilter'), ctx.fromQuery('userId'));
			const rows = [
				...extras.sendOnBehalf.map((user) => ({ User: user, Permissions: 'SendOnBehalf' })),
				{ User: SELF, Permissions: 'FullAccess, ReadPermission' },
				...[...extras.fullAccess.keys()].map((user) => ({ User: user, Permissions: 'FullAccess' })),
				{ User: SELF, Permissions: ['SendAs'] },
				...extras.sendAs.map((user) => ({ User: user, Permissions: ['SendAs'] })),
			];
			return { status: 200, body: rows };
		} catch (error) {
			return { status: 403, body: [exchangeError(error)] };
		}
	},
};

/** The recipient a cmdlet's -User or -Trustee names, by its primary SMTP address. */
function trusteeOf(state: SandboxState, tenant: SandboxTenant, identity: string): string {
	try {
		return exoMailbox(state, tenant, identity).user.userPrincipalName;
	} catch {
		throw new GraphError(
			`Couldn't find object "${identity}". Please make sure that it was spelled correctly or specify a different object.`,
		);
	}
}

interface PermissionChange {
	level: string;
	action: 'Add' | 'Remove';
	trustee: string;
	autoMap: boolean;
}

/** Set-CIPPMailboxPermission's ExpectedResult for one change (the text CIPP answers on success). */
function expected(change: PermissionChange, mailbox: string): string {
	const { level, action, trustee, autoMap } = change;
	if (level === 'FullAccess') {
		return action === 'Add'
			? `Granted ${trustee} FullAccess to ${mailbox} with automapping ${psString(autoMap)}`
			: `Removed ${trustee} FullAccess from ${mailbox}`;
	}
	if (level === 'SendAs' || level === 'SendOnBehalf') {
		return action === 'Add'
			? `Granted ${trustee} ${level} permissions to ${mailbox}`
			: `Removed ${trustee} ${level} permissions from ${mailbox}`;
	}
	return `Removed ${trustee} ${level} from ${mailbox}`;
}

/** Runs one Add-/Remove-MailboxPermission, Add-/Remove-RecipientPermission or Set-Mailbox -GrantSendOnBehalfTo. */
function applyChange(state: SandboxState, target: ExchangeTarget, change: PermissionChange): void {
	const trustee = trusteeOf(state, target.tenant, change.trustee);
	const { extras, user } = target;
	const missing = () =>
		new GraphError(
			`Can't remove the access control entry on the object "${user.userPrincipalName}" for account "${trustee}" because the ACE doesn't exist on the object.`,
		);
	if (change.level === 'FullAccess') {
		if (change.action === 'Add') extras.fullAccess.set(trustee, change.autoMap);
		else if (!extras.fullAccess.delete(trustee)) throw missing();
	} else if (change.level === 'SendAs' || change.level === 'SendOnBehalf') {
		const list = change.level === 'SendAs' ? extras.sendAs : extras.sendOnBehalf;
		const index = list.indexOf(trustee);
		if (change.action === 'Add') {
			if (index < 0) list.push(trustee);
		} else if (index >= 0) {
			list.splice(index, 1);
		} else if (change.level === 'SendAs') {
			throw missing();
		}
	} else {
		throw missing();
	}
}

/** Set-CIPPMailboxPermission's ValidateSet; only the first three can be added. */
const LEVELS = 'FullAccess SendAs SendOnBehalf ReadPermission ExternalAccount DeleteItem ChangePermission ChangeOwner'.split(' ');

/** Invoke-ExecModifyMBPerms, legacy single-mailbox body {userID, tenantFilter, permissions}. */
const ExecModifyMBPerms: Endpoint = {
	name: 'ExecModifyMBPerms',
	role: 'Exchange.Mailbox.ReadWrite',
	handle(ctx) {
		const userId = psString(ctx.fromBody('userID'));
		const permissions = ctx.fromBody('permissions');
		if (!userId || !permissions) return { status: 400, body: { Results: ['No mailbox requests provided'] } };
		const tenantFilter = ctx.fromBody('tenantFilter');
		let upn: string;
		try {
			upn = graphGetUser(ctx.state, graphTenant(ctx.state, tenantFilter, { authCheck: true }), userId).userPrincipalName;
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 200, body: { Results: [`Could not find user ${userId}`] } };
		}
		const changes: PermissionChange[] = [];
		for (const permission of Array.isArray(permissions) ? permissions : [permissions]) {
			if (!isPlainObject(permission)) continue;
			const action = permission.Modification === 'Remove' ? 'Remove' : 'Add';
			const autoMap = 'AutoMap' in permission ? permission.AutoMap !== false : true;
			const targets = (Array.isArray(permission.UserID) ? permission.UserID : [permission.UserID]).map((entry) =>
				psString(isPlainObject(entry) && entry.value ? entry.value : entry),
			);
			for (const trustee of targets) {
				for (const level of psString(permission.PermissionLevel)
					.split(',')
					.map((entry) => entry.trim())) {
					if (!LEVELS.includes(level)) continue;
					if (action === 'Add' && !['FullAccess', 'SendAs', 'SendOnBehalf'].includes(level)) continue;
					changes.push({ level, action, trustee, autoMap });
				}
			}
		}
		if (changes.length === 0) return { status: 200, body: { Results: ['No valid permission changes to process'] } };
		const results = changes.map((change) => {
			try {
				applyChange(ctx.state, exchangeTarget(ctx.state, tenantFilter, upn), change);
				return expected(change, upn);
			} catch (error) {
				if (!(error instanceof GraphError)) throw error;
				// The bulk path (several changes) normalizes the error; a single change shows Exchange's text.
				const text = changes.length > 1 ? normalizeGraphError(error.message) : error.message;
				return `Error processing ${change.level} for ${change.trustee} on ${upn}: ${text}`;
			}
		});
		return { status: 200, body: { Results: results } };
	},
};

/** Invoke-AddSharedMailbox: New-Mailbox -Shared, then sign-in blocked, then aliases added. */
const AddSharedMailbox: Endpoint = {
	name: 'AddSharedMailbox',
	role: 'Exchange.Mailbox.ReadWrite',
	handle(ctx) {
		const email = `${psString(ctx.fromBody('username'))}@${psString(ctx.fromBody('domain'))}`;
		const aliases = psString(ctx.fromBody('addedAliases'))
			.split('\n')
			.filter((alias) => alias !== '');
		const results: string[] = [];
		try {
			const tenant = exchangeTenant(ctx.state, ctx.fromBody('tenantID'));
			const accepted = (address: string) => tenant.domains.some((domain) => address.toLowerCase().endsWith(`@${domain.toLowerCase()}`));
			if (!accepted(email)) throw new GraphError(`The domain of the address "${email}" isn't an accepted domain of your organization.`);
			const inUse = ctx.state.users.some(
				(user) =>
					user.tenantId === tenant.customerId &&
					[user.userPrincipalName, user.mail, ...user.proxyAddresses.map((address) => address.slice(5))].some(
						(address) => address?.toLowerCase() === email.toLowerCase(),
					),
			);
			if (inUse) {
				throw new GraphError(
					`The proxy address "SMTP:${email}" is already being used by the proxy addresses or LegacyExchangeDN. Please choose another proxy address.`,
				);
			}
			const alias = psString(ctx.fromBody('username'));
			const user = buildMember(tenant, {
				id: stableGuid(`${tenant.customerId}/shared/${email.toLowerCase()}`),
				givenName: '',
				surname: '',
				alias,
				created: nowIso(),
			});
			Object.assign(user, {
				displayName: psString(ctx.fromBody('displayName')),
				givenName: null,
				surname: null,
				userPrincipalName: email,
				mail: email,
				proxyAddresses: [`SMTP:${email}`],
				accountEnabled: true,
			});
			ctx.state.users.push(user);
			const mailbox = mailboxOf(ctx.state, user);
			if (mailbox) mailbox.type = 'SharedMailbox';
			results.push(`Successfully created shared mailbox: ${email}.`);
			user.accountEnabled = false;
			results.push(`Blocked sign-in for shared mailbox ${email}`);
			if (aliases.length > 0) {
				const refused = aliases.find((address) => !accepted(address));
				if (refused) {
					results.push(`Failed to add aliases to ${email} : The address "${refused}" isn't on an accepted domain of your organization.`);
				} else {
					user.proxyAddresses.push(...aliases.map((address) => `smtp:${address}`));
					results.push(`Added aliases to ${email} : ${aliases.join(',')}`);
				}
			}
			return { status: 200, body: { Results: results } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 403, body: { Results: [...results, `Failed to create shared mailbox. ${normalizeGraphError(error.message)}`] } };
		}
	},
};

export const endpoints: Endpoint[] = [ListmailboxPermissions, ExecModifyMBPerms, AddSharedMailbox];
