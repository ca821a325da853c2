import { NodeOperationError } from 'n8n-workflow';

import type { StepContext, Validator, ValueCheck } from '../types';

/**
 * Longest identifier we pass on. Entra caps a UPN at 113 characters and a domain at 253; 256 only
 * stops runaway values (a pasted document, an expression gone wrong) from reaching CIPP.
 */
export const MAX_IDENTIFIER_LENGTH = 256;

/** Free text such as a Graph filter; long enough for real filters, short of abuse. */
export const MAX_TEXT_LENGTH = 2048;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;
const UPN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const ALL_TENANTS = 'AllTenants';

/** A list from a list, or from text separated by commas or line breaks. */
export function listOf(value: unknown): string[] {
	const entries = Array.isArray(value) ? value : String(value ?? '').split(/[,\n]/);
	return entries.map((entry) => String(entry).trim()).filter((entry) => entry !== '');
}

/** Unix seconds from a number (seconds or milliseconds) or a date text such as an ISO date. */
export function unixSeconds(value: unknown, check: ValueCheck): number {
	const number = Number(value);
	if (Number.isFinite(number) && String(value).trim() !== '') {
		return number > 1e11 ? Math.floor(number / 1000) : Math.floor(number);
	}
	const parsed = Date.parse(String(value));
	if (Number.isNaN(parsed)) invalid(check, `"${String(value)}" is not a date.`, 'Enter a date and time, e.g. 2026-12-01T09:00:00Z.');
	return Math.floor(parsed / 1000);
}

export function isGuid(value: string): boolean {
	return GUID.test(value);
}

/** C0 control characters (NUL, LF, CR, ...) and DEL: they split headers, logs and Graph URLs. */
function hasControlCharacter(value: string): boolean {
	for (let index = 0; index < value.length; index++) {
		const code = value.charCodeAt(index);
		if (code < 0x20 || code === 0x7f) return true;
	}
	return false;
}

/** Refuses a value before anything is sent, naming the field and the item, and saying what to do. */
export function invalid(check: ValueCheck, problem: string, fix: string): never {
	throw new NodeOperationError(check.node, `Invalid "${check.field}" in item ${check.itemIndex}: ${problem}`, {
		itemIndex: check.itemIndex,
		description: fix,
	});
}

/** A single text value (a number is taken as text), trimmed, and not empty. */
function givenText(value: unknown, check: ValueCheck): string {
	if (value === undefined || value === null || (typeof value === 'object' && !Array.isArray(value))) {
		invalid(check, 'no value was given.', `Enter a value for "${check.field}".`);
	}
	if (typeof value !== 'string' && typeof value !== 'number') {
		invalid(
			check,
			`expected text but got ${Array.isArray(value) ? 'a list' : typeof value}.`,
			`Map a single text value into "${check.field}".`,
		);
	}
	const trimmed = String(value).trim();
	if (trimmed === '') {
		invalid(check, 'the value is empty.', `Enter a value for "${check.field}", or check the expression that fills it.`);
	}
	return trimmed;
}

/** A non-empty, single-line string of bounded length, trimmed. */
export function text(value: unknown, check: ValueCheck, maxLength = MAX_IDENTIFIER_LENGTH): string {
	const trimmed = givenText(value, check);
	if (hasControlCharacter(trimmed)) {
		invalid(
			check,
			'the value contains control characters (such as a line break or NUL).',
			'Remove line breaks and other control characters; check the data mapped into this field.',
		);
	}
	if (trimmed.length > maxLength) {
		invalid(
			check,
			`the value is ${trimmed.length} characters long; at most ${maxLength} are accepted.`,
			'Check the data mapped into this field.',
		);
	}
	return trimmed;
}

/** Free text such as a filter: one line, up to MAX_TEXT_LENGTH characters. */
export const longText: Validator = (value, check) => text(value, check, MAX_TEXT_LENGTH);

export interface TenantRules {
	/** Reads whose endpoint accepts `AllTenants` offer it; writes never do. */
	allowAllTenants: boolean;
	/**
	 * CIPP compares this tenant with the default domain it stores (alert rules, audit logs,
	 * breaches, backups): a tenant ID would be saved or sent and then match nothing, so it is refused.
	 */
	defaultDomainOnly?: boolean;
}

