import type { IDataObject } from 'n8n-workflow';

import { additionalFields, flag, text } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { isRecord, records } from '../common/readers';
import * as validate from '../common/validators';
import type { CippOperation, Validator } from '../types';

const EXAMPLE = '[{"id": "users", "url": "/users?$select=id,displayName"}, {"id": "groups", "url": "/groups?$top=5"}]';

/** GET sub-requests only, each with a unique ID and a Graph path: CIPP drops any other method without a word. */
const graphRequests: Validator = (value, check) => {
	const list = validate.parsedJson(value, check, EXAMPLE);
	const entries = Array.isArray(list) ? list : [];
	const ids = entries.map((entry) => (isRecord(entry) ? String(entry.id ?? '').trim() : ''));
	const valid =
		entries.length > 0 &&
		entries.every((entry) => isRecord(entry) && typeof entry.url === 'string' && entry.url.trim() !== '') &&
		ids.every((id) => id !== '') &&
		new Set(ids).size === ids.length;
	if (!valid)
		validate.invalid(check, 'expected a list of requests, each with a unique id and a Graph url.', `Enter a JSON list such as ${EXAMPLE}.`);
	return entries.map((entry: IDataObject) => {
		const method = String(entry.method ?? 'GET').toUpperCase();
		if (method !== 'GET') {
			validate.invalid(
				check,
				`request "${String(entry.id)}" is a ${method}: CIPP runs GET requests only and drops the others.`,
				'Use GET requests only.',
			);
		}
		return { id: String(entry.id).trim(), method, url: String(entry.url).trim() };
	});
};

/** Graph's `$batch` responses ({id, status, headers, body}), all pages of each joined in body.value by CIPP. */
function responses(response: unknown): IDataObject[] {
	return records(response).map(({ id, status, body }) => ({ id, status, body }));
}

export const graphBulkRequest: CippOperation = {
	resource: 'tool',
	value: 'graphBulkRequest',
	name: 'Graph Bulk Request',
	action: 'Read several Microsoft Graph endpoints of a tenant at once',
	description:
		"Run several Graph GET requests against one customer tenant in Graph's $batch (beta), one item per request with its ID, HTTP status and body; CIPP follows every next page. A failed request is an item with its status, not an error.",
	endpoint: 'ListGraphBulkRequest',
	method: 'POST',
	access: 'read',
	role: 'CIPP.Core.Read',
	parameters: [
		tenantParameter('body'),
		{
			property: {
				displayName: 'Requests',
				name: 'requests',
				type: 'json',
				required: true,
				default: '[\n  { "id": "users", "url": "/users?$select=id,displayName" },\n  { "id": "groups", "url": "/groups?$top=5" }\n]',
				description: 'A JSON list of GET requests, each with a unique ID and a Graph path after the version (method may be left out)',
			},
			send: { name: 'requests', in: 'body', encoding: 'json' },
			validate: graphRequests,
		},
		additionalFields([
			flag('As App', 'asApp', 'Whether CIPP calls Graph with its application permissions', 'asApp', true),
			text(
				'First Page Only For',
				'noPaginateIds',
				'IDs of requests to return only the first page of, separated by commas',
				{ name: 'noPaginateIds', in: 'body', encoding: 'stringList' },
				{ placeholder: 'e.g. users' },
			),
		]),
	],
	output: responses,
};
