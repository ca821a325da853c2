/** CIPP endpoints behind the node's calendarPermission operations: Exchange calendar folder permissions. */
import { perSandbox } from '../../directory';
import type { SandboxState, SandboxTenant, SandboxUser } from '../../fixtures';
import { GraphError, graphGetUser, graphTenant, normalizeGraphError } from '../../graph';
import { getIgnoreCase } from '../../http';
import { psString } from '../../powershell';
import type { Endpoint } from '../endpoint';
import { exchangeTenant, findMailbox, valueOf } from './tenant/request';

interface FolderPermission {
	User: string;
	AccessRights: string[];
	SharingPermissionFlags: string | null;
}

/** Each mailbox's Calendar folder starts with Exchange's two default entries. */
const calendars = perSandbox(() => ({
	permissions: new Map<string, FolderPermission[]>(),
	processing: new Map<string, Record<string, unknown>>(),
}));

function folderOf(state: SandboxState, mailbox: SandboxUser): FolderPermission[] {
	const { permissions } = calendars(state);
	let entries = permissions.get(mailbox.id);
	if (!entries) {
		entries = [
			{ User: 'Default', AccessRights: ['AvailabilityOnly'], SharingPermissionFlags: null },
			{ User: 'Anonymous', AccessRights: ['None'], SharingPermissionFlags: null },
		];
		permissions.set(mailbox.id, entries);
	}
	return entries;
}

/** The calendar folder `<mailbox>:\<FolderName>`: the sandbox's mailboxes are English ("Calendar"). */
function calendarFolder(state: SandboxState, tenant: SandboxTenant, mailboxId: string, folderName: string): FolderPermission[] {
	const mailbox = findMailbox(state, tenant, mailboxId);
	if (folderName.toLowerCase() !== 'calendar') {
		throw new GraphError(`The specified folder could not be found in the store. Folder: ${mailboxId}:\\${folderName}`);
	}
	return folderOf(state, mailbox);
}

/** A trustee as Exchange names it in the folder's entries: Default, Anonymous, or the user's display name. */
function trusteeName(state: SandboxState, tenant: SandboxTenant, identity: string): string {
	if (/^(default|anonymous)$/i.test(identity)) return identity.charAt(0).toUpperCase() + identity.slice(1).toLowerCase();
	const wanted = identity.toLowerCase();
	const user = state.users.find(
		(candidate) =>
			candidate.tenantId === tenant.customerId && (candidate.id === wanted || candidate.userPrincipalName.toLowerCase() === wanted),
	);
	if (!user) throw new GraphError(`The user "${identity}" was not found. Please make sure you have typed it correctly.`);
	return user.displayName;
}

/** Set-CIPPCalendarPermission: Set- (or Add-) / Remove-MailboxFolderPermission. Throws CIPP's failure text. */
function setCalendarPermission(
	state: SandboxState,
	tenant: SandboxTenant,
	options: {
		mailbox: string;
		folderName: string;
		user?: string;
		remove?: string;
		level?: string;
		canViewPrivateItems?: boolean;
		notify?: boolean;
	},
): string {
	const logging = options.remove ?? options.user ?? '';
	const identity = `${options.mailbox}:\\${options.folderName}`;
	try {
		const folder = calendarFolder(state, tenant, options.mailbox, options.folderName);
		if (options.remove) {
			const name = trusteeName(state, tenant, options.remove);
			const index = folder.findIndex((entry) => entry.User === name);
			if (index < 0) throw new GraphError(`There is no existing permission entry found for user: ${name}.`);
			folder.splice(index, 1);
			return `Successfully removed access for ${logging} from calendar ${identity}`;
		}
		const name = trusteeName(state, tenant, options.user ?? '');
		const level = options.level ?? '';
		if (!level) throw new GraphError("Cannot bind argument to parameter 'AccessRights' because it is an empty array.");
		const existing = folder.findIndex((entry) => entry.User === name);
		if (options.canViewPrivateItems && level.toLowerCase() !== 'editor') {
			// Exchange takes the Delegate/CanViewPrivateItems flags only with Editor. Set- fails, and
			// CIPP retries with Add-, whose error is what the caller sees: for an existing entry, Add's
			// "existing permission entry" (the real cause is hidden; sandbox wording for a new one).
			if (existing >= 0) throw new GraphError(`An existing permission entry was found for user: ${name}.`);
			throw new GraphError('SharingPermissionFlags can only be set when AccessRights is Editor.');
		}
		const entry = {
			User: name,
			AccessRights: [level],
			SharingPermissionFlags: options.canViewPrivateItems ? 'Delegate, CanViewPrivateItems' : null,
		};
		if (existing >= 0) folder.splice(existing, 1, entry);
		else folder.push(entry);
		let result = `Successfully set permissions on folder ${identity}. The user ${logging} now has ${level} permissions on this folder.`;
		if (options.canViewPrivateItems) result += ' The user can also view private items.';
		if (options.notify) result += ' A notification has been sent to the user.';
		return result;
	} catch (error) {
		if (!(error instanceof GraphError)) throw error;
		throw new GraphError(`Failed to set calendar permissions for ${logging} on ${options.mailbox} : ${normalizeGraphError(error.message)}`);
	}
}

