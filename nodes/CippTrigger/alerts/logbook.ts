/**
 * Logbook rows: the hourly notification posts up to 500 CippLogs rows per body (an array, or the
 * row itself when there is one); ListLogs returns the same rows with other column names
 * (DateTime for Timestamp, User for Username).
 */
import type { IDataObject } from 'n8n-workflow';

import { hasFields, realTenant, text, upnInText, utcTime } from './fields';
import type { ParsedRecord } from './types';

export const isLogRow = (record: unknown): boolean =>
	hasFields(record, 'RowKey', 'API', 'Message') && (hasFields(record, 'PartitionKey') || hasFields(record, 'DateTime'));

export function logRecord(row: IDataObject): ParsedRecord {
	const message = text(row, 'Message');
	return {
		header: {
			alertType: 'logbook',
			alertId: text(row, 'RowKey'),
			tenant: realTenant(text(row, 'Tenant')),
			tenantId: realTenant(text(row, 'TenantID')),
			title: message,
			// The row names who acted (Username); the user it is about, if any, is in the message.
			user: upnInText(message),
			actor: text(row, 'Username', 'User'),
			api: text(row, 'API'),
			ip: text(row, 'IP'),
			severity: text(row, 'Severity'),
			occurredAt: utcTime(text(row, 'Timestamp', 'DateTime')),
		},
		raw: row,
	};
}
