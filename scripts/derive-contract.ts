/**
 * Derives the CIPP API contract the tests check against from CIPP's generated OpenAPI spec
 * (CIPP-API's Config/openapi.json): for every endpoint, the query parameters and body fields
 * the backend reads, with their types. Run it when CIPP's spec changes:
 *
 *   npx ts-node --transpile-only scripts/derive-contract.ts <path to cipp-openapi.json>
 *
 * It writes test/contract/cipp-contract.json, which the contract test and the sandbox read, and
 * nodes/Cipp/actions/tool/cippEndpoints.ts, the endpoint names and roles the CIPP API Request
 * operation checks a typed name against (a test keeps the two equal).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

type OpenApiOperation = {
	parameters?: Array<{ $ref?: string; name: string; in: string; schema?: Schema }>;
	requestBody?: { content?: { 'application/json'?: { schema?: Schema } } };
	'x-cipp-role'?: string;
	'x-cipp-any-tenant'?: boolean;
};

type Schema = { $ref?: string; type?: string; items?: Schema; allOf?: Schema[]; properties?: Record<string, Schema>; required?: string[] };

/** A compact type name: string, boolean, integer, number, object, array, labelValue, labelValue[] ... */
function typeOf(schema: Schema | undefined): string {
	if (!schema) return 'any';
	if (schema.$ref) return schema.$ref.endsWith('/LabelValue') || schema.$ref.endsWith('/LabelValueNumber') ? 'labelValue' : 'object';
	if (schema.allOf?.length) return typeOf(schema.allOf[0]);
	if (schema.type === 'array') return `${typeOf(schema.items)}[]`;
	return schema.type ?? 'any';
}

const source = process.argv[2] ?? join(__dirname, '..', '..', 'shared', 'reference', 'cipp-openapi.json');
const spec = JSON.parse(readFileSync(source, 'utf8'));
const sharedParameters: Record<string, { name: string; in: string; required?: boolean; schema?: Schema }> = spec.components.parameters;
const contract: Record<string, unknown> = {};
for (const [path, methods] of Object.entries<Record<string, OpenApiOperation>>(spec.paths)) {
	const endpoint = path.replace(/^\/api\//, '');
	const entry: Record<string, unknown> = {};
	for (const [method, operation] of Object.entries(methods)) {
		const query: Record<string, string> = {};
		for (const raw of operation.parameters ?? []) {
			const parameter = raw.$ref ? sharedParameters[raw.$ref.split('/').pop() as string] : raw;
			if (parameter.in === 'query') query[parameter.name] = typeOf(parameter.schema);
		}
		const declaredBody: Schema | undefined = operation.requestBody?.content?.['application/json']?.schema;
		// A few endpoints declare their body as a list of rows; PowerShell reads `$Request.Body.X` from the rows alike.
		const bodySchema = declaredBody?.type === 'array' ? declaredBody.items : declaredBody;
		const body: Record<string, string> = {};
		for (const [name, schema] of Object.entries(bodySchema?.properties ?? {})) body[name] = typeOf(schema);
		entry[method.toUpperCase()] = {
			query,
			body,
			passthrough: Boolean((bodySchema as Record<string, unknown> | undefined)?.['x-cipp-passthrough']),
			role: operation['x-cipp-role'] ?? null,
			anyTenant: Boolean(operation['x-cipp-any-tenant']),
		};
	}
	contract[endpoint] = entry;
}
const target = join(__dirname, '..', 'test', 'contract', 'cipp-contract.json');
writeFileSync(
	target,
	`${JSON.stringify({ derivedFrom: `CIPP-API Config/openapi.json (${spec.info?.version ?? 'unversioned'})`, endpoints: contract })}\n`,
);
console.log(`${Object.keys(contract).length} endpoints written to ${target}`);

const names = join(__dirname, '..', 'nodes', 'Cipp', 'actions', 'tool', 'cippEndpoints.ts');
const roles = Object.entries(contract).map(([endpoint, entry]) => {
	const role = Object.values(entry as Record<string, { role: string | null }>)[0].role ?? '';
	return `\t${/^[A-Za-z_$][\w$]*$/.test(endpoint) ? endpoint : `'${endpoint}'`}: '${role}',`;
});
writeFileSync(
	names,
	[
		'/**',
		" * Every endpoint of CIPP's API with the role it demands, derived from CIPP's OpenAPI by",
		' * scripts/derive-contract.ts (do not edit by hand). CIPP API Request checks a typed endpoint',
		' * name against it before sending, and names the nearest ones for a name CIPP does not have.',
		' */',
		'export const CIPP_ENDPOINTS: Record<string, string> = {',
		...roles,
		'};',
		'',
	].join('\n'),
);
console.log(`${roles.length} endpoint names written to ${names}`);
