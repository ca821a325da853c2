import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { CippOperation, CippParameter, CippRequest, SendTo, ValueCheck } from './types';

function readValue(context: IExecuteFunctions, parameter: CippParameter, itemIndex: number): unknown {
	const { name, type } = parameter.property;
	return type === 'resourceLocator'
		? context.getNodeParameter(name, itemIndex, undefined, { extractValue: true })
		: context.getNodeParameter(name, itemIndex);
}

function refuse(check: ValueCheck, problem: string, fix: string): never {
	throw new NodeOperationError(check.node, `Invalid "${check.field}" in item ${check.itemIndex}: ${problem}`, {
		itemIndex: check.itemIndex,
		description: fix,
	});
}

/** Booleans may arrive as text from an expression or a CSV; anything but true/false is refused. */
function toBoolean(value: unknown, check: ValueCheck): boolean {
	if (typeof value === 'boolean') return value;
	const text = String(value ?? '').trim().toLowerCase();
	if (text === 'true' || text === 'false') return text === 'true';
	return refuse(check, `"${String(value)}" is not true or false.`, `Map a boolean (true or false) into "${check.field}".`);
}

function toNumber(value: unknown, check: ValueCheck): number {
	const number = typeof value === 'number' ? value : Number(String(value).trim());
	if (!Number.isFinite(number)) refuse(check, `"${String(value)}" is not a number.`, `Enter a number in "${check.field}".`);
	return number;
}

/** A list from a list, or from text separated by commas or line breaks. */
function toList(value: unknown): string[] {
	const entries = Array.isArray(value) ? value : String(value).split(/[,\n]/);
	return entries.map((entry) => String(entry).trim()).filter((entry) => entry !== '');
}

function toJson(value: unknown, check: ValueCheck): unknown {
	if (typeof value !== 'string') return value;
	try {
		return JSON.parse(value);
	} catch {
		return refuse(check, 'the value is not valid JSON.', `Enter JSON in "${check.field}", e.g. {"key": "value"}.`);
	}
}

/** Unix seconds from a number (seconds or milliseconds) or a date text such as an ISO date. */
function toUnixSeconds(value: unknown, check: ValueCheck): number {
	const number = Number(value);
	if (Number.isFinite(number) && String(value).trim() !== '') {
		return number > 1e11 ? Math.floor(number / 1000) : Math.floor(number);
	}
	const parsed = Date.parse(String(value));
	if (Number.isNaN(parsed)) {
		refuse(check, `"${String(value)}" is not a date.`, 'Enter a date and time, e.g. 2026-12-01T09:00:00Z.');
	}
	return Math.floor(parsed / 1000);
}

function encode(value: unknown, to: SendTo, check: ValueCheck): unknown {
	switch (to.encoding) {
		case 'boolean':
			return toBoolean(value, check);
		case 'number':
			return toNumber(value, check);
		case 'graphId':
			return String(value).replace(/#/g, '%23');
		case 'labelValue':
			return { value, label: value };
		case 'labelValueList':
			return toList(value).map((entry) => ({ value: entry, label: entry }));
		case 'stringList':
			return toList(value);
		case 'json':
			return toJson(value, check);
		case 'unixSeconds':
			return toUnixSeconds(value, check);
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
		const check: ValueCheck = { node, field: property.displayName, itemIndex, operation };
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
		if (parameter.asBody) {
			const body = toJson(raw, check);
			if (typeof body !== 'object' || body === null) {
				refuse(check, 'expected a JSON list or object.', `Enter the rows as JSON in "${check.field}", e.g. [{"key": "value"}].`);
			}
			request.body = body as IDataObject | IDataObject[];
			values[property.name] = body as IDataObject[string];
			continue;
		}
		if (parameter.optional && isEmpty(raw)) continue;
		let value = parameter.validate ? parameter.validate(raw, check) : raw;
		if (property.type === 'boolean') value = toBoolean(value, check);
		values[property.name] = value as IDataObject[string];
		if (parameter.send) place(parameter.send, value, check);
	}
	if (operation.bodyAsList && request.body && !Array.isArray(request.body)) request.body = [request.body];
	return { request, values };
}
