/**
 * CIPP's compliance endpoints, one set per Purview kind: List, Add (deploy JSON to tenants),
 * Edit (Set-* with extra parameters), Remove, and the template List / Add / Remove.
 */
import { perSandbox, stableGuid } from '../../../directory';
import type { SandboxState, SandboxTenant } from '../../../fixtures';
import { GraphError } from '../../../graph';
import { isPlainObject } from '../../../http';
import { psString } from '../../../powershell';
import type { Endpoint, EndpointContext } from '../../endpoint';
import { exoAnswer, exoTenant, notFound, removeTemplate, templateRecord, templateRows } from '../contact/exchange';
import type { PurviewObject, SandboxKind } from './kinds';
import { KINDS, SIT } from './kinds';

const objects = perSandbox(() => new Map<string, PurviewObject[]>());

export function tenantObjects(state: SandboxState, kind: SandboxKind, tenant: SandboxTenant): PurviewObject[] {
	const key = `${kind.stem}/${tenant.customerId}`;
	const map = objects(state);
	if (!map.has(key)) map.set(key, kind.seed(tenant));
	return map.get(key) as PurviewObject[];
}

function findObject(list: PurviewObject[], identity: string): PurviewObject | undefined {
	const wanted = identity.trim().toLowerCase();
	return list.find((object) =>
		[object.Name, object.Id, object.Guid, object.Identity].some((name) => psString(name).toLowerCase() === wanted),
	);
}

const identityOf = (ctx: EndpointContext) => psString(ctx.fromQuery('Identity') ?? ctx.fromBody('Identity') ?? ctx.fromBody('Name'));
const tenantOf = (ctx: EndpointContext) => ctx.fromQuery('tenantFilter') ?? ctx.fromBody('tenantFilter');
const rows = (ctx: EndpointContext, kind: SandboxKind) =>
	templateRows(ctx.state, kind.partition, () => kind.templates.map((row) => ({ ...row, JSON: { ...row.JSON } })));

function parseJson(text: unknown): Record<string, unknown> {
	// ConvertFrom-Json on text that is not JSON throws outside CIPP's try: an unhandled HTTP 500.
	const parsed: unknown = JSON.parse(psString(text));
	if (!isPlainObject(parsed)) throw new Error('Cannot convert the JSON string because it is not an object.');
	return parsed;
}

/** The object without the fields that only describe it in CIPP's store. */
function withoutMeta(source: Record<string, unknown>, ...drop: string[]): Record<string, unknown> {
	return Object.fromEntries(Object.entries(source).filter(([key]) => !drop.includes(key)));
}

const nameOf = (source: Record<string, unknown>) => psString(source.Name ?? source.name ?? source.DisplayName);

