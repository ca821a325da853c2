/**
 * What a saved workflow depends on, read from the built node description: for every operation,
 * the parameters the editor shows for it, with their names, types, defaults, option values,
 * nested fields, picker modes and the conditions that show them. Labels and help texts are left
 * out: changing them breaks no workflow.
 */
import type { IDataObject, INodeProperties, INodePropertyCollection, INodePropertyOptions, INodeTypeDescription } from 'n8n-workflow';

type Option = INodeProperties | INodePropertyOptions | INodePropertyCollection;

function storedShape(option: Option): IDataObject {
	if (!('type' in option) && !('values' in option)) return { value: (option as INodePropertyOptions).value };
	if ('values' in option) {
		return { name: option.name, values: sortedShapes(option.values) };
	}
	const property = option as INodeProperties;
	const shape: IDataObject = { name: property.name, type: property.type, default: property.default as IDataObject };
	if (property.required) shape.required = true;
	if (property.typeOptions?.multipleValues) shape.multipleValues = true;
	if (property.options) shape.options = sortedShapes(property.options as Option[]);
	if (property.modes) shape.modes = property.modes.map((mode) => mode.name);
	const conditions = displayConditions(property);
	if (conditions) shape.shownWhen = conditions;
	return shape;
}

function sortedShapes(options: Option[]): IDataObject[] {
	return options.map(storedShape).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

/** The conditions besides resource and operation, which select the operation itself. */
function displayConditions(property: INodeProperties): IDataObject | undefined {
	const conditions: IDataObject = {};
	for (const kind of ['show', 'hide'] as const) {
		const entries = Object.entries(property.displayOptions?.[kind] ?? {}).filter(([key]) => key !== 'resource' && key !== 'operation');
		if (entries.length > 0)
			conditions[kind] = Object.fromEntries(entries.map(([key, values]) => [key, [...(values as unknown[])].map(String).sort()]));
	}
	return Object.keys(conditions).length > 0 ? conditions : undefined;
}

function matches(values: unknown[] | undefined, value: string): boolean {
	return values === undefined || values.includes(value);
}

/** Whether n8n shows the property once `resource` and `operation` are picked. */
export function shownFor(property: INodeProperties, resource: string, operation: string): boolean {
	const show = property.displayOptions?.show;
	const hide = property.displayOptions?.hide;
	if (!matches(show?.resource as unknown[], resource) || !matches(show?.operation as unknown[], operation)) return false;
	if (hide?.resource && (hide.resource as unknown[]).includes(resource)) return false;
	if (hide?.operation && (hide.operation as unknown[]).includes(operation)) return false;
	return true;
}

export interface StoredParameters {
	resources: unknown[];
	operations: Record<string, IDataObject[]>;
}

/** Every operation's parameters as a saved workflow stores and reads them, keyed `resource:operation`. */
export function storedParameters(description: INodeTypeDescription): StoredParameters {
	const resourceSelector = description.properties.find((property) => property.name === 'resource');
	const resources = (resourceSelector?.options as INodePropertyOptions[]).map((option) => String(option.value));
	const operations: Record<string, IDataObject[]> = {};
	for (const resource of resources) {
		const selector = description.properties.find((property) => property.name === 'operation' && shownFor(property, resource, ''));
		for (const { value } of (selector?.options ?? []) as INodePropertyOptions[]) {
			const shown = description.properties.filter(
				(property) => property.name !== 'resource' && property.name !== 'operation' && shownFor(property, resource, String(value)),
			);
			operations[`${resource}:${String(value)}`] = sortedShapes(shown);
		}
	}
	return { resources, operations };
}
