/** CIPP's scheduler as the user endpoints use it (Add-CIPPScheduledTask), and the queued ExecOffboardUser. */

import type { SandboxState } from '../../../fixtures';
import { isPlainObject } from '../../../http';
import { psList, psString } from '../../../powershell';
import type { Endpoint } from '../../endpoint';
import { addScheduledTask as addSchedulerTask, adminState } from '../administration/state';

interface NewTask {
	tenant: string;
	name: string;
	command: string;
	parameters: Record<string, unknown>;
	/** Unix seconds; 0 = the next scheduler run. */
	scheduledTime: number;
	reference: string | null;
	runNow?: boolean;
	/**
	 * Add-CIPPScheduledTask -DisallowDuplicateName: a pending task (not Completed or Failed) with
	 * the same name in any tenant means no new task, only the "already exists" text.
	 */
	disallowDuplicateName?: boolean;
}

/** Add-CIPPScheduledTask's "It will run in ..." (the scheduler runs every 15 minutes). */
function relativeTime(scheduledTime: number): string {
	const now = Date.now();
	let minutes: number;
	if (!scheduledTime || scheduledTime * 1000 <= now) {
		const current = new Date(now);
		minutes = 15 - (current.getUTCMinutes() % 15) - current.getUTCSeconds() / 60;
	} else {
		minutes = (scheduledTime * 1000 - now) / 60_000;
	}
	const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
	if (minutes >= 1440) {
		const hours = Math.floor((minutes % 1440) / 60);
		return `${plural(Math.floor(minutes / 1440), 'day')}${hours > 0 ? ` and ${plural(hours, 'hour')}` : ''}`;
	}
	if (minutes >= 60) {
		const rest = Math.floor(minutes % 60);
		return `${plural(Math.floor(minutes / 60), 'hour')}${rest > 0 ? ` and ${plural(rest, 'minute')}` : ''}`;
	}
	if (minutes >= 2) return `about ${Math.round(minutes)} minutes`;
	return minutes >= 1 ? 'about 1 minute' : 'less than a minute';
}

export function addScheduledTask(state: SandboxState, task: NewTask): string {
	if (task.disallowDuplicateName) {
		const pending = adminState(state).tasks.some(
			(row) => row.Name === task.name && row.TaskState !== 'Completed' && row.TaskState !== 'Failed',
		);
		if (pending) return `Task with name ${task.name} already exists`;
	}
	const row = addSchedulerTask(state, {
		tenant: task.tenant,
		name: task.name,
		command: task.command,
		parameters: task.parameters,
		scheduledTime: task.runNow ? Math.floor(Date.now() / 1000) : task.scheduledTime,
	});
	if (task.runNow) return `Task ${row.Name} scheduled to run now`;
	return `Successfully added task: ${row.Name}. It will run in ${relativeTime(task.scheduledTime)}.`;
}

const BOOLEAN_ACTIONS = [
	'ConvertToShared',
	'HideFromGAL',
	'removeCalendarInvites',
	'removePermissions',
	'removeCalendarPermissions',
	'RemoveRules',
	'RemoveMobile',
	'RemoveGroups',
	'RemoveLicenses',
	'RevokeSessions',
	'DisableSignIn',
	'ClearImmutableId',
	'ResetPass',
	'RemoveMFADevices',
	'RemoveTeamsPhoneDID',
	'DeleteUser',
	'DisableOneDriveSharing',
	'disableForwarding',
];
const COLLECTION_ACTIONS = ['AccessNoAutomap', 'AccessAutomap', 'OnedriveAccess'];

const valueOf = (entry: unknown): unknown => (isPlainObject(entry) ? entry.value : entry);

/** Test-CIPPOffboardingRequest: a 400 with every problem found, before anything is queued. */
function validateOffboarding(body: (name: string) => unknown): { errors: string[]; tenant: string; users: string[] } {
	const errors: string[] = [];
	const tenant = psString(valueOf(body('tenantFilter')) ?? body('tenantFilter'));
	if (!tenant.trim()) {
		errors.push(
			"'tenantFilter' is required and must resolve to a tenant domain (a string, or an object with a non-empty 'value' property).",
		);
	}
	const raw = body('user');
	const entries = psList(raw);
	const users = entries.map(valueOf).filter((value): value is string => typeof value === 'string' && value.trim() !== '');
	if (entries.length === 0) {
		errors.push(
			"'user' is required and must be a non-empty array of users (objects with a 'value' property, or userPrincipalName strings).",
		);
	} else if (users.length === 0) {
		errors.push(
			"'user' did not resolve to any usable userPrincipalName. Each entry must be a UPN string or an object with a non-empty 'value' property.",
		);
	} else {
		const invalid = users.filter((user) => !user.includes('@'));
		if (invalid.length) errors.push(`These user values do not look like userPrincipalNames (missing '@'): ${invalid.join(', ')}.`);
	}
	const scheduled = body('Scheduled');
	if (isPlainObject(scheduled) && scheduled.enabled) {
		const date = Number(scheduled.date);
		if (!Number.isInteger(date) || date <= 0)
			errors.push("'Scheduled.enabled' is true but 'Scheduled.date' is not a valid Unix timestamp.");
	}
	const hasAction =
		BOOLEAN_ACTIONS.some((name) => body(name) === true) ||
		COLLECTION_ACTIONS.some((name) => {
			const value = body(name);
			return (Array.isArray(value) ? value : [value]).some((entry) => entry !== undefined && entry !== null);
		}) ||
		psString(valueOf(body('forward'))).trim() !== '' ||
		psString(body('OOO')).trim() !== '';
	if (!hasAction) {
		errors.push(
			'No offboarding actions were selected. Enable at least one action (e.g. RemoveLicenses, DisableSignIn, RevokeSessions) before submitting.',
		);
	}
	return { errors, tenant, users };
}

/** Invoke-ExecOffboardUser: one scheduler task per user, queued; answers before any step has run. */
const ExecOffboardUser: Endpoint = {
	name: 'ExecOffboardUser',
	role: 'Identity.User.ReadWrite',
	handle(ctx) {
		const body = (name: string) => ctx.fromBody(name);
		const { errors, tenant, users } = validateOffboarding(body);
		if (errors.length) return { status: 400, body: { Results: errors } };
		const options = Object.fromEntries(
			[...BOOLEAN_ACTIONS, ...COLLECTION_ACTIONS, 'forward', 'OOO', 'KeepCopy', 'PostExecution', 'reference']
				.map((name) => [name, body(name)] as const)
				.filter(([, value]) => value !== undefined),
		);
		const scheduled = body('Scheduled');
		const later = isPlainObject(scheduled) && Boolean(scheduled.enabled);
		const results = users.map((username) =>
			addScheduledTask(ctx.state, {
				tenant,
				name: `Offboarding: ${username}`,
				command: 'Invoke-CIPPOffboardingJob',
				parameters: { Username: username, APIName: 'Scheduled Offboarding', options, RunScheduled: true },
				scheduledTime: later ? Number((scheduled as Record<string, unknown>).date) : 0,
				reference: psString(body('reference')) || null,
				runNow: !later,
			}),
		);
		return { status: 200, body: { Results: results } };
	},
};

export const endpoints: Endpoint[] = [ExecOffboardUser];