/** A customer tenant: its default domain or tenant ID; `AllTenants` only where the operation allows it. */
export function tenant({ allowAllTenants, defaultDomainOnly }: TenantRules): Validator {
	return (value, check) => {
		const tenantFilter = text(value, check);
		if (tenantFilter.toLowerCase() === ALL_TENANTS.toLowerCase()) {
			if (check.access === 'write') {
				invalid(
					check,
					`"${ALL_TENANTS}" cannot be the tenant of a change.`,
					'Choose one customer tenant. To change several tenants, feed one item per tenant.',
				);
			}
			if (!allowAllTenants) {
				invalid(check, `this operation does not accept "${ALL_TENANTS}".`, 'Choose one customer tenant, or loop over Tenant → Get Many.');
			}
			return ALL_TENANTS;
		}
		if (defaultDomainOnly && isGuid(tenantFilter)) {
			invalid(
				check,
				`"${tenantFilter}" is a tenant ID, but CIPP matches this by the tenant's default domain, so it would match nothing.`,
				"Use the tenant's default domain (defaultDomainName in Tenant → Get Many, e.g. contoso.onmicrosoft.com), or pick the tenant from the list.",
			);
		}
		if (!isGuid(tenantFilter) && !DOMAIN.test(tenantFilter)) {
			invalid(
				check,
				`"${tenantFilter}" is neither a domain nor a tenant ID.`,
				"Use the tenant's default domain (e.g. contoso.onmicrosoft.com) or its tenant ID (a GUID).",
			);
		}
		return tenantFilter;
	};
}

/** An object ID (a GUID). */
export const guid: Validator = (value, check) => {
	const id = text(value, check);
	if (!isGuid(id)) invalid(check, `"${id}" is not an ID.`, 'Use the object ID, a GUID such as 2b5c9a7e-1f0d-4c3b-9a8e-7d6f5e4c3b2a.');
	return id;
};

/** A user: user principal name (guests' #EXT# names included) or object ID. */
export const user: Validator = (value, check) => {
	const userId = text(value, check);
	if (!isGuid(userId) && !UPN.test(userId)) {
		invalid(
			check,
			`"${userId}" is neither a user principal name nor an object ID.`,
			'Use the user principal name (e.g. jane@contoso.com) or the object ID (a GUID) from Entra ID.',
		);
	}
	return userId;
};

/** A user principal name, for endpoints that cannot take an object ID. */
export const userPrincipalName: Validator = (value, check) => {
	const upn = text(value, check);
	if (!UPN.test(upn) || upn.includes(',')) {
		invalid(
			check,
			`"${upn}" is not a user principal name.`,
			'CIPP needs the user principal name here (e.g. jane.doe@contoso.com), not an object ID.',
		);
	}
	return upn;
};

/** A day as CIPP's logs and reports key it (yyyyMMdd), from yyyyMMdd, an ISO date or any date text. */
export const day: Validator = (value, check) => {
	const given = text(value, check);
	if (/^\d{8}$/.test(given)) return given;
	const isoDay = /^(\d{4})-(\d{2})-(\d{2})/.exec(given);
	if (isoDay) return `${isoDay[1]}${isoDay[2]}${isoDay[3]}`;
	const parsed = Date.parse(given);
	if (Number.isNaN(parsed)) invalid(check, `"${given}" is not a date.`, 'Enter a date, e.g. 2026-08-01 or 20260801.');
	return new Date(parsed).toISOString().slice(0, 10).replace(/-/g, '');
};

/** Several lines of text, such as a message or HTML: only emptiness, NUL and runaway length are refused. */
export const MAX_MESSAGE_LENGTH = 65_536;
export const message: Validator = (value, check) => {
	const trimmed = givenText(value, check);
	if (trimmed.includes('\u0000')) invalid(check, 'the value contains a NUL character.', 'Check the data mapped into this field.');
	if (trimmed.length > MAX_MESSAGE_LENGTH) {
		invalid(check, `the value is ${trimmed.length} characters long; at most ${MAX_MESSAGE_LENGTH} are accepted.`, 'Shorten the text.');
	}
	return trimmed;
};

/**
 * A switch CIPP reads as "present = on" (`[bool]$Request.Query.X`, where even "false" is true):
 * only true can be sent, so false is refused rather than silently turning the switch on.
 */
export const presenceFlag: Validator = (value, check) => {
	const given = String(value).trim().toLowerCase();
	if (value === true || given === 'true') return true;
	return invalid(check, 'CIPP treats any value of this switch as on.', `Remove "${check.field}" from the fields to leave it off.`);
};

