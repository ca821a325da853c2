import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { CippOperation, CippParameter, CippRequest, Encoding, ValueCheck } from './types';

function readValue(context: IExecuteFunctions, parameter: CippParameter, itemIndex: number): unknown {
	const { name, type } = parameter.property;
	return type === 'resourceLocator'
		? context.getNodeParameter(name, itemIndex, undefined, { extractValue: true })
		: context.getNodeParameter(name, itemIndex);
}

/** Booleans may arrive as text from an expression or a CSV; anything but true/false is refused. */
function toBoolean(value: unknown, check: ValueCheck): boolean {
	if (typeof value === 'boolean') return value;
	const text = String(value ?? '').trim().toLowerCase();
	if (text === 'true' || text === 'false') return text === 'true';
	throw new NodeOperationError(
		check.node,
		`Invalid "${check.field}" in item ${check.itemIndex}: "${String(value)}" is not true or false.`,
		{ itemIndex: check.itemIndex, description: `Map a boolean (true or false) into "${check.field}".` },
	);
}

function encode(value: unknown, encoding: Encoding | undefined): unknown {
	if (encoding === 'graphId') return String(value).replace(/#/g, '%23');
	return value;
}

function isEmpty(value: unknown): boolean {
	return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
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
	const request: CippRequest = { method: operation.method, endpoint: operation.endpoint, qs: {} };
	const values: IDataObject = {};
	for (const parameter of operation.parameters) {
		const check: ValueCheck = { node: this.getNode(), field: parameter.property.displayName, itemIndex, operation };
		const raw = readValue(this, parameter, itemIndex);
		if (parameter.optional && isEmpty(raw)) continue;
		let value = parameter.validate ? parameter.validate(raw, check) : raw;
		if (parameter.send?.encoding === 'boolean' || parameter.property.type === 'boolean') {
			value = toBoolean(value, check);
		}
		values[parameter.property.name] = value as IDataObject[string];
		if (!parameter.send) continue;
		const target = parameter.send.in === 'query' ? request.qs : (request.body ??= {});
		target[parameter.send.name] = encode(value, parameter.send.encoding) as IDataObject[string];
	}
	return { request, values };
}
