/**
 * The vacation schedulers (Invoke-ExecScheduleOOOVacation, -ExecScheduleForwardingVacation,
 * -ExecScheduleMailboxVacation): each queues two tasks in CIPP's ScheduledTasks table (the
 * administration module's), the change at startDate and its undo at endDate.
 */
import type { SandboxState } from '../../../fixtures';
import { GraphError, graphTenant } from '../../../graph';
import { psList, psString } from '../../../powershell';
import type { Endpoint, EndpointContext } from '../../endpoint';
import { addScheduledTask } from '../administration/state';
import { exchangeError, exchangeTarget } from './state';

/** `@($list | % { $_.addedFields.userPrincipalName ?? $_.value })` (the forwarding one also takes a bare text). */
function upnsOf(list: unknown, bare: boolean): string[] {
	const entries = psList(list);
	return entries.map((entry) => {
		if (typeof entry === 'object' && entry !== null) {
			const { addedFields, value } = entry as { addedFields?: { userPrincipalName?: unknown }; value?: unknown };
			return psString(addedFields?.userPrincipalName ?? value);
		}
		return bare ? psString(entry) : '';
	});
}

/** "a, b, c (+2 more)": the first three, as CIPP names its tasks. */
function display(upns: string[]): string {
	const shown = upns.slice(0, 3).join(', ');
	return upns.length > 3 ? `${shown} (+${upns.length - 3} more)` : shown;
}

/** Add-CIPPScheduledTask: a missing or zero time is "now". */
function seconds(value: unknown): number {
	const number = Math.trunc(Number(value));
	return Number.isFinite(number) && number !== 0 ? number : Math.floor(Date.now() / 1000);
}

interface VacationTask {
	name: string;
	command: string;
	parameters: Record<string, unknown>;
	date: unknown;
}

function queue(state: SandboxState, ctx: EndpointContext, tenant: string, tasks: VacationTask[]): void {
	for (const task of tasks) {
		const row = addScheduledTask(state, {
			tenant,
			name: task.name,
			command: task.command,
			parameters: task.parameters,
			scheduledTime: seconds(task.date),
		});
		const reference = ctx.fromBody('reference');
		if (reference !== undefined && reference !== null) row.Reference = psString(reference);
	}
}

function vacation(
	name: string,
	noun: string,
	plan: (ctx: EndpointContext, tenant: string) => { who: string; tasks: VacationTask[] },
): Endpoint {
	return {
		name,
		role: 'Exchange.Mailbox.ReadWrite',
		handle(ctx) {
			try {
				const tenantFilter = ctx.fromBody('tenantFilter');
				const tenant = graphTenant(ctx.state, tenantFilter, { authCheck: true }).defaultDomainName;
				const { who, tasks } = plan(ctx, psString(tenantFilter));
				queue(ctx.state, ctx, tenant, tasks);
				return { status: 200, body: { Results: `Successfully scheduled ${noun} vacation mode for ${who}.` } };
			} catch (error) {
				return { status: 500, body: { Results: `Failed to schedule ${noun} vacation mode: ${exchangeError(error)}` } };
			}
		},
	};
}

const pair = (
	label: string,
	command: string,
	add: Record<string, unknown>,
	remove: Record<string, unknown>,
	ctx: EndpointContext,
	target = '',
) => [
	{ name: `Add ${label}${target}`, command, parameters: { ...add, Action: 'Add' }, date: ctx.fromBody('startDate') },
	{ name: `Remove ${label}`, command, parameters: { ...remove, Action: 'Remove' }, date: ctx.fromBody('endDate') },
];

const ExecScheduleOOOVacation = vacation('ExecScheduleOOOVacation', 'OOO', (ctx, tenant) => {
	const users = upnsOf(ctx.fromBody('Users'), false);
	if (users.length === 0) throw new GraphError('At least one user is required.');
	const shared = { TenantFilter: tenant, Users: users, APIName: 'ExecScheduleOOOVacation' };
	const add: Record<string, unknown> = {
		...shared,
		InternalMessage: ctx.fromBody('internalMessage') ?? null,
		ExternalMessage: ctx.fromBody('externalMessage') ?? null,
	};
	for (const flag of ['CreateOOFEvent', 'AutoDeclineFutureRequestsWhenOOF', 'DeclineEventsForScheduledOOF']) {
		if (ctx.fromBody(flag)) add[flag] = true;
	}
	for (const text of ['OOFEventSubject', 'DeclineMeetingMessage']) {
		if (psString(ctx.fromBody(text)).trim()) add[text] = ctx.fromBody(text);
	}
	const who = display(users);
	return { who, tasks: pair(`OOO Vacation Mode: ${who}`, 'Set-CIPPVacationOOO', add, shared, ctx) };
});

