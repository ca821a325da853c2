import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import type { CippOperation } from '../types';
import { runOptions } from './options';

/** The Operation dropdown of a resource, sorted by name as n8n's editor expects. */
export function operationOptions(operations: CippOperation[]): INodePropertyOptions[] {
	return [...operations]
		.sort((a, b) => a.name.localeCompare(b.name))
		.map(({ name, value, action, description }) => ({ name, value, action, description }));
}

function showFor(operation: CippOperation) {
	return { show: { resource: [operation.resource], operation: [operation.value] } };
}

function listProperties(operation: CippOperation): INodeProperties[] {
	return [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			default: false,
			description: 'Whether to return all results or only up to a given limit',
			displayOptions: showFor(operation),
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 50,
			description: 'Max number of results to return',
			displayOptions: { show: { ...showFor(operation).show, returnAll: [false] } },
		},
	];
}

/** The editor fields of one operation, shown only when it is selected (and when their own conditions hold). */
export function operationProperties(operation: CippOperation): INodeProperties[] {
	return [
		...operation.parameters.map(({ property }) => ({
			...property,
			displayOptions: { ...property.displayOptions, show: { ...property.displayOptions?.show, ...showFor(operation).show } },
		})),
		...(operation.list ? listProperties(operation) : []),
		{ ...runOptions, displayOptions: showFor(operation) },
	];
}