function endpointsOf(kind: SandboxKind): Endpoint[] {
	const read = `${kind.role}.Read`;
	const write = `${kind.role}.ReadWrite`;
	const list: Endpoint = {
		name: `List${kind.stem}`,
		role: read,
		handle(ctx) {
			return exoAnswer(
				() => {
					const all = tenantObjects(ctx.state, kind, exoTenant(ctx.state, ctx.fromQuery('tenantFilter')));
					const builtIn = kind === SIT && /^true$/i.test(psString(ctx.fromQuery('IncludeBuiltIn')));
					const shown = kind === SIT && !builtIn ? all.filter((object) => !psString(object.Publisher).startsWith('Microsoft')) : all;
					return { status: 200, body: shown };
				},
				(message) => ({ status: 403, body: [message] }),
			);
		},
	};
	const add: Endpoint = {
		name: `Add${kind.stem}`,
		role: write,
		handle(ctx) {
			const template = parseJson(ctx.fromBody('PowerShellCommand'));
			const selected = ctx.fromBody('selectedTenants');
			const tenants = (Array.isArray(selected) ? selected : [selected])
				.map((entry) => (isPlainObject(entry) ? psString(entry.value) : ''))
				.filter(Boolean);
			const name = nameOf(template);
			const results = tenants.map((tenantName) => {
				const answer = exoAnswer(
					() => {
						const existing = tenantObjects(ctx.state, kind, exoTenant(ctx.state, tenantName));
						const current = existing.find((object) => object.Name === name);
						const skip = kind.deploySkip?.(name, tenantName, template, current);
						if (skip) return { status: 200, body: skip };
						const fields = withoutMeta(template, 'name', 'comments', 'GUID', 'RuleParams');
						if (current) {
							Object.assign(current, fields);
							return { status: 200, body: `Updated ${kind.deployed} '${name}' in ${tenantName}.` };
						}
						existing.push({ ...fields, Name: name, Guid: stableGuid(`${tenantName}/${kind.stem}/${name}`) });
						return { status: 200, body: `Created ${kind.deployed} '${name}' in ${tenantName}.` };
					},
					(message) => ({ status: 200, body: `Could not deploy ${kind.deployed} '${name}' to ${tenantName}: ${message}` }),
				);
				return answer.body;
			});
			return { status: 200, body: { Results: results } };
		},
	};
	const edit: Endpoint = {
		name: `Edit${kind.stem}`,
		role: write,
		handle(ctx) {
			const identity = identityOf(ctx);
			return exoAnswer(
				() => {
					const object = findObject(tenantObjects(ctx.state, kind, exoTenant(ctx.state, tenantOf(ctx))), identity);
					if (!object) throw notFound(identity);
					const state = ctx.fromQuery('State') ?? ctx.fromBody('State');
					if (state) object.Enabled = state === 'enable' || state === true || state === 'true';
					const parameters = ctx.fromBody('parameters');
					if (isPlainObject(parameters)) {
						for (const [key, value] of Object.entries(parameters)) if (key !== 'Identity') object[key] = value;
					}
					return { status: 200, body: { Results: `Updated ${kind.edited} ${identity}` } };
				},
				(message) => ({ status: 403, body: { Results: `Failed updating ${kind.edited} ${identity}. Error: ${message}` } }),
			);
		},
	};
	const remove: Endpoint = {
		name: `Remove${kind.stem}`,
		role: write,
		handle(ctx) {
			const identity = identityOf(ctx);
			return exoAnswer(
				() => {
					const list = tenantObjects(ctx.state, kind, exoTenant(ctx.state, tenantOf(ctx)));
					const object = findObject(list, identity);
					if (!object) throw kind === SIT ? new GraphError(`Sensitive Information Type '${identity}' not found.`) : notFound(identity);
					const refusal = kind.removeRefusal?.(object);
					if (refusal) throw new GraphError(refusal);
					list.splice(list.indexOf(object), 1);
					return { status: 200, body: { Results: `Deleted ${kind.deleted} ${identity}` } };
				},
				(message) => ({ status: 403, body: { Results: `Failed to delete ${kind.deleted} ${identity} - ${message}` } }),
			);
		},
	};
	const listTemplates: Endpoint = {
		name: `List${kind.stem}Templates`,
		role: read,
		anyTenant: true,
		handle(ctx) {
			const id = ctx.fromQuery('ID');
			return {
				status: 200,
				body: rows(ctx, kind)
					.filter((row) => !id || row.RowKey === id)
					.map(templateRecord),
			};
		},
	};
	const addTemplate: Endpoint = {
		name: `Add${kind.stem}Template`,
		role: write,
		handle(ctx) {
			const tenantFilter = ctx.fromBody('tenantFilter') ?? ctx.fromQuery('tenantFilter');
			const identity = psString(ctx.fromBody('Identity') ?? ctx.fromBody('Id') ?? ctx.fromBody('Name'));
			return exoAnswer(
				() => {
					let source: Record<string, unknown>;
					if (kind.capture && tenantFilter && identity) {
						const object = findObject(tenantObjects(ctx.state, kind, exoTenant(ctx.state, tenantFilter)), identity);
						if (!object) throw new GraphError(kind.capture(identity, psString(tenantFilter)));
						source = { ...object };
					} else {
						source = ctx.fromBody('PowerShellCommand') ? parseJson(ctx.fromBody('PowerShellCommand')) : { ...(ctx.body as object) };
						const refused = kind.templateRefusal?.(source);
						if (refused) return { status: 400, body: { Results: refused } };
					}
					const guid = stableGuid(`${kind.partition}/${nameOf(source)}/${rows(ctx, kind).length}`);
					const stored = withoutMeta(source, 'GUID');
					rows(ctx, kind).push({
						RowKey: guid,
						JSON: { name: nameOf(source), comments: source.Comment ?? source.comments ?? null, ...stored },
					});
					return { status: 200, body: { Results: `Successfully created ${kind.template} Template: ${nameOf(source)} with GUID ${guid}` } };
				},
				(message) => ({ status: 500, body: { Results: `Failed to create ${kind.template} Template: ${message}` } }),
			);
		},
	};
	const removeTemplateEndpoint: Endpoint = {
		name: `Remove${kind.stem}Template`,
		role: write,
		handle(ctx) {
			const id = psString(ctx.fromBody('ID') ?? ctx.fromQuery('ID'));
			const { error } = removeTemplate(ctx, kind.partition, id);
			if (error) return { status: 403, body: { Results: `Failed to remove ${kind.template} template ${id}. ${error}` } };
			return { status: 200, body: { Results: `Removed ${kind.template} template with ID ${id}` } };
		},
	};
	return [...(kind.list ? [list] : []), add, edit, remove, listTemplates, addTemplate, removeTemplateEndpoint];
}

/** Invoke-ListSensitiveInfoTypeRulePackage: the rule pack of a custom type, by RulePackId. */
const ListSensitiveInfoTypeRulePackage: Endpoint = {
	name: 'ListSensitiveInfoTypeRulePackage',
	role: 'Security.SensitiveInfoType.Read',
	handle(ctx) {
		const id = psString(ctx.fromQuery('RulePackId') ?? ctx.fromBody('RulePackId'));
		return exoAnswer(
			() => {
				if (!id.trim()) throw new GraphError('RulePackId is required.');
				const tenant = exoTenant(ctx.state, tenantOf(ctx));
				const sit = tenantObjects(ctx.state, SIT, tenant).find((object) => object.RulePackId === id);
				if (!sit) throw notFound(id);
				return {
					status: 200,
					body: {
						RulePackId: id,
						RuleCollectionName: `${sit.Name} rule package`,
						Publisher: sit.Publisher,
						Version: '1.0.0.0',
						Configuration: { Entities: [{ Name: sit.Name, Confidence: 'High', Patterns: [{ Regex: psString(sit.Description) }] }] },
						Xml: `<RulePackage><Rules><Entity id="${psString(sit.Id)}"/></Rules></RulePackage>`,
					},
				};
			},
			(message) => ({ status: 403, body: message }),
		);
	},
};

export const endpoints: Endpoint[] = [...KINDS.flatMap(endpointsOf), ListSensitiveInfoTypeRulePackage];
