/**
 * Audit-log alerts: one body per Office 365 audit record an alert rule caught. The legacy body
 * is `{Title, RawData, IP, PotentialLocationInfo, ActionsTaken, AuditRecord, AlertComment, ...}`;
 * ListAuditLogs returns the same object under `Data`.
 */
import type { IDataObject } from 'n8n-workflow';

import { field, hasFields, isGuid, isObject, isUpn, realTenant, tenantFromTitle, text, utcTime } from './fields';
import type { Envelope, ParsedRecord } from './types';

export const isAuditAlert = (record: unknown): boolean => isObject(field(record, 'RawData')) && hasFields(record, 'Title');

/**
 * The user the record is about. Role and account events name the target in ObjectId and the
 * admin who acted in UserId, so a UPN in ObjectId wins; CIPP's resolved copies (CIPP<Prop>) are
 * UPNs only when the GUID was a user of the tenant. An ObjectId GUID is not taken: for sign-ins
 * it is the application signed in to.
 */
export function auditUser(rawData: IDataObject): string {
	const resolved = (name: string) => {
		const value = field(rawData, name);
		return typeof value === 'string' && isUpn(value.trim()) ? value.trim() : '';
	};
	const userId = text(rawData, 'UserId');
	const userKey = text(rawData, 'UserKey');
	const objectId = text(rawData, 'ObjectId');
	return (
		resolved('CIPPObjectId') ||
		(isUpn(objectId) ? objectId : '') ||
		resolved('CIPPUserId') ||
		(isUpn(userId) || isGuid(userId) ? userId : '') ||
		resolved('CIPPUserKey') ||
		(isGuid(userKey) ? userKey : '')
	);
}

function auditLocation(record: IDataObject, rawData: IDataObject): string {
	const info = field(record, 'PotentialLocationInfo');
	if (isObject(info)) {
		return [text(info, 'City'), text(info, 'CountryOrRegion')].filter(Boolean).join(', ');
	}
	const country = text(rawData, 'CIPPGeoLocation');
	return country && country !== 'Unknown' ? country : '';
}

export function auditRecords(record: IDataObject, envelope: Envelope): ParsedRecord[] {
	const rawData = field(record, 'RawData') as IDataObject;
	const title = text(record, 'Title') || envelope.title || '';
	const tenantId = text(rawData, 'OrganizationId');
	// The legacy body names the tenant only in the title; CIPP's fallback title has none.
	const tenant = realTenant(envelope.tenant ?? '') || tenantFromTitle(title) || tenantId;
	return [
		{
			header: {
				alertType: 'auditLog',
				alertId: text(rawData, 'Id') || text(field(record, 'AuditRecord'), 'id'),
				tenant,
				tenantId,
				title,
				user: auditUser(rawData),
				ip: text(record, 'IP') || text(rawData, 'CIPPIPDetected') || text(rawData, 'ClientIP'),
				location: auditLocation(record, rawData),
				operation: text(rawData, 'Operation'),
				occurredAt: utcTime(text(rawData, 'CreationTime')),
			},
			raw: record,
		},
	];
}
