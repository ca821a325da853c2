import type { IDataObject } from 'n8n-workflow';

import { actionResult, isRecord, records } from '../common/readers';
import * as validate from '../common/validators';
import type { CippOperation, CippRequest, OutputContext, ValueCheck } from '../types';
import { CIPP_ENDPOINTS } from './cippEndpoints';
import { choices } from '../common/fields';

/** The operation's `endpoint`: the real one is typed by the user, so no single CIPP endpoint is named. */
export const ANY_ENDPOINT = '*';

const ENDPOINT_NAMES = Object.keys(CIPP_ENDPOINTS);

/** Edit distance, case-insensitive: how far a typed name is from one of CIPP's. */
function distance(a: string, b: string): number {
	const previous = Array.from({ length: b.length + 1 }, (_, index) => index);
	for (let i = 1; i <= a.length; i++) {
		let diagonal = previous[0];
		previous[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const above = previous[j];
			previous[j] = Math.min(previous[j] + 1, previous[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
			diagonal = above;
		}
	}
	return previous[b.length];
}

/** Up to five of CIPP's names nearest to a typed one: those containing it first, then by edit distance. */
export function nearestEndpoints(typed: string): string[] {
	const needle = typed.toLowerCase();
	return ENDPOINT_NAMES.map((name) => {
		const lower = name.toLowerCase();
		return { name, score: lower.includes(needle) || needle.includes(lower) ? 0 : distance(needle, lower) };
	})
		.filter(({ score }) => score <= Math.max(3, Math.floor(needle.length / 3)))
		.sort((a, b) => a.score - b.score || a.name.localeCompare(b.name))
		.slice(0, 5)
		.map(({ name }) => name);
}

/** The endpoint as CIPP spells it. Azure Functions match routes case-insensitively; the node sends CIPP's spelling. */
function knownEndpoint(typed: string, check: ValueCheck): string {
	const name = typed.replace(/^\/?(api\/)?/i, '').trim();
	const found = ENDPOINT_NAMES.find((candidate) => candidate.toLowerCase() === name.toLowerCase());
	if (found) return found;
	const nearest = nearestEndpoints(name);
	return validate.invalid(
		check,
		`CIPP has no endpoint "${name}".`,
		nearest.length > 0
			? `Did you mean ${nearest.join(', ')}? Endpoint names are those of CIPP's API, e.g. ListUsers.`
			: "Use an endpoint name of CIPP's API, e.g. ListUsers or ExecResetPass (without /api/).",
	);
}

/** Query and body: a JSON object, given as an object or as JSON text. */
function objectOf(value: unknown, check: ValueCheck): IDataObject {
	if (value === undefined || value === null || value === '') return {};
	const parsed = validate.parsedJson(value, check);
	if (!isRecord(parsed))
		validate.invalid(
			check,
			'is not a JSON object.',
			'Give an object of field names and values, e.g. {"tenantFilter": "contoso.onmicrosoft.com"}.',
		);
	return parsed;
}

function tenantOf(fields: IDataObject): string {
	const key = Object.keys(fields).find((name) => name.toLowerCase() === 'tenantfilter');
	const value = key ? fields[key] : undefined;
	return String(isRecord(value) ? value.value : (value ?? '')).trim();
}

/** A messages answer (`{Results: "text"}` or a list of texts or result objects) is read like any action's; records become items. */
function answerItems(response: unknown, context: OutputContext): IDataObject[] {
	const results = isRecord(response) && 'Results' in response ? response.Results : undefined;
	const isMessage = (entry: unknown) =>
		typeof entry === 'string' || (isRecord(entry) && ('resultText' in entry || ('state' in entry && 'text' in entry)));
	const messages = isMessage(results) || (Array.isArray(results) && results.length > 0 && results.every(isMessage));
	return messages ? actionResult()(response, context) : records(response);
}

export const apiRequest: CippOperation = {
	resource: 'tool',
	value: 'apiRequest',
	name: 'CIPP API Request',
	action: 'Send any request to CIPP API',
	description:
		"Call any endpoint of CIPP's API (GET or POST, with query and body) through the same credential, retries, batching and error handling as every other operation. Records come back one item per record, a message answer as one item with status and message, as CIPP sent it (a password CIPP hands back included). A POST for AllTenants is refused, as for every write.",
	endpoint: ANY_ENDPOINT,
	method: 'POST',
	access: 'write',
	role: 'the role of the endpoint called',
	list: true,
	parameters: [
		{
			property: {
				displayName: 'Method',
				name: 'method',
				type: 'options',
				default: 'GET',
				options: choices({ GET: 'GET', POST: 'POST' }),
				description: 'GET for the List… endpoints, POST for actions (Exec…, Add…, Edit…, Remove…)',
			},
			validate: validate.matching(/^(GET|POST)$/, 'GET'),
		},
		{
			property: {
				displayName: 'Endpoint',
				name: 'endpoint',
				type: 'string',
				required: true,
				default: '',
				placeholder: 'e.g. ListMailboxes',
				description: "The endpoint's name in CIPP's API (the part after /api/)",
			},
			validate: (value, check) => knownEndpoint(validate.text(value, check), check),
		},
		{
			property: {
				displayName: 'Query Parameters',
				name: 'query',
				type: 'json',
				default: '{}',
				description: 'Query string fields as a JSON object, e.g. {"tenantFilter": "contoso.onmicrosoft.com"}',
			},
			optional: true,
			validate: objectOf,
		},
		{
			property: {
				displayName: 'Body',
				name: 'body',
				type: 'json',
				default: '{}',
				description: 'The JSON body, in the field names and shapes CIPP reads (see its API documentation)',
				displayOptions: { show: { method: ['POST'] } },
			},
			optional: true,
			validate: objectOf,
		},
	],
	output: answerItems,
	run: async (context) => {
		const method = context.values.method === 'POST' ? 'POST' : 'GET';
		const endpoint = String(context.values.endpoint);
		const qs = (context.values.query ?? {}) as IDataObject;
		const body = method === 'POST' ? ((context.values.body ?? {}) as IDataObject) : undefined;
		const tenant = tenantOf(qs) || tenantOf(body ?? {});
		if (method === 'POST' && tenant.toLowerCase() === validate.ALL_TENANTS.toLowerCase()) {
			validate.invalid(
				{ node: context.node, field: 'tenantFilter', itemIndex: context.itemIndex, access: 'write' },
				'is AllTenants: a POST changes tenants, and this node never sends a change to every tenant at once.',
				'Run the request once per tenant (e.g. from Tenant → Get Many), or use a GET to read every tenant.',
			);
		}
		const request: CippRequest = { method, endpoint, qs, ...(body ? { body } : {}) };
		const role = CIPP_ENDPOINTS[endpoint] || 'the role of the endpoint called';
		return answerItems(await context.call(request, role), context);
	},
};
