/**
 * Standards drift (one body per tenant, one item per deviation), baseline transitions (one per
 * standard) and custom test results (one body per tenant, one item per test).
 */
import type { IDataObject } from 'n8n-workflow';

import { asList, contentId, field, hasFields, isObject, text } from './fields';
import type { Envelope, Header, ParsedRecord } from './types';

export const isDrift = (record: unknown): boolean => hasFields(record, 'Title', 'AlertData');
export const isBaseline = (record: unknown): boolean => hasFields(record, 'Event', 'Standard', 'Baseline');
export const isCustomTest = (record: unknown): boolean => hasFields(record, 'Tests', 'AlertCount');

/** One item per entry of a list in the body (PowerShell sends a one-entry list as the entry). */
function perEntry(
	record: IDataObject,
	envelope: Envelope,
	list: string,
	header: (entry: IDataObject, tenant: string) => Pick<Header, 'alertType' | 'alertId'> & IDataObject,
): ParsedRecord[] {
	const tenant = text(record, 'Tenant') || envelope.tenant || '';
	const title = text(record, 'Title') || envelope.title || '';
	return asList(field(record, list))
		.filter(isObject)
		.map((entry) => ({ header: { tenant, tenantId: '', title, user: '', ...header(entry, tenant) }, raw: entry }));
}

export const driftRecords = (record: IDataObject, envelope: Envelope): ParsedRecord[] =>
	perEntry(record, envelope, 'AlertData', (deviation, tenant) => ({
		alertType: 'drift',
		alertId: contentId('drift', tenant, deviation),
		standard: text(deviation, 'Standard'),
	}));

const BASELINE_TITLES: Record<string, string> = {
	drift: 'Baseline drift detected',
	remediated: 'Baseline standard auto-remediated',
	conflict: 'Baseline conflict',
};

export function baselineRecords(record: IDataObject, envelope: Envelope): ParsedRecord[] {
	const tenant = text(record, 'Tenant') || envelope.tenant || '';
	const event = text(record, 'Event');
	const standard = text(record, 'Standard');
	const label = BASELINE_TITLES[event.toLowerCase()] ?? `Baseline ${event}`;
	return [
		{
			header: {
				alertType: 'baseline',
				alertId: contentId('baseline', record),
				tenant,
				tenantId: '',
				title: envelope.title || `${label}: ${standard} on ${tenant}`,
				user: '',
				standard,
				event,
			},
			raw: record,
		},
	];
}

export const customTestRecords = (record: IDataObject, envelope: Envelope): ParsedRecord[] =>
	perEntry(record, envelope, 'Tests', (test, tenant) => ({
		alertType: 'customTest',
		alertId: contentId('customTest', tenant, text(test, 'TestId'), text(test, 'Status'), field(test, 'Results')),
		// The test's risk rating is the closest thing to a severity CIPP gives it.
		severity: text(test, 'Risk'),
		status: text(test, 'Status'),
	}));
