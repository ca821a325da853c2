/**
 * Scripted-alert findings and their snoozes: Invoke-ListAlertResults (AlertLastRun), -ExecSnoozeAlert,
 * -ListSnoozedAlerts and -ExecRemoveSnooze (AlertSnooze), hashed as Get-AlertContentHash does.
 */
import { createHash } from 'node:crypto';

import { perSandbox } from '../../../directory';
import { getIgnoreCase, isPlainObject } from '../../../http';
import { psString } from '../../../powershell';
import type { Endpoint } from '../../endpoint';
import { logDay, unixNow, writeLog } from '../administration/state';

interface SnoozeRow {
	PartitionKey: string;
	RowKey: string;
	ContentHash: string;
	Tenant: string;
	SnoozeUntil: string;
	SnoozedBy: string;
	SnoozedAt: string;
	ContentPreview: string;
	SnoozeKey: string;
	SnoozeReason: string;
}

interface LastRunRow {
	PartitionKey: string;
	RowKey: string;
	Tenant: string;
	CmdletName: string;
	AlertComment: string;
	LogData: string;
}

const daysAgo = (days: number) => logDay(new Date(Date.now() - days * 86_400_000));

const mfaFinding = (upn: string, displayName: string) => ({
	Message: `Admin user ${displayName} (${upn}) does not have MFA registered.`,
	UserPrincipalName: upn,
	DisplayName: displayName,
	Tenant: 'contoso.onmicrosoft.com',
});

/** AlertLastRun: the latest findings of each scripted alert per tenant (Write-AlertTrace). */
const alertState = perSandbox(() => ({
	snoozes: [] as SnoozeRow[],
	lastRun: [
		{
			PartitionKey: daysAgo(3),
			RowKey: 'contoso.onmicrosoft.com-Get-CIPPAlertMFAAdmins',
			Tenant: 'contoso.onmicrosoft.com',
			CmdletName: 'Get-CIPPAlertMFAAdmins',
			AlertComment: 'Open a ticket',
			LogData: JSON.stringify([mfaFinding('adele.vance@contoso.onmicrosoft.com', 'Adele Vance')]),
		},
		{
			PartitionKey: daysAgo(1),
			RowKey: 'contoso.onmicrosoft.com-Get-CIPPAlertMFAAdmins',
			Tenant: 'contoso.onmicrosoft.com',
			CmdletName: 'Get-CIPPAlertMFAAdmins',
			AlertComment: 'Open a ticket',
			LogData: JSON.stringify([
				mfaFinding('adele.vance@contoso.onmicrosoft.com', 'Adele Vance'),
				mfaFinding('breakglass@contoso.onmicrosoft.com', 'Break Glass'),
			]),
		},
		{
			// Older than CIPP's 7-day cut-off: not listed.
			PartitionKey: daysAgo(9),
			RowKey: 'contoso.onmicrosoft.com-Get-CIPPAlertInactiveUsers',
			Tenant: 'contoso.onmicrosoft.com',
			CmdletName: 'Get-CIPPAlertInactiveUsers',
			AlertComment: '',
			LogData: JSON.stringify([
				{ Message: 'Megan Bowen has not signed in for 90 days', UserPrincipalName: 'megan.bowen@contoso.onmicrosoft.com' },
			]),
		},
	] as LastRunRow[],
}));

/** Get-AlertContentHash: UserPrincipalName, else Id, else Message, else the sorted item as JSON. */
export function contentHash(item: Record<string, unknown>): { hash: string; rawKey: string; preview: string } {
	const field = (name: string) => psString(getIgnoreCase(item, name)).trim();
	let rawKey = field('UserPrincipalName').toLowerCase() || field('Id').toLowerCase() || field('Message');
	if (!rawKey) {
		const sorted = Object.fromEntries(
			Object.keys(item)
				.sort()
				.map((key) => [key, item[key]]),
		);
		rawKey = `${JSON.stringify(sorted)}\n`;
	}
	const hash = createHash('sha256').update(rawKey, 'utf8').digest('base64');
	return { hash, rawKey, preview: rawKey.slice(0, 200) };
}

const results = (status: number, text: string) => ({ status, body: { Results: text } });

const ListAlertResults: Endpoint = {
	name: 'ListAlertResults',
	role: 'CIPP.Alert.Read',
	anyTenant: true,
	handle(ctx) {
		const tenant = psString(ctx.fromQueryOrBody('tenantFilter'));
		if (!tenant.trim()) return results(400, 'tenantFilter is required.');
		const latest = new Map<string, LastRunRow>();
		for (const row of alertState(ctx.state).lastRun.filter((candidate) => candidate.Tenant === tenant)) {
			const existing = latest.get(row.RowKey);
			if (!existing || row.PartitionKey > existing.PartitionKey) latest.set(row.RowKey, row);
		}
		const cutoff = daysAgo(7);
		const body = [...latest.values()]
			.filter((row) => row.PartitionKey >= cutoff && row.LogData.trim())
			.flatMap((row) =>
				(JSON.parse(row.LogData) as Array<Record<string, unknown>>).map((item) => {
					const { hash, preview } = contentHash(item);
					return {
						CmdletName: row.CmdletName,
						AlertComment: row.AlertComment,
						Tenant: row.Tenant,
						LastRun: row.PartitionKey,
						ContentHash: hash,
						ContentPreview: preview,
						AlertItem: item,
					};
				}),
			);
		return { status: 200, body };
	},
};

