/**
 * Contacts folder permissions: Invoke-ListContactPermissions (Get-MailboxFolderPermission on
 * `<mailbox>:\Contacts`) and -ExecModifyContactPerms (Set-CIPPContactPermission per user).
 */
import { perSandbox } from '../../../directory';
import type { SandboxState } from '../../../fixtures';
import { GraphError } from '../../../graph';
import { psList, psString } from '../../../powershell';
import type { Endpoint } from '../../endpoint';
import { exchangeError, exchangeTarget } from './state';
import type { ExchangeTarget } from './state';

interface FolderPermission {
	User: string;
	AccessRights: string[];
}

const folders = perSandbox(() => new Map<string, FolderPermission[]>());

function contactsOf(state: SandboxState, target: ExchangeTarget): FolderPermission[] {
	const map = folders(state);
	let entries = map.get(target.user.id);
	if (!entries) {
		entries = [
			{ User: 'Default', AccessRights: ['None'] },
			{ User: 'Anonymous', AccessRights: ['None'] },
		];
		map.set(target.user.id, entries);
	}
	return entries;
}

/** Exchange's name for a trustee: Default, Anonymous or the recipient's display name. */
function trusteeName(state: SandboxState, tenantFilter: unknown, identity: string): string {
	if (/^(default|anonymous)$/i.test(identity)) return identity.charAt(0).toUpperCase() + identity.slice(1).toLowerCase();
	return exchangeTarget(state, tenantFilter, identity).user.displayName;
}

const ListContactPermissions: Endpoint = {
	name: 'ListContactPermissions',
	role: 'Exchange.Mailbox.Read',
	handle(ctx) {
		try {
			const target = exchangeTarget(ctx.state, ctx.fromQuery('tenantFilter'), ctx.fromQuery('UserID'));
			const upn = target.user.userPrincipalName;
			const mailboxInfo = { UserPrincipalName: upn, DisplayName: target.user.displayName, PrimarySmtpAddress: target.user.mail ?? upn };
			const rows = contactsOf(ctx.state, target).map((entry) => ({
				Identity: `${upn}:\\Contacts`,
				User: entry.User,
				AccessRights: entry.AccessRights,
				FolderName: 'Contacts',
				MailboxInfo: mailboxInfo,
			}));
			return { status: 200, body: rows };
		} catch (error) {
			return { status: 403, body: [exchangeError(error)] };
		}
	},
};

const ExecModifyContactPerms: Endpoint = {
	name: 'ExecModifyContactPerms',
	role: 'Exchange.Mailbox.ReadWrite',
	handle(ctx) {
		const username = psString(ctx.fromBody('userID'));
		if (!username.trim()) return { status: 400, body: { Results: ['Username is required'] } };
		let target: ExchangeTarget;
		try {
			target = exchangeTarget(ctx.state, ctx.fromBody('tenantFilter'), username);
		} catch (error) {
			return { status: 404, body: { Results: [`Failed to get user ID: ${exchangeError(error)}`] } };
		}
		const raw = ctx.fromBody('permissions');
		const permissions = psList(raw) as Array<Record<string, unknown>>;
		const results: string[] = [];
		let hasErrors = false;
		for (const permission of permissions) {
			const level = (permission.PermissionLevel as { value?: unknown } | undefined)?.value ?? permission.PermissionLevel;
			const folder = psString(permission.FolderName ?? 'Contact');
			const users = (Array.isArray(permission.UserID) ? permission.UserID : [permission.UserID]).map((user) =>
				psString((user as { value?: unknown } | null)?.value ?? user),
			);
			for (const user of users) {
				const identity = `${target.user.id}:\\${folder}`;
				try {
					if (folder.toLowerCase() !== 'contacts') {
						throw new GraphError(`The specified folder could not be found in the store. Folder: ${identity}`);
					}
					const entries = contactsOf(ctx.state, target);
					const name = trusteeName(ctx.state, ctx.fromBody('tenantFilter'), user);
					const existing = entries.find((entry) => entry.User === name);
					if (psString(permission.Modification) === 'Remove') {
						if (!existing) throw new GraphError(`There is no existing permission entry found for user: ${user}.`);
						entries.splice(entries.indexOf(existing), 1);
						results.push(`Successfully removed access for ${user} from contact folder ${identity}`);
					} else {
						if (existing) existing.AccessRights = [psString(level)];
						else entries.push({ User: name, AccessRights: [psString(level)] });
						const notice = permission.SendNotificationToUser === true ? ' A notification has been sent to the user.' : '';
						results.push(
							`Successfully set permissions on contact folder ${identity}. The user ${user} now has ${psString(level)} permissions on this folder.${notice}`,
						);
					}
				} catch (error) {
					hasErrors = true;
					results.push(`Failed to set contact permissions for ${user} on ${target.user.id} : ${exchangeError(error)}`);
				}
			}
		}
		if (results.length === 0) {
			results.push('No results were generated from the operation. Please check the logs for more details.');
			hasErrors = true;
		}
		return { status: hasErrors ? 500 : 200, body: { Results: results } };
	},
};

export const endpoints: Endpoint[] = [ListContactPermissions, ExecModifyContactPerms];
