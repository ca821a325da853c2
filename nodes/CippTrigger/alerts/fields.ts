import { createHash } from 'crypto';
import type { IDataObject } from 'n8n-workflow';

export const isObject = (value: unknown): value is IDataObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A property by name in any case: CIPP's bodies come from PowerShell hashtables, whose keys
 * differ in case between producers and between the legacy and the standardized schema.
 */
export function field(record: unknown, ...names: string[]): unknown {
	if (!isObject(record)) return undefined;
	for (const name of names) {
		if (record[name] !== undefined) return record[name];
		const key = Object.keys(record).find((candidate) => candidate.toLowerCase() === name.toLowerCase());
		if (key !== undefined && record[key] !== undefined) return record[key];
	}
	return undefined;
}

/** A property as text; numbers and booleans are written out, objects and null give ''. */
export function text(record: unknown, ...names: string[]): string {
	const value = field(record, ...names);
	if (typeof value === 'string') return value.trim();
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	return '';
}

export const hasFields = (record: unknown, ...names: string[]): boolean => names.every((name) => field(record, name) !== undefined);

/** PowerShell serialises a one-element list as the element itself. */
export function asList(value: unknown): unknown[] {
	if (Array.isArray(value)) return value;
	return value === undefined || value === null ? [] : [value];
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const UPN = /^[^\s@\\/]+@[^\s@\\/]+\.[^\s@\\/]+$/;
const UPN_IN_TEXT = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;

export const isGuid = (value: string): boolean => GUID.test(value);
export const isUpn = (value: string): boolean => UPN.test(value);
export const upnInText = (value: string): string => UPN_IN_TEXT.exec(value)?.[0] ?? '';

/** Names CIPP puts where a tenant would be when a row belongs to no tenant. */
const NO_TENANT = new Set(['', 'none', 'alltenants', 'cipp', 'tenantid']);
export const realTenant = (value: string): string => (NO_TENANT.has(value.toLowerCase()) ? '' : value);

/** A default domain at the start of a title, as CIPP's titles put it ("contoso.com - ..."). */
export function tenantFromTitle(title: string): string {
	const prefix = /^([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+) - /.exec(title)?.[1];
	return prefix ?? '';
}

/** CIPP writes audit times as UTC without a zone; say so, or n8n reads them as local time. */
export function utcTime(value: string): string {
	if (!value) return '';
	return /(?:Z|[+-]\d{2}:?\d{2})$/i.test(value) ? value : `${value}Z`;
}

/** A stable id for a record that carries none: the same content always gives the same id. */
export function contentId(...parts: unknown[]): string {
	return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 32);
}