/** Several choices sent as one comma-separated text, as CIPP splits it. */
export const commaList: Validator = (value, check) => {
	const list = listOf(value);
	if (list.length === 0) invalid(check, 'no value was chosen.', `Choose at least one value in "${check.field}".`);
	return list.join(',');
};

/** One or more user principal names, separated by commas or line breaks. */
export const upnList: Validator = (value, check) => listOf(value).map((entry) => userPrincipalName(entry, check) as string);

/** JSON that CIPP expects as text (it runs ConvertFrom-Json on it): an object is written out, text is checked. */
export const jsonText: Validator = (value, check) => {
	if (value !== null && typeof value === 'object') return JSON.stringify(value);
	const given = String(value ?? '').trim();
	if (given === '') return text(given, check);
	try {
		JSON.parse(given);
	} catch {
		invalid(check, 'the value is not valid JSON.', `Enter JSON in "${check.field}", e.g. {"key": "value"}.`);
	}
	return given;
};

/** CIPP's autocomplete list `[{value, label}]`, for fields whose OpenAPI type is not a labelValue list. */
export function labelValueList(check: (entry: string, valueCheck: ValueCheck) => string = text): Validator {
	return (value, valueCheck) =>
		listOf(value).map((entry) => {
			const checked = check(entry, valueCheck);
			return { value: checked, label: checked };
		});
}

/** Text that must match a pattern, e.g. a relative time such as 7d. */
export function matching(pattern: RegExp, example: string): Validator {
	return (value, check) => {
		const given = text(value, check);
		if (!pattern.test(given)) invalid(check, `"${given}" is not in the expected form.`, `Enter a value such as ${example}.`);
		return given;
	};
}

/** JSON given as a value or as text: text is parsed, and text that is not JSON is refused with an example. */
export function parsedJson(value: unknown, check: ValueCheck, example = '{"key": "value"}'): unknown {
	if (typeof value !== 'string') return value;
	try {
		return JSON.parse(value);
	} catch {
		return invalid(check, 'the value is not valid JSON.', `Enter JSON in "${check.field}", e.g. ${example}.`);
	}
}

/**
 * Refuses an update whose body carries nothing but the fields that name its target (`fixed`):
 * CIPP would change nothing and still answer `cippSays` (e.g. `"Successfully edited"`). The fields to add are in "Additional Fields".
 */
export function requireSomeChange(context: StepContext, fixed: string[], cippSays: string): void {
	if (Object.keys(context.request.body ?? {}).some((field) => !fixed.includes(field))) return;
	invalid(
		{ node: context.node, field: 'Additional Fields', itemIndex: context.itemIndex, access: 'write' },
		`nothing to change: CIPP would change nothing and still answer ${cippSays}.`,
		'Add at least one field to change.',
	);
}

/** A JSON object (given as an object or as text) with at least one property; `example` shows one in the message. */
export function jsonObject(example: string, what = 'the properties to set'): Validator {
	const isFilledObject = (parsed: unknown) =>
		parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) && Object.keys(parsed).length > 0;
	return (value, check) =>
		parsedJsonWhere(value, check, example, isFilledObject, `expected a JSON object with ${what}.`, `Enter e.g. ${example}.`);
}

/** JSON (given as a value or as text) parsed, and refused with `problem` and `fix` unless `accepts` holds for it. */
export function parsedJsonWhere(
	value: unknown,
	check: ValueCheck,
	example: string,
	accepts: (parsed: unknown) => boolean,
	problem: string,
	fix: string,
): unknown {
	const parsed = parsedJson(value, check, example);
	if (!accepts(parsed)) invalid(check, problem, fix);
	return parsed;
}

/** Object IDs separated by commas or line breaks, each checked as a GUID: the list of them. */
export const guidList: Validator = (value, check) => listOf(value).map((entry) => guid(entry, check) as string);

/** One email address (a mail contact's, a guest's, a forwarding target's): a list separator in it is refused. */
export const emailAddress: Validator = matching(/^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/, 'jane@fabrikam.com');

const anyTenant = tenant({ allowAllTenants: true });

/**
 * A tenant, or AllTenants, that a write stores for later (a template's tenant, a scheduled task's)
 * instead of changing it now: AllTenants is taken although the operation writes.
 */
export const storedTenant: Validator = (value, check) => anyTenant(value, { ...check, access: 'read' });
