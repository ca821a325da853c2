/**
 * Checks each /api request against CIPP's OpenAPI contract (test/contract/cipp-contract.json,
 * derived from CIPP-API's Config/openapi.json): the endpoint spelled exactly, every query and
 * body field one that CIPP reads there, and values of the shape it reads. Real CIPP ignores what
 * it does not read; the sandbox answers the same way but records each mismatch on the request.
 */
import { typeCippReads } from '../contract/beyondSpec';
import contractFile from '../contract/cipp-contract.json';

interface MethodContract {
	query: Record<string, string>;
	body: Record<string, string>;
	passthrough: boolean;
}

const endpoints = contractFile.endpoints as Record<string, Record<string, MethodContract>>;

/** Answered outside the generated spec: `me` by CIPP's access check, `$batch` by its entry point. */
const NOT_IN_SPEC = new Set(['me', '$batch']);

/** Endpoints that hand their body on to a function the spec does not trace (Set-<Extension>Mapping reads the rows). */
const BODY_PASSED_ON = new Set(['ExecExtensionMapping']);

/** Fields typed {value} that CIPP also reads as a bare string (see test/contract/contract.test.ts). */
const BARE_STRING_ACCEPTED = new Set(['tenantfilter', 'clientid']);

function shapeProblem(name: string, type: string, value: unknown): string | undefined {
	const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
	if (type === 'labelValue') {
		if (isObject && 'value' in value) return undefined;
		if (typeof value === 'string' && BARE_STRING_ACCEPTED.has(name.toLowerCase())) return undefined;
		return `${name} must be {value, label}: CIPP reads .value and ignores a bare value`;
	}
	if (type.endsWith('[]') || type === 'array') {
		if (!Array.isArray(value)) return `${name} must be a list`;
		const itemType = type.slice(0, -2);
		return itemType === 'labelValue' && value.some((entry) => typeof entry !== 'object' || entry === null || !('value' in entry))
			? `${name} must be a list of {value, label}`
			: undefined;
	}
	if (type === 'boolean' && typeof value !== 'boolean') return `${name} must be a JSON boolean`;
	if ((type === 'integer' || type === 'number') && !Number.isFinite(Number(value))) return `${name} must be a number`;
	return undefined;
}

export function contractViolations(endpoint: string, query: Record<string, string>, body: unknown): string[] {
	if (NOT_IN_SPEC.has(endpoint)) return [];
	const methods = endpoints[endpoint];
	if (!methods) return [`${endpoint} is not an endpoint of CIPP's API (the name is case-sensitive)`];
	const contracts = Object.values(methods);
	const violations: string[] = [];
	for (const name of Object.keys(query)) {
		if (!typeCippReads(endpoint, 'query', name, contracts)) {
			violations.push(`query ${name} is not read by ${endpoint}`);
		}
	}
	// A list body is rows of the same fields (PowerShell reads `$Request.Body.X` from each row).
	const rows = BODY_PASSED_ON.has(endpoint) ? [] : Array.isArray(body) ? body : [body];
	for (const row of rows) {
		if (typeof row !== 'object' || row === null || Array.isArray(row)) continue;
		for (const [name, value] of Object.entries(row)) {
			const type = typeCippReads(endpoint, 'body', name, contracts);
			if (type === undefined) {
				if (!contracts.some((contract) => contract.passthrough)) violations.push(`body ${name} is not read by ${endpoint}`);
				continue;
			}
			const problem = shapeProblem(name, type, value);
			if (problem) violations.push(`body ${problem}`);
		}
	}
	return violations;
}
