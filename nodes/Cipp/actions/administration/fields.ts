import type { IDataObject, INodeProperties } from 'n8n-workflow';

import * as validate from '../../helpers/validation';
import { records } from '../common/outputs';
import type { OutputContext, SendTo, Validator } from '../types';

/** An optional text field of an "Additional Fields" collection, sent under CIPP's name. */
export function textField(
	property: Pick<INodeProperties, 'displayName' | 'name' | 'description'> & { placeholder?: string },
	send: SendTo,
	check: Validator = validate.text,
): { property: INodeProperties; send: SendTo } {
	return { property: { type: 'string', default: '', ...property }, send: { validate: check, ...send } };
}

/** An optional boolean of an "Additional Fields" collection. */
export function booleanField(
	property: Pick<INodeProperties, 'displayName' | 'name' | 'description'> & { default?: boolean },
	send: SendTo,
): { property: INodeProperties; send: SendTo } {
	return { property: { type: 'boolean', default: false, ...property }, send: { encoding: 'boolean', ...send } };
}

/**
 * A switch CIPP reads as "present = on" (`[bool]$Request.Query.X`, where even "false" is true):
 * only true can be sent, so false is refused rather than silently turning the switch on.
 */
export const presenceFlag: Validator = (value, check) => {
	const text = String(value).trim().toLowerCase();
	if (value === true || text === 'true') return true;
	return validate.invalid(
		check,
		'CIPP treats any value of this switch as on.',
		`Remove "${check.field}" from the fields to leave it off.`,
	);
};

/** Several choices sent as one comma-separated text, as CIPP splits it. */
export const commaList: Validator = (value, check) => {
	const entries = Array.isArray(value) ? value.map(String) : String(value ?? '').split(',');
	const list = entries.map((entry) => entry.trim()).filter((entry) => entry !== '');
	if (list.length === 0) validate.invalid(check, 'no value was chosen.', `Choose at least one value in "${check.field}".`);
	return list.join(',');
};

/** CIPP answers `{Results: X}` where X is a list or one object; a text instead is CIPP's error. */
export function resultRecords(response: unknown, context: OutputContext): IDataObject[] {
	const results = (response as IDataObject | undefined)?.Results;
	if (typeof results === 'string') context.fail(results);
	return records(results ?? response);
}

/** Endpoints that answer with JSON text (ConvertTo-Json) give the same records once parsed. */
export function parsedRecords(response: unknown): IDataObject[] {
	if (typeof response !== 'string') return records(response);
	try {
		return records(JSON.parse(response));
	} catch {
		return records(response);
	}
}

/** A CIPP configuration backup's name, as Get Many Backups lists it (CIPPBackup_<date>). */
export const backupName: Validator = (value, check) => {
	const name = validate.text(value, check);
	if (!/^cippbackup_/i.test(name)) {
		validate.invalid(check, `"${name}" is not the name of a CIPP backup.`, 'Use a name from Get Many Backups, e.g. CIPPBackup_2026-08-21-0400.');
	}
	return name;
};
