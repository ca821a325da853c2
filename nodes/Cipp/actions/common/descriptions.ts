import type { IDisplayOptions, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import type { CippOperation } from '../types';
import { runOptions } from './options';

/** The Operation dropdown of a resource, sorted by name as n8n's editor expects. */
export function operationOptions(operations: CippOperation[]): INodePropertyOptions[] {
	return [...operations]
		.sort((a, b) => a.name.localeCompare(b.name))
		.map(({ name, value, action, description }) => ({ name, value, action, description }));
}

/** A resource's Operation field. `defaultOperation` is what a new node of that resource starts with. */
export function operationSelector(
	resource: string,
	operations: CippOperation[],
	defaultOperation = operations[0]?.value ?? '',
): INodeProperties {
	return {
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [resource] } },
		options: operationOptions(operations),
		default: defaultOperation,
	};
}

const returnAll: INodeProperties = {
	displayName: 'Return All',
	name: 'returnAll',
	type: 'boolean',
	default: false,
	description: 'Whether to return all results or only up to a given limit',
};

const limit: INodeProperties = {
	displayName: 'Limit',
	name: 'limit',
	type: 'number',
	typeOptions: { minValue: 1 },
	default: 50,
	description: 'Max number of results to return',
	displayOptions: { show: { returnAll: [false] } },
};

/** The editor fields of one operation in its order, with only their own conditions (not resource or operation). */
function fieldsOf(operation: CippOperation): INodeProperties[] {
	return [...operation.parameters.map(({ property }) => property), ...(operation.list ? [returnAll, limit] : []), runOptions];
}

/** JSON with sorted keys, so two equal properties built in different key order compare equal. */
function canonical(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
	if (value !== null && typeof value === 'object') {
		const entries = Object.entries(value).filter(([, entry]) => entry !== undefined);
		return `{${entries
			.sort(([a], [b]) => a.localeCompare(b))
			.map(([key, entry]) => `${JSON.stringify(key)}:${canonical(entry)}`)
			.join(',')}}`;
	}
	return JSON.stringify(value);
}

/** One distinct property and the operations (`resource` → operation values) that show it. */
interface SharedProperty {
	property: INodeProperties;
	shownFor: Map<string, Set<string>>;
}

/**
 * Places every distinct property once, in an order that keeps each operation's fields in the
 * order it lists them wherever the operations agree: a property first seen after another of
 * the same operation goes right after it.
 */
function sharedProperties(operations: CippOperation[]): SharedProperty[] {
	const byKey = new Map<string, SharedProperty>();
	const ordered: SharedProperty[] = [];
	for (const operation of operations) {
		let cursor = -1;
		for (const property of fieldsOf(operation)) {
			const key = canonical(property);
			let shared = byKey.get(key);
			if (!shared) {
				shared = { property, shownFor: new Map() };
				byKey.set(key, shared);
				ordered.splice(cursor + 1, 0, shared);
			}
			cursor = Math.max(cursor, ordered.indexOf(shared));
			const values = shared.shownFor.get(operation.resource) ?? new Set<string>();
			shared.shownFor.set(operation.resource, values.add(operation.value));
		}
	}
	return ordered;
}

/**
 * n8n shows a property when the resource is one of `resource` AND the operation one of
 * `operation`, so one condition covers every pair of the two lists. Resources are grouped only
 * where that adds no operation that lacks the property (operation values repeat across
 * resources: every resource has its own Get Many).
 */
function conditions(
	shownFor: Map<string, Set<string>>,
	operationsOf: Map<string, Set<string>>,
): Array<{ resources: string[]; values: Set<string> }> {
	const groups: Array<{ resources: string[]; values: Set<string> }> = [];
	for (const [resource, values] of shownFor) {
		const fits = (group: { resources: string[]; values: Set<string> }) => {
			const union = new Set([...group.values, ...values]);
			return [...group.resources, resource].every((member) =>
				[...union].every((value) => !operationsOf.get(member)?.has(value) || (shownFor.get(member)?.has(value) ?? false)),
			);
		};
		const group = groups.find(fits);
		if (group) {
			group.resources.push(resource);
			values.forEach((value) => group.values.add(value));
		} else {
			groups.push({ resources: [resource], values: new Set(values) });
		}
	}
	return groups;
}

function withCondition(property: INodeProperties, show: IDisplayOptions['show']): INodeProperties {
	const own = property.displayOptions;
	if (!show && !own) return property;
	return { ...property, displayOptions: { ...own, show: { ...show, ...own?.show } } };
}

/**
 * The node's operation fields, each distinct property emitted once with the operations that
 * show it, instead of once per operation: the description n8n sends to every editor (and
 * again for the AI-tool variant) stays small as operations are added. A property shown by every
 * operation (the run Options) needs no condition at all.
 */
export function operationProperties(operations: CippOperation[]): INodeProperties[] {
	const operationsOf = new Map<string, Set<string>>();
	operations.forEach(({ resource, value }) => operationsOf.set(resource, (operationsOf.get(resource) ?? new Set()).add(value)));
	return sharedProperties(operations).flatMap(({ property, shownFor }) => {
		const everywhere = [...operationsOf].every(([resource, values]) => [...values].every((value) => shownFor.get(resource)?.has(value)));
		if (everywhere) return [withCondition(property, undefined)];
		return conditions(shownFor, operationsOf).map(({ resources, values }) =>
			withCondition(property, { resource: resources, operation: [...values] }),
		);
	});
}
