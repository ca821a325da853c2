/**
 * Invoke-ExecCustomData (CIPP/Settings): directory extensions on CIPP's app registration, schema
 * extensions and custom data mappings behind one Action switch. Every answer is HTTP 200; a failure
 * is a row {state: 'error', resultText: 'Failed to ...: <reason>'}.
 */
import { randomUUID } from 'node:crypto';

import { perSandbox, stableGuid } from '../../../directory';
import { isPlainObject } from '../../../http';
import { psString } from '../../../powershell';
import type { HttpResult } from '../../../http';
import type { Endpoint, EndpointContext } from '../../endpoint';
import { customDataMappings } from './customData';

/** CIPP's own app (env:ApplicationID); Graph names its extensions extension_<app ID without dashes>_<name>. */
const CIPP_APP_ID = '3c9b2f1e-7a4d-4e8b-9c1f-2d6e8a0b4c7f';
export const extensionPrefix = `extension_${CIPP_APP_ID.replace(/-/g, '')}_`;

interface DirectoryExtension {
	id: string;
	name: string;
	dataType: string;
	targetObjects: string[];
	isMultiValued: boolean;
	appDisplayName: string;
}

const extension = (name: string, dataType: string, targetObjects: string[]): DirectoryExtension => ({
	id: stableGuid(`extension/${name}`),
	name: `${extensionPrefix}${name}`,
	dataType,
	targetObjects,
	isMultiValued: false,
	appDisplayName: 'CIPP-SAM',
});

export const directoryExtensions = perSandbox(() => [
	extension('costCentre', 'String', ['User']),
	extension('lastDevice', 'String', ['User', 'Device']),
]);

interface SchemaExtension {
	id: string;
	description: string;
	targetTypes: string[];
	status: 'InDevelopment' | 'Available' | 'Deprecated';
	owner: string;
	properties: Array<{ name: string; type: string }>;
}

const schema = (name: string, status: SchemaExtension['status'], properties: SchemaExtension['properties']): SchemaExtension => ({
	id: `extj8xolrvw_${name}`,
	description: `CIPP ${name} attributes`,
	targetTypes: ['User'],
	status,
	owner: CIPP_APP_ID,
	properties,
});

/** Get-CIPPSchemaExtensions: CIPP's schema extensions as Graph returns them (the id prefixed by Graph; the table's RowKey is the short name). */
export const schemaExtensions = perSandbox(() => [
	schema('cippUser', 'Available', [
		{ name: 'jitAdminEnabled', type: 'Boolean' },
		{ name: 'jitAdminExpiration', type: 'DateTime' },
	]),
	schema('cippDraft', 'InDevelopment', [{ name: 'note', type: 'String' }]),
]);

/** Graph moves a schema extension's status forward only (Get-CIPPSchemaExtensions :12, :53-55). */
const STATUS_ORDER = { InDevelopment: 0, Available: 1, Deprecated: 2 };

type Row = { state: 'success' | 'error'; resultText: string; extension?: unknown };
const failed = (what: string, error: unknown): HttpResult => ({
	status: 200,
	body: { Results: [{ state: 'error', resultText: `Failed to ${what}: ${error instanceof Error ? error.message : psString(error)}` }] },
});
const done = (row: Row): HttpResult => ({ status: 200, body: { Results: row } });

/** Get-CippCustomDataAttributes: one row per schema property and target, one per directory extension and target. */
function availableAttributes(state: Parameters<typeof directoryExtensions>[0]) {
	const schemaRows = schemaExtensions(state).flatMap((schemaExtension) =>
		schemaExtension.targetTypes.flatMap((target) =>
			schemaExtension.properties.map((property) => ({
				name: `${schemaExtension.id}.${property.name}`,
				type: 'SchemaExtension',
				targetObject: target,
				dataType: property.type,
				isMultiValued: false,
			})),
		),
	);
	const directory = directoryExtensions(state).flatMap((entry) =>
		entry.targetObjects.map((target) => ({
			name: entry.name,
			type: 'DirectoryExtension',
			targetObject: target,
			dataType: entry.dataType,
			isMultiValued: entry.isMultiValued,
		})),
	);
	return [...schemaRows, ...directory];
}

type Handler = (ctx: EndpointContext) => HttpResult;
const mappingRows = (ctx: EndpointContext) => customDataMappings(ctx.state) as Array<Record<string, unknown> & { id: string }>;