const ExecSnoozeAlert: Endpoint = {
	name: 'ExecSnoozeAlert',
	role: 'CIPP.AlertSnooze.ReadWrite',
	anyTenant: true,
	handle(ctx) {
		const cmdlet = psString(ctx.fromBody('CmdletName'));
		const tenant = psString(ctx.fromBody('TenantFilter'));
		const item = ctx.fromBody('AlertItem');
		const durationText = psString(ctx.fromBody('Duration')).trim();
		if (!/^-?\d*$/.test(durationText)) {
			return results(
				500,
				`Failed to snooze alert: Cannot convert value "${durationText}" to type "System.Int32". Error: "The input string '${durationText}' was not in a correct format."`,
			);
		}
		const duration = Number(durationText || 0);
		const reason = psString(ctx.fromBody('Reason'));
		if (!cmdlet.trim() || !tenant.trim() || item === undefined || item === null) {
			return results(400, 'CmdletName, TenantFilter, and AlertItem are required.');
		}
		if (![7, 14, 30, 90].includes(duration)) return results(400, 'Duration must be 7, 14, 30, or 90 days.');
		const { hash, rawKey, preview } = contentHash(isPlainObject(item) ? item : { value: item });
		const now = unixNow();
		const until = now + duration * 86_400;
		const row: SnoozeRow = {
			PartitionKey: cmdlet,
			// eslint-disable-next-line no-control-regex
			RowKey: `${tenant}-${hash}`.replace(/[\\/#?\u0000-\u001f\u007f-\u009f]/g, '_'),
			ContentHash: hash,
			Tenant: tenant,
			SnoozeUntil: String(until),
			SnoozedBy: ctx.client.clientId,
			SnoozedAt: String(now),
			ContentPreview: preview,
			SnoozeKey: rawKey,
			SnoozeReason: reason,
		};
		const data = alertState(ctx.state);
		data.snoozes = [...data.snoozes.filter((s) => !(s.PartitionKey === row.PartitionKey && s.RowKey === row.RowKey)), row];
		const text = `Successfully snoozed alert for ${duration} days: ${preview}${reason.trim() ? ` - Reason: ${reason}` : ''}`;
		writeLog(ctx.state, { Tenant: tenant, API: 'ExecSnoozeAlert', Message: text, Username: ctx.client.clientId, Severity: 'Info' });
		return { status: 200, body: { Results: text, ContentHash: hash, SnoozeUntil: until, SnoozedBy: row.SnoozedBy } };
	},
};

const ListSnoozedAlerts: Endpoint = {
	name: 'ListSnoozedAlerts',
	role: 'CIPP.AlertSnooze.Read',
	anyTenant: true,
	handle(ctx) {
		const cmdlet = ctx.fromQuery('CmdletName') ?? '';
		const now = unixNow();
		const body = alertState(ctx.state)
			.snoozes.filter((row) => !cmdlet.trim() || row.PartitionKey === cmdlet)
			.map((row) => {
				const until = Number(row.SnoozeUntil);
				const forever = until === -1;
				const expired = !forever && until < now;
				return {
					PartitionKey: row.PartitionKey,
					RowKey: row.RowKey,
					CmdletName: row.PartitionKey,
					Tenant: row.Tenant,
					ContentHash: row.ContentHash,
					ContentPreview: row.ContentPreview,
					SnoozeReason: row.SnoozeReason,
					SnoozedBy: row.SnoozedBy,
					SnoozedAt: row.SnoozedAt,
					SnoozeUntil: row.SnoozeUntil,
					IsExpired: expired,
					RemainingDays: forever ? -1 : expired ? 0 : Math.ceil((until - now) / 86_400),
					Status: forever ? 'Forever' : expired ? 'Expired' : 'Active',
				};
			});
		return { status: 200, body };
	},
};

const ExecRemoveSnooze: Endpoint = {
	name: 'ExecRemoveSnooze',
	role: 'CIPP.AlertSnooze.ReadWrite',
	anyTenant: true,
	handle(ctx) {
		const partitionKey = psString(ctx.fromBody('PartitionKey') ?? ctx.fromQuery('PartitionKey'));
		const rowKey = psString(ctx.fromBody('RowKey') ?? ctx.fromQuery('RowKey'));
		if (!partitionKey.trim() || !rowKey.trim()) return results(400, 'PartitionKey and RowKey are required.');
		const data = alertState(ctx.state);
		// Deleting a row the table does not have is no error.
		data.snoozes = data.snoozes.filter((row) => !(row.PartitionKey === partitionKey && row.RowKey === rowKey));
		return results(200, `Successfully removed snooze for ${partitionKey} / ${rowKey}`);
	},
};

export const endpoints: Endpoint[] = [ListAlertResults, ExecSnoozeAlert, ListSnoozedAlerts, ExecRemoveSnooze];
