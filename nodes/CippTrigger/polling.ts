/**
 * The backstop for alerts the webhook never got (CIPP posts once and does not retry): reads the
 * audit-log alerts CIPP stored (ListAuditLogs) and its logbook (ListLogs) since the last poll.
 *
 * Neither endpoint has an ordered cursor: ListAuditLogs filters on the time CIPP wrote a row and
 * ListLogs on whole days, and rows arrive late and out of order. So each poll reads a window that
 * overlaps the previous one and keeps the ids it has seen (the audit record's LogId, the log row's
 * RowKey) until they can no longer come back, in the node's static data: a restart neither loses
 * nor repeats an alert.
 */
import type { IDataObject } from 'n8n-workflow';

import { auditRecords } from './alerts/audit';
import { field, isObject, text } from './alerts/fields';
import { logRecord } from './alerts/logbook';
import { toAlert } from './alerts/parse';
import type { CippAlert } from './alerts/types';
import type { PollSource } from './options';

/** How far each window reaches back before the previous poll: covers clock skew between n8n and CIPP, and rows written late. */
export const OVERLAP_MINUTES = 60;

export type CippRead = (endpoint: string, qs: IDataObject) => Promise<unknown>;

export interface PollCursor extends IDataObject {
	/** When the last poll read CIPP (ISO). */
	lastPollAt: string;
	/** Audit LogId → when this trigger first saw it (ms). */
	audit: IDataObject;
	/** Log RowKey → its day (yyyyMMdd). */
	logs: IDataObject;
}

export interface PollRequest {
	sources: PollSource[];
	/** Logbook severities to ask CIPP for (empty: CIPP's default, all but Debug). */
	severities: string[];
	/** On the first poll: alerts of the last N hours come out; 0 starts from now. */
	includePastHours: number;
}

const MINUTE = 60_000;
const day = (at: number): string => new Date(at).toISOString().slice(0, 10).replace(/-/g, '');

/** CIPP's spelling of a severity (its filter compares case-insensitively, its UI capitalises). */
const severityName = (severity: string): string => severity.charAt(0).toUpperCase() + severity.slice(1).toLowerCase();

interface Found {
	id: string;
	alert: CippAlert;
	/** Log rows: the day partition they live in. */
	partition?: string;
}

async function readAudit(read: CippRead, minutes: number, receivedAt: string): Promise<Found[]> {
	const answer = await read('ListAuditLogs', { RelativeTime: `${Math.ceil(minutes)}m` });
	const rows = field(answer, 'Results');
	return (
		(Array.isArray(rows) ? rows : [])
			.filter(isObject)
			// A row CIPP is still processing has no data yet; it comes complete in a later poll.
			.filter((row) => isObject(field(row, 'Data')) && text(row, 'Title') !== 'Processing')
			.flatMap((row) => {
				const data = field(row, 'Data') as IDataObject;
				return auditRecords(data, { schema: 'stored', tenant: text(row, 'Tenant'), title: text(row, 'Title') }).map((record) => {
					const alert = toAlert(record, 'stored', { receivedAt, via: 'poll' });
					alert.alertId = text(row, 'LogId') || alert.alertId;
					return { id: alert.alertId, alert };
				});
			})
	);
}

async function readLogs(read: CippRead, from: number, to: number, severities: string[], receivedAt: string): Promise<Found[]> {
	const qs: IDataObject = { Filter: 'true', StartDate: day(from), EndDate: day(to) };
	if (severities.length) qs.Severity = severities.map(severityName).join(',');
	const answer = await read('ListLogs', qs);
	return (Array.isArray(answer) ? answer : []).filter(isObject).map((row) => {
		const alert = toAlert(logRecord(row), 'stored', { receivedAt, via: 'poll' });
		return { id: alert.alertId, alert, partition: text(row, 'DateFilter') || day(Date.parse(alert.occurredAt ?? '') || to) };
	});
}

const newestFirst = (a: CippAlert, b: CippAlert) => String(b.occurredAt ?? '').localeCompare(String(a.occurredAt ?? ''));

/**
 * One poll: the alerts not seen before, and the cursor to keep. Without a cursor (first
 * activation) everything CIPP holds now is marked seen, and only alerts of the last
 * `includePastHours` come out.
 */
export async function pollOnce(
	read: CippRead,
	cursor: PollCursor | undefined,
	request: PollRequest,
	now: number,
): Promise<{ alerts: CippAlert[]; cursor: PollCursor }> {
	const receivedAt = new Date(now).toISOString();
	const pastMs = request.includePastHours * 60 * MINUTE;
	// The first window reaches back twice as far as any later one will, so nothing written before
	// activation can turn up later as new. CIPP counts RelativeTime in whole minutes.
	const reach = cursor ? now - Date.parse(cursor.lastPollAt) + OVERLAP_MINUTES * MINUTE : Math.max(2 * OVERLAP_MINUTES * MINUTE, pastMs);
	const minutes = Math.ceil(reach / MINUTE);
	const windowStart = now - minutes * MINUTE;
	const found: Found[] = [];
	if (request.sources.includes('auditLog')) found.push(...(await readAudit(read, minutes, receivedAt)));
	const auditSeen: IDataObject = {};
	const logsSeen: IDataObject = {};
	// Keep only ids that can still come back: a row seen before this window started was written before it too.
	for (const [id, seenAt] of Object.entries(cursor?.audit ?? {})) if (Number(seenAt) >= windowStart) auditSeen[id] = seenAt;
	for (const [id, partition] of Object.entries(cursor?.logs ?? {})) if (String(partition) >= day(windowStart)) logsSeen[id] = partition;
	if (request.sources.includes('logbook')) found.push(...(await readLogs(read, windowStart, now, request.severities, receivedAt)));

	const alerts: CippAlert[] = [];
	for (const { id, alert, partition } of found) {
		const seen = partition === undefined ? auditSeen : logsSeen;
		if (!id || seen[id] !== undefined) continue;
		seen[id] = partition ?? now;
		const occurred = Date.parse(alert.occurredAt ?? '');
		if (cursor || (pastMs > 0 && occurred >= now - pastMs)) alerts.push(alert);
	}
	return { alerts: alerts.sort(newestFirst).reverse(), cursor: { lastPollAt: receivedAt, audit: auditSeen, logs: logsSeen } };
}

/** For "fetch test event": the newest stored alerts, without touching the cursor. */
export async function latestAlerts(read: CippRead, request: PollRequest, now: number, limit: number): Promise<CippAlert[]> {
	const receivedAt = new Date(now).toISOString();
	const found: Found[] = [];
	if (request.sources.includes('auditLog')) found.push(...(await readAudit(read, 7 * 24 * 60, receivedAt)));
	if (request.sources.includes('logbook'))
		found.push(...(await readLogs(read, now - 24 * 60 * MINUTE, now, request.severities, receivedAt)));
	return found
		.map(({ alert }) => alert)
		.sort(newestFirst)
		.slice(0, limit);
}
