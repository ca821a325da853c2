/**
 * POST /api/$batch (CippEntrypoints.psm1, Receive-CippHttpTrigger): 1 to 20 sub-requests, each run
 * through New-CippCoreRequest with its own access check, 10 in parallel (ThrottleLimit 10), and
 * answered together as ConvertTo-Json text. The server runs them (server.ts `serveBatch`); this
 * module reads the body and writes the answer.
 */
import { getIgnoreCase, isPlainObject } from './http';
import type { HttpResult } from './http';
import { psList, psString } from './powershell';

export const BATCH_ENDPOINT = '$batch';
const MAX_REQUESTS = 20;
/** Sub-requests CIPP runs at once: a batch of 11 to 20 takes two rounds. */
export const BATCH_PARALLEL = 10;

export interface SubRequest {
	id: unknown;
	method: string;
	endpoint: string;
	query: Record<string, string>;
	body: unknown;
}

export interface SubResponse {
	id: unknown;
	status: number;
	body: unknown;
}

function subRequest(raw: unknown): SubRequest {
	const rawQuery = getIgnoreCase(raw, 'query');
	return {
		id: getIgnoreCase(raw, 'id'),
		method: psString(getIgnoreCase(raw, 'method')) || 'GET',
		endpoint: psString(getIgnoreCase(raw, 'url')),
		query: isPlainObject(rawQuery) ? Object.fromEntries(Object.entries(rawQuery).map(([key, value]) => [key, psString(value)])) : {},
		body: getIgnoreCase(raw, 'body'),
	};
}

/** The sub-requests of a batch body, or CIPP's 400 for an empty or oversized batch. */
export function readBatch(body: unknown): SubRequest[] | HttpResult {
	const requests = getIgnoreCase(body, 'requests');
	const list = psList(requests);
	if (list.length === 0) return { status: 400, body: { error: { message: 'No requests found in batch body' } } };
	if (list.length > MAX_REQUESTS)
		return { status: 400, body: { error: { message: 'Batch request limit exceeded. Maximum 20 requests allowed per batch.' } } };
	return list.map(subRequest);
}

/** A sub-request's answer as CIPP puts it in `responses`: JSON text bodies parsed, plain text kept. */
export function subResponse(id: unknown, result: HttpResult): SubResponse {
	let body = result.body;
	if (typeof body === 'string') {
		try {
			body = JSON.parse(body) as unknown;
		} catch {
			// plain text stays text
		}
	}
	return { id, status: result.status, body };
}

/** CIPP answers the whole batch as ConvertTo-Json text. */
export function batchAnswer(responses: SubResponse[]): HttpResult {
	return { status: 200, body: JSON.stringify({ responses }) };
}