const ExecScheduleForwardingVacation = vacation('ExecScheduleForwardingVacation', 'forwarding', (ctx, tenant) => {
	const users = upnsOf(ctx.fromBody('Users'), true);
	if (users.length === 0) throw new GraphError('At least one user is required.');
	const keepCopy = psString(ctx.fromBody('KeepCopy')).trim() ? psString(ctx.fromBody('KeepCopy')).toLowerCase() === 'true' : false;
	const option = psString(ctx.fromBody('forwardOption'));
	const internal = ctx.fromBody('ForwardInternal') as { value?: unknown } | string | undefined;
	const targets: Record<string, [string, string]> = {
		internaladdress: ['ForwardInternal', psString(typeof internal === 'object' && internal !== null ? internal.value : internal)],
		externaladdress: ['ForwardExternal', psString(ctx.fromBody('ForwardExternal'))],
	};
	const chosen = targets[option.toLowerCase()];
	if (!chosen) throw new GraphError(`${option} is not a valid forwarding option.`);
	if (!chosen[1].trim()) {
		throw new GraphError(`Forwarding target is required for ${chosen[0] === 'ForwardInternal' ? 'internal' : 'external'} forwarding.`);
	}
	const shared = { TenantFilter: tenant, Users: users, APIName: 'ExecScheduleForwardingVacation' };
	const who = display(users);
	const add = { ...shared, ForwardOption: option, KeepCopy: keepCopy, [chosen[0]]: chosen[1] };
	return { who, tasks: pair(`Forwarding Vacation Mode: ${who}`, 'Set-CIPPVacationForwarding', add, shared, ctx, ` -> ${chosen[1]}`) };
});

const ExecScheduleMailboxVacation = vacation('ExecScheduleMailboxVacation', 'mailbox', (ctx, tenant) => {
	const owners = upnsOf(ctx.fromBody('mailboxOwners'), false);
	const delegates = upnsOf(ctx.fromBody('delegates'), false);
	const rawTypes = ctx.fromBody('permissionTypes');
	const types = psList(rawTypes).map((type) =>
		psString(typeof type === 'object' && type !== null ? ((type as { value?: unknown }).value ?? type) : type),
	);
	if (owners.length === 0 || delegates.length === 0 || types.length === 0) {
		throw new GraphError('Mailbox owners, delegates, and permission types are required.');
	}
	const autoMap = ctx.fromBody('autoMap') === undefined || ctx.fromBody('autoMap') === null ? true : Boolean(ctx.fromBody('autoMap'));
	const mailboxPermissions = owners.flatMap((owner) =>
		delegates.flatMap((delegate) =>
			types.map((level) => ({ UserId: owner, AccessUser: delegate, PermissionLevel: level, AutoMap: autoMap })),
		),
	);
	const raw = ctx.fromBody('calendarPermission') as { value?: unknown } | string | undefined;
	const calendarRole = typeof raw === 'object' && raw !== null ? raw.value : raw;
	// The calendar folder's name comes from Get-MailboxFolderStatistics per owner, at scheduling time.
	const calendarPermissions =
		ctx.fromBody('includeCalendar') && calendarRole
			? owners.flatMap((owner) => {
					exchangeTarget(ctx.state, ctx.fromBody('tenantFilter'), owner);
					return delegates.map((delegate) => ({
						UserID: owner,
						UserToGetPermissions: delegate,
						FolderName: 'Calendar',
						Permissions: calendarRole,
						CanViewPrivateItems: Boolean(ctx.fromBody('canViewPrivateItems')),
					}));
				})
			: [];
	const who = `${display(delegates)} -> ${display(owners)}`;
	const parameters = {
		TenantFilter: tenant,
		MailboxPermissions: mailboxPermissions,
		CalendarPermissions: calendarPermissions,
		APIName: 'ExecScheduleMailboxVacation',
	};
	return { who, tasks: pair(`Mailbox Vacation Mode: ${who}`, 'Set-CIPPMailboxVacation', parameters, parameters, ctx) };
});

export const endpoints: Endpoint[] = [ExecScheduleOOOVacation, ExecScheduleForwardingVacation, ExecScheduleMailboxVacation];
