/**
 * CIPP's template table as its Exchange template endpoints use it: one partition per kind
 * (TransportTemplate, ExConnectorTemplate, SpamfilterTemplate, ConnectionfilterTemplate), each with
 * an Add, a List and a Remove that differ only in their partition, fields and words.
 */
import { perSandbox, stableGuid } from '../../../directory';
import { getIgnoreCase } from '../../../http';
import { psString } from '../../../powershell';
import type { Endpoint } from '../../endpoint';

export interface StoredTemplate {
	GUID: string;
	JSON: Record<string, unknown>;
	direction?: string;
}

const store = perSandbox(() => new Map<string, StoredTemplate[]>());

/** The templates of one partition, seeded on first use. */
export function templatesOf(state: Parameters<typeof store>[0], partition: string, seed: () => StoredTemplate[]): StoredTemplate[] {
	const partitions = store(state);
	let list = partitions.get(partition);
	if (!list) {
		list = seed();
		partitions.set(partition, list);
	}
	return list;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface TemplateSpec {
	partition: string;
	list: string;
	add: string;
	remove: string;
	readRole: string;
	writeRole: string;
	/** The remove endpoint checks the ID as a GUID (ConvertTo-CIPPODataFilterValue -Type Guid). */
	guidIds: boolean;
	/** Rows at first use. */
	seed: () => StoredTemplate[];
	/** The template's JSON from the request (PowerShellCommand parsed, or the body's own fields); throws like ConvertFrom-Json. */
	fromRequest: (body: Record<string, unknown>) => Record<string, unknown>;
	/** The body field the answer names the template by (default `name`). */
	nameField?: string;
	/** Extra columns of the row (the connector direction). */
	direction?: (body: Record<string, unknown>) => string | undefined;
	/** How the list adds the row's columns to each template. */
	listRow?: (template: StoredTemplate) => Record<string, unknown>;
	words: {
		added: (name: string, guid: string) => string;
		addFailed: (error: string) => string;
		addFailStatus: number;
		removed: (id: string) => string;
		removeFailed: (id: string, error: string) => string;
		removeFailStatus: number;
	};
}

/** PowerShell's ConvertFrom-Json on the PowerShellCommand text. */
export function fromPowerShellCommand(body: Record<string, unknown>): Record<string, unknown> {
	const command = getIgnoreCase(body, 'PowerShellCommand');
	try {
		const parsed = JSON.parse(psString(command)) as unknown;
		if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not an object');
		return parsed as Record<string, unknown>;
	} catch {
		throw new Error(
			"Conversion from JSON failed with error: Unexpected character encountered while parsing value: @. Path '', line 0, position 0.",
		);
	}
}

export function templateEndpoints(spec: TemplateSpec): Endpoint[] {
	const rows = (state: Parameters<typeof store>[0]) => templatesOf(state, spec.partition, spec.seed);
	const list: Endpoint = {
		name: spec.list,
		role: spec.readRole,
		anyTenant: true,
		handle(ctx) {
			const id = ctx.fromQuery('ID');
			const found = rows(ctx.state)
				.filter((template) => !id || template.GUID === id)
				.map((template) => ({ ...template.JSON, GUID: template.GUID, ...spec.listRow?.(template) }));
			return { status: 200, body: found };
		},
	};
	const add: Endpoint = {
		name: spec.add,
		role: spec.writeRole,
		anyTenant: true,
		handle(ctx) {
			const body = (ctx.body ?? {}) as Record<string, unknown>;
			try {
				const json = spec.fromRequest(body);
				const guid = stableGuid(`${spec.partition}/${rows(ctx.state).length}/${JSON.stringify(json)}`);
				rows(ctx.state).push({ GUID: guid, JSON: { name: json.name, ...json }, direction: spec.direction?.(body) });
				return { status: 200, body: { Results: spec.words.added(psString(getIgnoreCase(body, spec.nameField ?? 'name')), guid) } };
			} catch (error) {
				return { status: spec.words.addFailStatus, body: { Results: spec.words.addFailed((error as Error).message) } };
			}
		},
	};
	const remove: Endpoint = {
		name: spec.remove,
		role: spec.writeRole,
		anyTenant: true,
		handle(ctx) {
			const id = psString(ctx.fromQueryOrBody('ID'));
			const fail = (error: string) => ({ status: spec.words.removeFailStatus, body: { Results: spec.words.removeFailed(id, error) } });
			if (spec.guidIds && !GUID.test(id)) return fail(`Invalid GUID format for OData filter: '${id}'`);
			const list = rows(ctx.state);
			const index = list.findIndex((template) => template.GUID === id);
			if (index < 0) return fail("Cannot bind argument to parameter 'Entity' because it is null.");
			list.splice(index, 1);
			return { status: 200, body: { Results: spec.words.removed(id) } };
		},
	};
	return [list, add, remove];
}
