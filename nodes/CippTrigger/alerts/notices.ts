/**
 * Bodies that only announce something: the test alert `{Title, Text}`, the standards notification
 * and the Sherweb extension's stub `{title, buttonurl, buttontext, auditlog, alertcomment}` (no
 * details: CIPP's template has none), and bodies from sources this version does not know.
 */
import type { IDataObject } from 'n8n-workflow';

import { contentId, hasFields, text } from './fields';
import type { AlertType, Envelope, ParsedRecord } from './types';

export const isTestAlert = (record: unknown): boolean => hasFields(record, 'Title', 'Text') && !hasFields(record, 'RawData');

export const isTemplateStub = (record: unknown): boolean => hasFields(record, 'buttonurl', 'buttontext');

/** The standards stub links to the logbook; the Sherweb one has no link. */
function stubType(record: IDataObject, envelope: Envelope): AlertType {
	if (envelope.source) return /standards/i.test(envelope.source) ? 'standards' : 'extension';
	return text(record, 'buttonurl') ? 'standards' : 'extension';
}

function notice(type: AlertType, record: IDataObject, envelope: Envelope, title: string): ParsedRecord {
	return {
		header: {
			alertType: type,
			alertId: contentId(type, envelope.tenant ?? '', title, record),
			tenant: envelope.tenant ?? '',
			tenantId: '',
			title,
			user: '',
		},
		raw: record,
	};
}

export const testAlertRecord = (record: IDataObject, envelope: Envelope): ParsedRecord =>
	notice('testAlert', record, envelope, text(record, 'Title') || envelope.title || '');

export const templateStubRecord = (record: IDataObject, envelope: Envelope): ParsedRecord => {
	const type = stubType(record, envelope);
	const fallback = type === 'standards' ? 'Standards Notification: Out of sync standards detected' : 'CIPP extension alert';
	return notice(type, record, envelope, text(record, 'title') || envelope.title || fallback);
};

export const unknownRecord = (record: IDataObject, envelope: Envelope): ParsedRecord =>
	notice('unknown', record, envelope, text(record, 'Title', 'title') || envelope.title || '');
