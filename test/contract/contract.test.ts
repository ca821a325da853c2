import { allOperations } from '../../nodes/Cipp/actions/operations';
import { ANY_ENDPOINT } from '../../nodes/Cipp/actions/tool/apiRequest.operation';
import { CIPP_ENDPOINTS } from '../../nodes/Cipp/actions/tool/cippEndpoints';
import type { CippOperation, Encoding, SendTo } from '../../nodes/Cipp/actions/types';
import contractFile from './cipp-contract.json';
import { beyondSpec, typeCippReads } from './beyondSpec';
import { notOffered } from './notOffered';

interface EndpointMethod {
	query: Record<string, string>;
	body: Record<string, string>;
	passthrough: boolean;
	anyTenant: boolean;
}
const endpoints = contractFile.endpoints as Record<string, Record<string, EndpointMethod>>;

/** Which of the spec's types each encoding may fill. CIPP parses booleans and numbers from strings, too. */
const COMPATIBLE: Record<Encoding, RegExp> = {
	string: /^(string|any)$/,
	graphId: /^(string|any)$/,
	boolean: /^(boolean|string|any)$/,
	number: /^(integer|number|string|any)$/,
	unixSeconds: /^(integer|number|string|any)$/,
	labelValue: /^(labelValue|object|any)$/,
	labelValueList: /^(labelValue\[\]|object\[\]|any\[\]|array|any)$/,
	stringList: /^(string\[\]|any\[\]|array|string|any)$/,
	json: /./,
};

/**
 * Endpoints CIPP answers outside the generated spec: `me` in its access check, `$batch` in its
 * entry point; and CIPP API Request's `*`, which sends to whichever endpoint the user names.
 */
const OUTSIDE_THE_SPEC = new Set(['me', '$batch', ANY_ENDPOINT]);

/**
 * Fields the spec types as {value} that CIPP also reads as a bare string: `tenantFilter`
 * (`X.value ?? X`), and ExecApiClient's `ClientId`, which its ResetSecret and RepairUri actions
 * look up as a plain string.
 */
const ACCEPTS_BARE_STRING = new Set(['tenantFilter', 'ClientId']);

function sentFields(operation: CippOperation): SendTo[] {
	const constants = (where: 'query' | 'body') =>
		Object.keys(operation.constants?.[where] ?? {}).map((name): SendTo => ({ name, in: where, encoding: 'json' }));
	return [
		...operation.parameters.flatMap((parameter) => [...(parameter.send ? [parameter.send] : []), ...Object.values(parameter.fields ?? {})]),
		...constants('query'),
		...constants('body'),
	];
}

const cases = allOperations.map((operation) => [`${operation.resource} → ${operation.name}`, operation] as const);

describe.each(cases.filter(([, operation]) => !OUTSIDE_THE_SPEC.has(operation.endpoint)))(
	"%s matches CIPP's OpenAPI",
	(_name, operation) => {
		const methods = Object.values(endpoints[operation.endpoint] ?? {});

		test(`the endpoint ${operation.endpoint} exists, spelled exactly`, () => {
			expect(methods.length).toBeGreaterThan(0);
		});

		test('every field it sends is read by CIPP there, with a compatible type', () => {
			for (const field of sentFields(operation)) {
				const declared = typeCippReads(operation.endpoint, field.in, field.name, methods);
				const passthrough = field.in === 'body' && methods.some((method) => method.passthrough);
				expect({ field: `${field.in}.${field.name}`, known: declared !== undefined || passthrough }).toEqual({
					field: `${field.in}.${field.name}`,
					known: true,
				});
				if (declared === undefined) continue;
				const encoding = field.encoding ?? 'string';
				const compatible =
					COMPATIBLE[encoding].test(declared) || (ACCEPTS_BARE_STRING.has(field.name) && /^(labelValue|object)$/.test(declared));
				expect({ field: `${field.in}.${field.name}`, encoding, declared, compatible }).toEqual({
					field: `${field.in}.${field.name}`,
					encoding,
					declared,
					compatible: true,
				});
			}
		});

		test('it sends tenantFilter wherever CIPP reads one (CIPP falls back to the partner tenant)', () => {
			const readsTenant = methods.some(
				(method) =>
					!method.anyTenant &&
					[...Object.keys(method.query), ...Object.keys(method.body)].some((name) => name.toLowerCase() === 'tenantfilter'),
			);
			const sendsTenant = sentFields(operation).some((field) => field.name.toLowerCase() === 'tenantfilter');
			if (readsTenant) expect(sendsTenant).toBe(true);
		});
	},
);

describe("coverage of CIPP's API", () => {
	const inSpec = Object.keys(endpoints);
	const offered = new Set(allOperations.map((operation) => operation.endpoint.toLowerCase()));
	const listed = new Map(notOffered.map((entry) => [entry.endpoint.toLowerCase(), entry]));

	test('every endpoint of the spec is offered by an operation or listed as not offered, with its reason', () => {
		expect(inSpec.filter((endpoint) => !offered.has(endpoint.toLowerCase()) && !listed.has(endpoint.toLowerCase()))).toEqual([]);
		expect(notOffered.filter((entry) => entry.note.trim().length < 10).map((entry) => entry.endpoint)).toEqual([]);
	});

	test('no endpoint is both offered and listed as not offered, or listed twice', () => {
		expect(notOffered.filter((entry) => offered.has(entry.endpoint.toLowerCase())).map((entry) => entry.endpoint)).toEqual([]);
		expect(notOffered.length).toBe(listed.size);
	});

	test('every listed endpoint is spelled as the spec spells it', () => {
		expect(notOffered.filter((entry) => !(entry.endpoint in endpoints)).map((entry) => entry.endpoint)).toEqual([]);
	});

	test('at most 125 endpoints are left out for a reason other than not being built yet', () => {
		expect(notOffered.filter((entry) => entry.reason !== 'notYetBuilt').length).toBeLessThanOrEqual(125);
	});
});

test("CIPP API Request knows exactly the spec's endpoints, with their roles (regenerate with scripts/derive-contract.ts)", () => {
	const roles = Object.fromEntries(
		Object.entries(endpoints).map(([endpoint, methods]) => [
			endpoint,
			(Object.values(methods)[0] as EndpointMethod & { role: string | null }).role ?? '',
		]),
	);
	expect(CIPP_ENDPOINTS).toEqual(roles);
});

test('every field read beyond the spec names an endpoint of the spec and the PowerShell line that reads it', () => {
	for (const [endpoint, entry] of Object.entries(beyondSpec)) {
		expect({ endpoint, inSpec: endpoint in endpoints, source: /\.ps1\b.*:\d+/.test(entry.source) }).toEqual({
			endpoint,
			inSpec: true,
			source: true,
		});
		// A correction replaces a type the spec declares, with a different one.
		for (const where of ['query', 'body'] as const) {
			for (const [field, type] of Object.entries(entry.corrected?.[where] ?? {})) {
				const declared = Object.values(endpoints[endpoint] ?? {}).map((method) => method[where][field]);
				expect({ endpoint, field, declaredBySpec: declared.some((t) => t !== undefined && t !== type) }).toEqual({
					endpoint,
					field,
					declaredBySpec: true,
				});
			}
		}
	}
});