/** Invoke-ListCalendarPermissions (live mode): the entries with the mailbox; failures 403 in a one-element array. */
const ListCalendarPermissions: Endpoint = {
	name: 'ListCalendarPermissions',
	role: 'Exchange.Mailbox.Read',
	handle(ctx) {
		const userId = ctx.fromQuery('UserID') ?? '';
		try {
			const tenant = exchangeTenant(ctx.state, ctx.fromQuery('tenantFilter'));
			const mailbox = findMailbox(ctx.state, tenant, userId);
			const mailboxInfo = {
				DisplayName: mailbox.displayName,
				PrimarySmtpAddress: mailbox.mail,
				UserPrincipalName: mailbox.userPrincipalName,
				RecipientTypeDetails: 'UserMailbox',
			};
			return {
				status: 200,
				body: folderOf(ctx.state, mailbox).map((entry) => ({
					Identity: `${userId}:\\Calendar`,
					User: entry.User,
					AccessRights: entry.AccessRights,
					FolderName: 'Calendar',
					MailboxInfo: mailboxInfo,
				})),
			};
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 403, body: [normalizeGraphError(error.message)] };
		}
	},
};

/** Invoke-ExecEditCalendarPermissions: query wins over body; the body's trustee and level are read from .value. */
const ExecEditCalendarPermissions: Endpoint = {
	name: 'ExecEditCalendarPermissions',
	role: 'Exchange.Mailbox.ReadWrite',
	handle(ctx) {
		const query = (name: string) => ctx.fromQuery(name);
		const body = (name: string) => getIgnoreCase(ctx.fromBody(name), 'value');
		try {
			const tenant = exchangeTenant(ctx.state, ctx.fromQueryOrBody('tenantFilter'));
			const result = setCalendarPermission(ctx.state, tenant, {
				mailbox: psString(ctx.fromQueryOrBody('userid')),
				folderName: psString(ctx.fromQueryOrBody('FolderName')),
				remove: psString(query('RemoveAccess') ?? body('RemoveAccess')) || undefined,
				user: psString(query('UserToGetPermissions') ?? body('UserToGetPermissions')),
				level: psString(query('Permissions') ?? body('Permissions')),
				canViewPrivateItems: ctx.fromQueryOrBody('CanViewPrivateItems') === true,
			});
			return { status: 200, body: { Results: result } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 403, body: { Results: error.message } };
		}
	},
};

