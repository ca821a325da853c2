import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { isRecord } from './common/readers';
import * as validate from './common/validators';
import type { CippOperation, CippParameter, CippRequest, SendTo, ValueCheck } from './types';

function readValue(context: IExecuteFunctions, parameter: CippParameter, itemIndex: number): unknown {
	const { name, type, displayOptions } = parameter.property;
	// Every value is checked by this node's own validation (below), with messages that name the
	// field and the item. n8n's schema check and its locator extraction add nothing for these
	// fields (no validateType, no mode with an extraction pattern) but search all of the node's
	// fields on every read: about a fifth of the time it takes to read 1,000 items.
	const value = context.getNodeParameter(name, itemIndex, displayOptions ? null : undefined, { skipValidation: true });
	return type === 'resourceLocator' && isRecord(value) ? (value as IDataObject).value : value;
}

/** Booleans may arrive as text from an expression or a CSV; anything but true/false is refused. */
function toBoolean(value: unknown, check: ValueCheck): boolean {
	if (typeof value === 'boolean') return value;
	const text = String(value ?? '')
		.trim()
		.toLowerCase();
	if (text === 'true' || text === 'false') return text === 'true';
	return validate.invalid(check, `"${String(value)}" is not true or false.`, `Map a boolean (true or false) into "${check.field}".`);
}

function toNumber(value: unknown, check: ValueCheck): number {
	const number = typeof value === 'number' ? value : Number(String(value).trim());
	if (!Number.isFinite(number)) validate.invalid(check, `"${String(value)}" is not a number.`, `Enter a number in "${check.field}".`);
	return number;
}

/**
 * A user ID that CIPP pastes into a Microsoft Graph URL unencoded: the `#` of a guest's `#EXT#`
 * UPN would start the URL's fragment and cut the ID short.
 */
export function graphId(value: unknown): string {
	return String(value).replace(/#/g, '%23');
}

function encode(value: unknown, to: SendTo, check: ValueCheck): unknown {
	switch (to.encoding) {
		case 'boolean':
			return toBoolean(value, check);
		case 'number':
			return toNumber(value, check);
		case 'graphId':
			return graphId(value);
		case 'labelValue':
			return { value, label: value };
		case 'labelValueList':
			return validate.listOf(value).map((entry) => ({ value: entry, label: entry }));
		case 'stringList':
			return validate.listOf(value);
		case 'json':
			return validate.parsedJson(value, check);
		case 'unixSeconds':
			return validate.unixSeconds(value, check);
		default:
			return typeof value === 'string' ? value.trim() : value;
	}
}

function isEmpty(value: unknown): boolean {
	return (
		value === undefined ||
		value === null ||
		(typeof value === 'string' && value.trim() === '') ||
		(Array.isArray(value) && value.length === 0)
	);
}

/**
 * Reads and checks every parameter of one item, before anything is sent, and builds the request.
 * Returns the checked values too: outputs echo what the user asked for.
 */
export function buildRequest(
	this: IExecuteFunctions,
	operation: CippOperation,
	itemIndex: number,
): { request: CippRequest; values: IDataObject } {
	const request: CippRequest = {
		method: operation.method,
		endpoint: operation.endpoint,
		qs: { ...operation.constants?.query },
		...(operation.constants?.body ? { body: { ...operation.constants.body } } : {}),
	};
	const values: IDataObject = {};
	const node = this.getNode();
	const place = (to: SendTo, value: unknown, check: ValueCheck) => {
		const target = to.in === 'query' ? request.qs : ((request.body ??= {}) as IDataObject);
		target[to.name] = encode(value, to, check) as IDataObject[string];
	};

	for (const parameter of operation.parameters) {
		const { property } = parameter;
		const check: ValueCheck = { node, field: property.displayName, itemIndex, access: operation.access };
		const raw = readValue(this, parameter, itemIndex);
		if (parameter.fields) {
			for (const [option, to] of Object.entries(parameter.fields)) {
				const given = (raw as IDataObject | undefined)?.[option];
				if (isEmpty(given)) continue;
				const label = property.options?.find((entry) => entry.name === option);
				const optionCheck = { ...check, field: label && 'displayName' in label ? label.displayName : option };
				const value = to.validate ? to.validate(given, optionCheck) : given;
				values[option] = value as IDataObject[string];
				place(to, value, optionCheck);
			}
			continue;
		}
		const hidden = parameter.property.displayOptions !== undefined && raw === null;
		if (hidden || (parameter.optional && isEmpty(raw))) continue;
		let value = parameter.validate ? parameter.validate(raw, check) : raw;
		if (property.type === 'boolean') value = toBoolean(value, check);
		values[property.name] = value as IDataObject[string];
		if (parameter.send) place(parameter.send, value, check);
	}
	return { request, values };
}