/** Body fields an action needs besides the id, and CIPP's message when one is missing. */
type Needs = { fields: string[]; missing: string };

/**
 * The schema actions' common start (:73-82, :125-137, :184-196): the id is required, then the action's
 * other fields (`needs`), then CIPP's table row is the one whose short name -match the id.
 */
function onSchema(
	ctx: EndpointContext,
	what: string,
	change: (found: SchemaExtension, id: string, all: SchemaExtension[]) => string,
	needs?: Needs,
): HttpResult {
	try {
		const id = psString(ctx.fromBody('id'));
		if (!id) throw new Error('Schema ID is missing in the request body.');
		if (needs?.fields.some((field) => !ctx.fromBody(field))) throw new Error(needs.missing);
		const all = schemaExtensions(ctx.state);
		const found = all.find((entry) => new RegExp(entry.id.split('_').pop() ?? entry.id, 'i').test(id));
		if (!found) throw new Error(`Schema extension with ID '${id}' not found.`);
		return done({ state: 'success', resultText: change(found, id, all) });
	} catch (error) {
		return failed(what, error);
	}
}

/** The Action switch (:17), one handler per action the node uses; any other is 'Invalid action specified.' (:485-494). */
const actions: Record<string, Handler> = {
	ListSchemaExtensions: (ctx) => ({ status: 200, body: { Results: schemaExtensions(ctx.state) } }),
	ListDirectoryExtensions: (ctx) => ({ status: 200, body: { Results: directoryExtensions(ctx.state) } }),
	ListAvailableAttributes: (ctx) => {
		const target = ctx.fromQuery('targetObject') ?? 'All';
		const rows = availableAttributes(ctx.state);
		return {
			status: 200,
			body: { Results: target === 'All' ? rows : rows.filter((row) => row.targetObject.toLowerCase() === target.toLowerCase()) },
		};
	},
	AddDirectoryExtension: (ctx) => {
		const extensions = directoryExtensions(ctx.state);
		try {
			const name = psString(ctx.fromBody('name'));
			const dataType = psString(ctx.fromBody('dataType'));
			const targetObjects = ctx.fromBody('targetObjects');
			if (!name || !dataType || !targetObjects) throw new Error('Extension name, data type, and target objects are required.');
			const fullName = `${extensionPrefix}${name}`;
			// Graph refuses a second property of the same name on the app.
			if (extensions.some((entry) => entry.name.toLowerCase() === fullName.toLowerCase()))
				throw new Error(`Property ${fullName} already exists on application.`);
			const created = extension(name, dataType, Array.isArray(targetObjects) ? targetObjects.map(psString) : [psString(targetObjects)]);
			created.isMultiValued = ctx.fromBody('isMultiValued') === true;
			extensions.push(created);
			return done({ state: 'success', resultText: `Directory extension '${name}' added successfully.`, extension: created });
		} catch (error) {
			return failed('add directory extension', error);
		}
	},
	DeleteDirectoryExtension: (ctx) => {
		const extensions = directoryExtensions(ctx.state);
		const name = psString(ctx.fromBody('name'));
		const id = psString(ctx.fromBody('id'));
		if (!name) return failed('delete directory extension', 'Extension name is missing in the request body.');
		// Graph deletes by id; CIPP then drops its table row by name, whatever the id was.
		const index = extensions.findIndex((entry) => entry.id === id);
		if (index < 0)
			return failed(
				'delete directory extension',
				`Resource '${id}' does not exist or one of its queried reference-property objects are not present.`,
			);
		extensions.splice(index, 1);
		return done({ state: 'success', resultText: `Directory extension '${name}' deleted successfully.` });
	},
	AddSchemaExtension: (ctx) => {
		const definition = ctx.fromBody('schemaExtension');
		if (!isPlainObject(definition) || !definition.id)
			return failed('add schema extension', 'SchemaExtension data is missing in the request body.');
		const all = schemaExtensions(ctx.state);
		const id = psString(definition.id);
		const properties = (Array.isArray(definition.properties) ? definition.properties : []) as SchemaExtension['properties'];
		const targetTypes = (Array.isArray(definition.targetTypes) ? definition.targetTypes : []).map(psString);
		// The row is written (-Force), then Get-CIPPSchemaExtensions creates it in Graph (In Development, id prefixed) or patches the one there.
		const existing = all.find((entry) => entry.id.split('_').pop()?.toLowerCase() === id.toLowerCase());
		if (existing) Object.assign(existing, { properties, targetTypes });
		else all.push({ ...schema(id, 'InDevelopment', properties), description: psString(definition.description), targetTypes });
		return done({ state: 'success', resultText: `Schema extension '${id}' added successfully.` });
	},
	DeleteSchema: (ctx) =>
		onSchema(ctx, 'delete schema extension', (found, id, all) => {
			if (found.status !== 'InDevelopment')
				throw new Error(`Schema extension '${id}' cannot be deleted because it is not in 'InDevelopment' state.`);
			all.splice(all.indexOf(found), 1);
			return `Schema extension '${id}' deleted successfully.`;
		}),
	AddSchemaProperty: (ctx) =>
		onSchema(
			ctx,
			'add property to schema extension',
			(found, id) => {
				const name = psString(ctx.fromBody('name'));
				const type = psString(ctx.fromBody('type'));
				if (found.status === 'Deprecated')
					throw new Error(`Properties cannot be added to schema extension '${id}' because it is in the 'Deprecated' state.`);
				if (found.properties.some((property) => property.name.toLowerCase() === name.toLowerCase()))
					throw new Error(`Property with name '${name}' already exists in schema extension '${id}'.`);
				found.properties.push({ name, type });
				return `Property '${name}' added to schema extension '${id}' successfully.`;
			},
			{ fields: ['name', 'type'], missing: 'Property data is missing or incomplete in the request body.' },
		),
	ChangeSchemaState: (ctx) =>
		onSchema(
			ctx,
			'change schema extension status',
			(found, id, all) => {
				const status = psString(ctx.fromBody('status')) as SchemaExtension['status'];
				if (found.status.toLowerCase() === status.toLowerCase())
					throw new Error(`Schema extension '${id}' is already in the '${status}' state.`);
				// Get-CIPPSchemaExtensions patches Graph forward only, then stores Graph's copy: a step back changes nothing;
				// a Deprecated one leaves CIPP's table (:67-68).
				if (status === 'Deprecated') all.splice(all.indexOf(found), 1);
				else if ((STATUS_ORDER[status] ?? -1) > STATUS_ORDER[found.status]) found.status = status;
				return `Schema extension '${id}' status changed to '${status}' successfully.`;
			},
			{ fields: ['status'], missing: 'New status is missing in the request body.' },
		),
	AddEditMapping: (ctx) => {
		const mapping = ctx.fromBody('Mapping');
		if (!mapping) return failed('add mapping', 'Mapping data is missing in the request body.');
		const mappings = mappingRows(ctx);
		const id = psString(ctx.fromBody('id') ?? randomUUID());
		const stored = { ...(isPlainObject(mapping) ? mapping : {}), id };
		const index = mappings.findIndex((entry) => entry.id === id);
		if (index >= 0) mappings.splice(index, 1, stored);
		else mappings.push(stored);
		return done({ state: 'success', resultText: 'Mapping saved successfully.' });
	},
	DeleteMapping: (ctx) => {
		const id = psString(ctx.fromBody('id'));
		if (!id) return failed('delete mapping', 'Mapping ID is missing in the request body.');
		const mappings = mappingRows(ctx);
		const index = mappings.findIndex((entry) => entry.id === id);
		if (index < 0) return failed('delete mapping', `Mapping with ID '${id}' not found.`);
		mappings.splice(index, 1);
		return done({ state: 'success', resultText: 'Mapping deleted successfully.' });
	},
	GetMapping: (ctx) => {
		const id = ctx.fromQuery('id');
		if (!id) return failed('retrieve mapping', 'Mapping ID is missing in the request query.');
		const found = mappingRows(ctx).find((entry) => entry.id === id);
		if (!found) return failed('retrieve mapping', `Mapping with ID '${id}' not found.`);
		return { status: 200, body: { Results: Object.fromEntries(Object.entries(found).filter(([key]) => key !== 'id')) } };
	},
};

const invalidAction: Handler = () => ({ status: 200, body: { Results: [{ state: 'error', resultText: 'Invalid action specified.' }] } });

export const endpoints: Endpoint[] = [
	{
		name: 'ExecCustomData',
		role: 'CIPP.AppSettings.ReadWrite',
		anyTenant: true,
		handle: (ctx) => (actions[psString(ctx.fromQueryOrBody('Action'))] ?? invalidAction)(ctx),
	},
];
