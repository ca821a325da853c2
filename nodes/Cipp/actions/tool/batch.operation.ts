import type { IDataObject } from 'n8n-workflow';

import { writes } from '../common/endpoints';
import { parsedRecords } from '../common/readers';
import * as validate from '../common/validators';
import type { CippOperation, Validator } from '../types';

const MAX_REQUESTS = 20;

/** `{responses: [{id, status, body}]}`, sent as JSON text: one item per sub-request. */
function batchOutput(response: unknown): IDataObject[] {
	const [answer] = parsedRecords(response);
	return parsedRecords(answer?.responses ?? []);
}

/** 1 to 20 sub-requests, each naming a CIPP endpoint in `url`. */
const batchRequests: Validator = (value, check) => {
	const example = '[{"id": "1", "method": "GET", "url": "ListUsers", "query": {"tenantFilter": "contoso.onmicrosoft.com"}}]';
	const list = validate.parsedJson(value, check, example);
	const valid =
		Array.isArray(list) &&
		list.length >= 1 &&
		list.length <= MAX_REQUESTS &&
		list.every((entry) => typeof entry === 'object' && entry !== null && typeof (entry as IDataObject).url === 'string');
	if (!valid) {
		validate.invalid(check, `expected a list of 1 to ${MAX_REQUESTS} requests.`, `Enter a JSON list such as ${example}.`);
	}
	return list;
};

export const batch: CippOperation = {
	resource: 'tool',
	value: 'batch',
	name: 'Batch Request',
	action: 'Send up to 20 CIPP requests at once',
	description:
		"Run 1 to 20 CIPP endpoint calls in one request (in parallel on CIPP's side), one item per answer with its ID, HTTP status and body. Each call is checked against the API client's role on its own.",
	...writes('$batch', 'the role of each endpoint called'),
	parameters: [
		{
			property: {
				displayName: 'Requests',
				name: 'requests',
				type: 'json',
				required: true,
				default:
					'[\n  {\n    "id": "1",\n    "method": "GET",\n    "url": "ListUsers",\n    "query": { "tenantFilter": "contoso.onmicrosoft.com" }\n  }\n]',
				description:
					'A JSON list of 1 to 20 requests as in the default: each with an ID, a method, a URL (the CIPP endpoint name, e.g. ListUsers), a query object and a body',
			},
			send: { name: 'requests', in: 'body', encoding: 'json' },
			validate: batchRequests,
		},
	],
	output: batchOutput,
};
