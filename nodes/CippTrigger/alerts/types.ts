import type { IDataObject } from 'n8n-workflow';

/** Which part of CIPP sent an alert; `unknown` is a source this version does not know yet. */
export const ALERT_TYPES = [
	'auditLog',
	'scriptedAlert',
	'scheduledTask',
	'userOffboarding',
	'logbook',
	'standards',
	'drift',
	'baseline',
	'customTest',
	'testAlert',
	'extension',
	'unknown',
] as const;

export type AlertType = (typeof ALERT_TYPES)[number];

/** The fields every output item carries, whatever sent it, besides where it came from. */
export interface Header extends IDataObject {
	alertType: AlertType;
	/** A stable id to tell repeats apart: the audit record's Id, the logbook row's RowKey, else a hash. */
	alertId: string;
	tenant: string;
	tenantId: string;
	title: string;
	/** A UPN or object ID when the alert names a user, else ''. */
	user: string;
	ip?: string;
	location?: string;
	severity?: string;
	/** Audit-log alerts: the Office 365 operation, e.g. New-InboxRule. */
	operation?: string;
	/** When the event happened, as CIPP reports it (not when n8n received it). */
	occurredAt?: string;
}

/** One output item: the header, how it arrived, and CIPP's record as received under `raw`. */
export interface CippAlert extends Header {
	receivedAt: string;
	/** `webhook` or `poll`. */
	via: 'webhook' | 'poll';
	/** `legacy` or `standardized` (CIPP's "Use Standardized Alert Schema" switch); `stored` for polled records. */
	schema: 'legacy' | 'standardized' | 'stored';
	raw: IDataObject;
}

/** What the body told about the alert before one record is turned into an item. */
export interface Envelope {
	schema: CippAlert['schema'];
	/** The envelope's `source` (standardized only). */
	source?: string;
	/** The envelope's `invoking` (standardized only). */
	invoking?: string | null;
	title?: string;
	tenant?: string;
}

/** One record of a body as an item header plus the record kept under `raw`. */
export interface ParsedRecord {
	header: Header;
	raw: IDataObject;
}
