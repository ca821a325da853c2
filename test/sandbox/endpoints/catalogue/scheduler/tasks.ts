/**
 * Invoke-AddScheduledItem (Add-CIPPScheduledTask) and Invoke-ListScheduledItemDetails, on the same
 * ScheduledTasks table as ListScheduledItems (administration/state.ts).
 */
import { randomUUID } from 'node:crypto';

import { getIgnoreCase, isPlainObject } from '../../../http';
import { psList, psString } from '../../../powershell';
import type { Endpoint } from '../../endpoint';
import { FUNCTIONS } from '../administration/settings';
import { output } from '../administration/scheduler';
import { adminState, unixNow, writeLog } from '../administration/state';
import type { ScheduledTaskRow } from '../administration/state';

/** Commands CIPP's own modules export in the sandbox: the listed ones, and what alerts and standards use. */
const KNOWN_COMMANDS = new Set([
	...FUNCTIONS.map((entry) => entry.Function),
	'Get-CIPPAlertNoCAConfig',
	'Get-CIPPAlertInactiveUsers',
	'Invoke-CIPPStandardsRun',
	'Set-CIPPCAExclusion',
	'Invoke-CippExtensionSync',
]);

/** A part of Get-CIPPSchedulerBlockedCommands (token, secret, tenant-list and storage functions). */
const BLOCKED_COMMANDS = new Set([
	'Get-GraphToken',
	'New-GraphGetRequest',
	'New-GraphPOSTRequest',
	'Get-Tenants',
	'Get-CIPPTable',
	'Add-CIPPScheduledTask',
]);

/** PowerShell's `$x.value ?? $x`. */
const valueOf = (given: unknown): unknown => (isPlainObject(given) ? (getIgnoreCase(given, 'value') ?? given) : given);

/** "about N minutes", "2 days and 3 hours"... (Add-CIPPScheduledTask :319-355). */
function relativeTime(scheduled: number): string {
	const now = new Date();
	let minutes: number;
	if (scheduled === 0 || scheduled <= Math.floor(now.getTime() / 1000)) {
		minutes = 15 - (now.getUTCMinutes() % 15) - now.getUTCSeconds() / 60;
	} else {
		minutes = (scheduled * 1000 - now.getTime()) / 60_000;
	}
	const plural = (count: number, unit: string) => `${count} ${unit}${count === 1 ? '' : 's'}`;
	if (minutes >= 1440) {
		const hours = Math.floor((minutes % 1440) / 60);
		return plural(Math.floor(minutes / 1440), 'day') + (hours > 0 ? ` and ${plural(hours, 'hour')}` : '');
	}
	if (minutes >= 60) {
		const rest = Math.floor(minutes % 60);
		return plural(Math.floor(minutes / 60), 'hour') + (rest > 0 ? ` and ${plural(rest, 'minute')}` : '');
	}
	if (minutes >= 2) return `about ${Math.round(minutes)} minutes`;
	if (minutes >= 1) return 'about 1 minute';
	return 'less than a minute';
}

/** The task's parameters as CIPP stores them: empty values (null, '', empty lists) are left out (:107-144). */
function storedParameters(given: unknown): string {
	if (!isPlainObject(given)) return '';
	const kept = Object.fromEntries(
		Object.entries(given).filter(
			([, value]) => !(value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)),
		),
	);
	return JSON.stringify(kept);
}

/** "Webhook,Email,PSA": from `{Webhook: true, ...}`, else from a list of `{value}` (:104-106). */
function postExecution(given: unknown): string {
	const flags = ['Webhook', 'Email', 'PSA'].filter((name) => getIgnoreCase(given, name) === true);
	if (flags.length > 0) return flags.join(',');
	const list = psList(given);
	return list.map((entry) => psString(getIgnoreCase(entry, 'value'))).join(',');
}

const TASK_COLUMNS = [
	'RowKey',
	'Name',
	'TaskState',
	'Command',
	'Parameters',
	'Recurrence',
	'ExecutedTime',
	'ScheduledTime',
	'PostExecution',
	'Tenant',
	'TenantGroup',
	'Hidden',
	'Results',
];

const ok = (text: string) => ({ status: 200, body: { Results: text } });