/** Invoke-ExecModifyCalPerms: every change for every user; 500 with all messages when any failed. */
const ExecModifyCalPerms: Endpoint = {
	name: 'ExecModifyCalPerms',
	role: 'Exchange.Mailbox.ReadWrite',
	handle(ctx) {
		const username = psString(ctx.fromBody('userID'));
		if (!username.trim()) return { status: 400, body: { Results: ['Username is required'] } };
		let tenant: SandboxTenant;
		let mailboxId: string;
		try {
			tenant = graphTenant(ctx.state, ctx.fromBody('tenantFilter'), { authCheck: true });
			mailboxId = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(username)
				? username
				: graphGetUser(ctx.state, tenant, username).id;
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 404, body: { Results: [`Failed to get user ID: ${normalizeGraphError(error.message)}`] } };
		}
		const results: string[] = [];
		let failed = false;
		for (const permission of [ctx.fromBody('permissions') ?? []].flat()) {
			const level = psString(valueOf(getIgnoreCase(permission, 'PermissionLevel')));
			const remove = getIgnoreCase(permission, 'Modification') === 'Remove';
			for (const target of [getIgnoreCase(permission, 'UserID') ?? []].flat().map((user) => psString(valueOf(user)))) {
				try {
					exchangeTenant(ctx.state, tenant.defaultDomainName);
					results.push(
						setCalendarPermission(ctx.state, tenant, {
							mailbox: mailboxId,
							folderName: psString(getIgnoreCase(permission, 'FolderName') ?? 'Calendar'),
							remove: remove ? target : undefined,
							user: target,
							level,
							canViewPrivateItems: getIgnoreCase(permission, 'CanViewPrivateItems') === true,
							notify: getIgnoreCase(permission, 'SendNotificationToUser') === true,
						}),
					);
				} catch (error) {
					if (!(error instanceof GraphError)) throw error;
					failed = true;
					results.push(error.message);
				}
			}
		}
		if (results.length === 0) {
			results.push('No results were generated from the operation. Please check the logs for more details.');
			failed = true;
		}
		return { status: failed ? 500 : 200, body: { Results: results } };
	},
};

const PROCESSING_FLAGS = [
	'allowConflicts',
	'allowRecurringMeetings',
	'scheduleOnlyDuringWorkHours',
	'addOrganizerToSubject',
	'deleteComments',
	'deleteSubject',
	'removePrivateProperty',
	'removeCanceledMeetings',
	'removeOldMeetingMessages',
	'processExternalMeetingMessages',
];

/** PowerShell's `-as [bool]`: any non-empty string is $true. */
const asBool = (value: unknown) => (typeof value === 'string' ? value !== '' : Boolean(value));

/** Invoke-ExecSetCalendarProcessing: every switch is set on each call (missing = $false). */
const ExecSetCalendarProcessing: Endpoint = {
	name: 'ExecSetCalendarProcessing',
	role: 'Exchange.Mailbox.ReadWrite',
	handle(ctx) {
		const upn = psString(ctx.fromBody('UPN'));
		try {
			const tenant = exchangeTenant(ctx.state, ctx.fromBody('tenantFilter'));
			const mailbox = findMailbox(ctx.state, tenant, upn);
			const settings: Record<string, unknown> = {
				AutomateProcessing: asBool(ctx.fromBody('automaticallyAccept'))
					? 'AutoAccept'
					: asBool(ctx.fromBody('automaticallyProcess'))
						? 'AutoUpdate'
						: 'None',
			};
			for (const flag of PROCESSING_FLAGS) settings[flag.charAt(0).toUpperCase() + flag.slice(1)] = asBool(ctx.fromBody(flag));
			for (const [field, name] of [
				['maxConflicts', 'MaximumConflictInstances'],
				['maximumDurationInMinutes', 'MaximumDurationInMinutes'],
				['minimumDurationInMinutes', 'MinimumDurationInMinutes'],
				['bookingWindowInDays', 'BookingWindowInDays'],
			]) {
				const value = ctx.fromBody(field);
				if (value) settings[name] = Math.trunc(Number(value));
			}
			if (ctx.fromBody('additionalResponse')) settings.AdditionalResponse = ctx.fromBody('additionalResponse');
			// Set-CalendarProcessing keeps every parameter it is not given (the skipped 0s and empty text included).
			calendars(ctx.state).processing.set(mailbox.id, { ...calendars(ctx.state).processing.get(mailbox.id), ...settings });
			return { status: 200, body: { Results: `Calendar processing settings for ${upn} have been updated successfully` } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return {
				status: 500,
				body: { Results: `Could not update calendar processing settings for ${upn}. Error: ${normalizeGraphError(error.message)}` },
			};
		}
	},
};

export const endpoints: Endpoint[] = [ListCalendarPermissions, ExecEditCalendarPermissions, ExecModifyCalPerms, ExecSetCalendarProcessing];
