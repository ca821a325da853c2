/** Invoke-ListLogs (CIPP/Core): the CIPP logbook, one table partition per day. */
import { allowedTenantIds } from '../../../access';
import type { Endpoint } from '../../endpoint';
import { adminState, logDay } from './state';
import type { LogRow } from './state';

const DEFAULT_LEVELS = ['Info', 'Warn', 'Warning', 'Error', 'Critical', 'Alert'];

/** PowerShell -like with * wildcards. */
const like = (value: string, pattern: string): boolean =>
	new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\?]/g, '\\$&').replace(/\*/g, '.*')}$`, 'i').test(value);

function output(row: LogRow): Record<string, unknown> {
	return {
		DateTime: row.Timestamp,
		Tenant: row.Tenant,
		API: row.API,
		Message: row.Message,
		User: row.Username,
		Severity: row.Severity,
		LogData: row.LogData ? (JSON.parse(row.LogData) as unknown) : row.LogData,
		TenantID: row.TenantID ?? 'None',
		AppId: row.AppId,
		IP: row.IP,
		RowKey: row.RowKey,
		StandardInfo: {},
		DateFilter: row.PartitionKey,
	};
}

export const ListLogs: Endpoint = {
	name: 'ListLogs',
	role: 'CIPP.Core.Read',
	anyTenant: true,
	handle(ctx) {
		const q = (name: string) => ctx.fromQuery(name);
		const today = logDay(new Date());
		const logs = adminState(ctx.state).logs;
		const allowed = allowedTenantIds(ctx.client);
		const visible = (row: LogRow) =>
			allowed === 'AllTenants' || row.Tenant === 'CIPP' || (row.TenantID !== undefined && allowed.includes(row.TenantID));
		if (q('ListLogs')) {
			const days = [...new Set(logs.map((row) => row.PartitionKey))].sort();
			return { status: 200, body: days.map((day) => ({ value: day, label: day })) };
		}
		if (q('logentryid')) {
			const day = q('DateFilter') ?? today;
			const row = logs.find((entry) => entry.RowKey === q('logentryid') && entry.PartitionKey === day && visible(entry));
			return { status: 200, body: row ? [{ ...output(row), Standard: {} }] : [] };
		}
		const filtered = q('Filter')?.toLowerCase() === 'true';
		const levels = filtered && q('Severity') ? (q('Severity') ?? '').split(',') : DEFAULT_LEVELS;
		const start = filtered ? (q('StartDate') ?? q('DateFilter')) : undefined;
		const end = filtered ? (q('EndDate') ?? q('DateFilter')) : undefined;
		const inRange = (day: string) => (start && end ? day >= start && day <= end : day === (start ?? today));
		const user = (filtered && q('User')) || '*';
		const tenant = filtered ? q('Tenant') : undefined;
		const api = filtered ? q('API') : undefined;
		const rows = logs.filter(
			(row) =>
				inRange(row.PartitionKey) &&
				levels.some((level) => level.toLowerCase() === row.Severity.toLowerCase()) &&
				(user === '*' || like(row.Username, user)) &&
				(!tenant || tenant === 'AllTenants' || like(row.Tenant, `*${tenant}*`) || row.TenantID === tenant) &&
				(!api || new RegExp(api, 'i').test(row.API)) &&
				(!filtered || !q('ScheduledTaskId') || row.ScheduledTaskId === q('ScheduledTaskId')) &&
				(!filtered || !q('StandardTemplateId') || row.StandardTemplateId === q('StandardTemplateId')) &&
				(!filtered || !q('BaselineRunId') || row.BaselineRunId === q('BaselineRunId')) &&
				visible(row),
		);
		return { status: 200, body: rows.map(output).sort((a, b) => String(b.DateTime).localeCompare(String(a.DateTime))) };
	},
};