export const AddScheduledItem: Endpoint = {
	name: 'AddScheduledItem',
	role: 'CIPP.Scheduler.ReadWrite',
	handle(ctx) {
		const data = adminState(ctx.state);
		const body = (name: string) => ctx.fromBody(name);
		const rowKey = psString(body('RowKey'));
		const existing = rowKey ? data.tasks.find((task) => task.RowKey === rowKey) : undefined;
		const hidden = ctx.fromQuery('hidden') === undefined ? (existing?.Hidden ?? false) : true;
		const runNow = body('RunNow') === true;
		if (existing && runNow) {
			existing.ExecutedTime = '';
			existing.ScheduledTime = unixNow();
			existing.TaskState = 'Planned';
			writeLog(ctx.state, {
				Tenant: existing.Tenant,
				API: 'RunNow',
				Message: `Task ${existing.Name} scheduled to run now`,
				Username: ctx.client.clientId,
				Severity: 'Info',
			});
			return ok(`Task ${existing.Name} scheduled to run now`);
		}
		const name = psString(body('Name'));
		if (ctx.fromQueryOrBody('DisallowDuplicateName')) {
			const duplicate = data.tasks.some((task) => task.Name === name && task.TaskState !== 'Completed' && task.TaskState !== 'Failed');
			if (duplicate) return ok(`Task with name ${name} already exists`);
		}
		const command = psString(valueOf(body('Command')));
		if (!KNOWN_COMMANDS.has(command) && !BLOCKED_COMMANDS.has(command)) {
			return ok(`Error - The command '${command}' does not exist and cannot be scheduled.`);
		}
		if (BLOCKED_COMMANDS.has(command)) return ok(`Error - The command '${command}' is not permitted to run as a scheduled task.`);
		const filter = body('TenantFilter');
		const tenant = psString(valueOf(filter));
		const recurrence = psString(valueOf(body('Recurrence')));
		const desired = psString(body('DesiredStartTime'));
		const given = Number(psString(body('ScheduledTime')) || 0);
		const scheduled = desired && /^\d+$/.test(desired) ? Number(desired) : given || unixNow();
		const excluded = Array.isArray(body('excludedTenants')) ? (body('excludedTenants') as unknown[]) : [];
		const row: ScheduledTaskRow = {
			PartitionKey: 'ScheduledTask',
			RowKey: rowKey || randomUUID(),
			Name: name,
			Command: command,
			Parameters: storedParameters(body('Parameters')),
			Tenant: tenant,
			TaskState: 'Planned',
			ScheduledTime: scheduled,
			ExecutedTime: '',
			Recurrence: recurrence,
			// CIPP stores the text 'Planned' until the task has run.
			Results: JSON.stringify('Planned'),
			Hidden: hidden,
			PostExecution: postExecution(body('PostExecution')),
			excludedTenants: excluded
				.filter((entry) => getIgnoreCase(entry, 'type') !== 'Group')
				.map((entry) => psString(getIgnoreCase(entry, 'value')))
				.filter(Boolean)
				.join(','),
			Reference: psString(body('Reference')),
			AlertComment: psString(body('AlertComment')),
			CustomSubject: psString(body('CustomSubject')),
			PsaTicketStrategy: psString(valueOf(body('PsaTicketStrategy'))),
			...(desired ? { DesiredStartTime: desired } : {}),
			...(isPlainObject(filter) && getIgnoreCase(filter, 'type') === 'Group' ? { TenantGroup: JSON.stringify(filter) } : {}),
		};
		// Add-CIPPAzDataTableEntity -Force: a task with the same RowKey is replaced whole.
		data.tasks = [...data.tasks.filter((task) => task.RowKey !== row.RowKey), row];
		writeLog(ctx.state, {
			Tenant: tenant,
			API: 'ScheduledTask',
			Message: `Added task ${name} with ID ${row.RowKey}`,
			Username: ctx.client.clientId,
			Severity: 'Info',
		});
		if (runNow) return ok(`Task ${name} scheduled to run now`);
		return ok(`Successfully added task: ${name}. It will run in ${relativeTime(scheduled)}.`);
	},
};

/**
 * Invoke-AddScriptedAlert: a single tenant in a list is unwrapped (:13-15), then the request goes to
 * Invoke-AddScheduledItem with the query hidden=true (:63-68), so the alert is a hidden task.
 */
export const AddScriptedAlert: Endpoint = {
	name: 'AddScriptedAlert',
	role: 'CIPP.Alert.ReadWrite',
	handle(ctx) {
		const tenantFilter = ctx.fromBody('tenantFilter');
		const unwrapped = Array.isArray(tenantFilter) && tenantFilter.length === 1 ? tenantFilter[0] : tenantFilter;
		const body = { ...(ctx.body as Record<string, unknown>), ...(unwrapped === undefined ? {} : { tenantFilter: unwrapped }) };
		return AddScheduledItem.handle({
			...ctx,
			body,
			fromBody: (name) => getIgnoreCase(body, name),
			fromQuery: (name) => (name.toLowerCase() === 'hidden' ? 'true' : ctx.fromQuery(name)),
			fromQueryOrBody: (name) => (name.toLowerCase() === 'hidden' ? 'true' : (ctx.fromQuery(name) ?? getIgnoreCase(body, name))),
		});
	},
};

export const ListScheduledItemDetails: Endpoint = {
	name: 'ListScheduledItemDetails',
	role: 'CIPP.Scheduler.Read',
	anyTenant: true,
	handle(ctx) {
		const rowKey = psString(ctx.fromQueryOrBody('RowKey'));
		if (!rowKey) return { status: 400, body: "Required parameter 'RowKey' is missing" };
		const task = adminState(ctx.state).tasks.find((row) => row.RowKey === rowKey);
		if (!task) return { status: 404, body: `Task with RowKey '${rowKey}' not found` };
		const domains = new Map(ctx.state.tenants.map((t) => [t.customerId, t.defaultDomainName]));
		const shown = output(task, domains);
		const results = task.Results ? (JSON.parse(task.Results) as unknown) : null;
		const tenant = ctx.state.tenants.find((t) => t.defaultDomainName === task.Tenant || t.customerId === task.Tenant);
		const details = [
			{
				Timestamp: new Date().toISOString(),
				Tenant: task.Tenant,
				Results: results === null ? [] : Array.isArray(results) ? results : [results],
				...(tenant ? { TenantName: tenant.displayName, TenantDefaultDomain: tenant.defaultDomainName, TenantId: tenant.customerId } : {}),
			},
		];
		// The columns CIPP selects (:30).
		const picked = Object.fromEntries(TASK_COLUMNS.map((column) => [column, shown[column]]));
		// ConvertTo-Json text, as CIPP answers it.
		return { status: 200, body: JSON.stringify({ Task: picked, Details: details }) };
	},
};
