/**
 * Turns what CIPP posted into items: finds the schema (CIPP's standardized envelope, or the
 * producer's own body), recognises each record's source by its shape, and gives every record
 * the same header.
 */
import type { IDataObject } from 'n8n-workflow';

import { auditRecords, isAuditAlert } from './audit';
import { field, isObject, realTenant, text } from './fields';
import { isLogRow, logRecord } from './logbook';
import { isTemplateStub, isTestAlert, templateStubRecord, testAlertRecord, unknownRecord } from './notices';
import { isTaskAlert, taskRecords } from './scripted';
import { baselineRecords, customTestRecords, driftRecords, isBaseline, isCustomTest, isDrift } from './standards';
import type { CippAlert, Envelope, ParsedRecord } from './types';

/** A body this trigger refuses: the message says what was wrong, for the 400 answer. */
export class UnusableBody extends Error {}

const RECOGNISERS: Array<[(record: unknown) => boolean, (record: IDataObject, envelope: Envelope) => ParsedRecord[]]> = [
	[isAuditAlert, auditRecords],
	[isTaskAlert, taskRecords],
	[isLogRow, (record) => [logRecord(record)]],
	[isDrift, driftRecords],
	[isBaseline, baselineRecords],
	[isCustomTest, customTestRecords],
	[isTestAlert, (record, envelope) => [testAlertRecord(record, envelope)]],
	[isTemplateStub, (record, envelope) => [templateStubRecord(record, envelope)]],
];

/** One record by its shape; a shape this version does not know is kept as `unknown`, not dropped. */
export function recordsOf(record: IDataObject, envelope: Envelope): ParsedRecord[] {
	const recogniser = RECOGNISERS.find(([matches]) => matches(record));
	return recogniser ? recogniser[1](record, envelope) : [unknownRecord(record, envelope)];
}

const isEnvelope = (body: IDataObject): boolean => field(body, 'schemaVersion') !== undefined && field(body, 'payload') !== undefined;

function objects(list: unknown[], where: string): IDataObject[] {
	if (list.length === 0) throw new UnusableBody(`${where} is an empty list: there is no alert in it`);
	const bad = list.findIndex((element) => !isObject(element));
	if (bad >= 0) throw new UnusableBody(`${where} holds a ${typeof list[bad]} at position ${bad}; CIPP sends only objects`);
	return list as IDataObject[];
}

/** The records of a body with the envelope's details, whichever schema CIPP used. */
function split(body: unknown): { envelope: Envelope; records: IDataObject[] } {
	if (Array.isArray(body)) return { envelope: { schema: 'legacy' }, records: objects(body, 'The body') };
	if (!isObject(body)) {
		throw new UnusableBody(`The body is ${body === null ? 'null' : `a JSON ${typeof body}`}; CIPP sends a JSON object or array`);
	}
	if (!isEnvelope(body)) return { envelope: { schema: 'legacy' }, records: [body] };
	const payload = field(body, 'payload');
	if (!Array.isArray(payload)) throw new UnusableBody('The body has schemaVersion but its payload is not a list');
	const invoking = field(body, 'invoking');
	return {
		envelope: {
			schema: 'standardized',
			source: text(body, 'source'),
			invoking: typeof invoking === 'string' ? invoking : null,
			title: text(body, 'title'),
			tenant: realTenant(text(body, 'tenant')),
		},
		records: objects(payload, 'The payload'),
	};
}

export interface ParseOptions {
	receivedAt: string;
	via: CippAlert['via'];
}

export function toAlert(record: ParsedRecord, schema: CippAlert['schema'], { receivedAt, via }: ParseOptions): CippAlert {
	return { ...record.header, receivedAt, via, schema, raw: record.raw };
}

/** Every alert record of a body CIPP posted, one per item. Throws UnusableBody for bodies CIPP never sends. */
export function parseAlertBody(body: unknown, options: ParseOptions): CippAlert[] {
	const { envelope, records } = split(body);
	return records.flatMap((record) => recordsOf(record, envelope)).map((record) => toAlert(record, envelope.schema, options));
}
