/**
 * POST /api/$batch (CippEntrypoints.psm1, Receive-CippHttpTrigger): 1 to 20 sub-requests, each run
 * through New-CippCoreRequest (its own access check), answered as ConvertTo-Json text.
 */
import { accessDenial } from '../../../access';
import { getIgnoreCase, isPlainObject } from '../../../http';
import type { HttpResult } from '../../../http';
import { psString } from '../../../powershell';
import type { Endpoint, EndpointContext } from '../../endpoint';
import { findEndpoint } from '../../index';

function runOne(ctx: EndpointContext, request: unknown): { id: unknown; status: number; body: unknown } {
	const id = getIgnoreCase(request, 'id');
	const name = psString(getIgnoreCase(request, 'url'));
	const rawQuery = getIgnoreCase(request, 'query');
	const query: Record<string, string> = isPlainObject(rawQuery) ? Object.fromEntries(Object.entries(rawQuery).map(([key, value]) => [key, psString(value)])) : {};
	const body = getIgnoreCase(request, 'body');
	const endpoint = findEndpoint(name);
	if (!endpoint || name === '$batch') return { id, status: 404, body: 'Endpoint not found' };
	if (endpoint.role) {
		const denial = accessDenial({ client: ctx.client, endpointRole: endpoint.role, anyTenant: endpoint.anyTenant ?? false, query, body, state: ctx.state });
		if (denial) return { id, status: 403, body: denial };
	}
	const sub: EndpointContext = {
		...ctx,
		fromQuery: (field) => getIgnoreCase(query, field) as string | undefined,
		fromQueryOrBody: (field) => getIgnoreCase(query, field) ?? getIgnoreCase(body, field),
		fromBody: (field) => getIgnoreCase(body, field),
	};
	let result: HttpResult;
	try {
		result = endpoint.handle(sub);
	} catch (error) {
		return { id, status: 500, body: { error: { code: 'InternalServerError', message: error instanceof Error ? error.message : String(error) } } };
	}
	let answer = result.body;
	if (typeof answer === 'string') {
		try {
			answer = JSON.parse(answer) as unknown;
		} catch {
			// plain text stays text
		}
	}
	return { id, status: result.status, body: answer };
}

export const batch: Endpoint = {
	name: '$batch',
	role: null,
	handle(ctx) {
		const requests = ctx.fromBody('requests');
		const list = Array.isArray(requests) ? requests : requests === undefined || requests === null ? [] : [requests];
		if (list.length === 0) return { status: 400, body: { error: { message: 'No requests found in batch body' } } };
		if (list.length > 20) return { status: 400, body: { error: { message: 'Batch request limit exceeded. Maximum 20 requests allowed per batch.' } } };
		return { status: 200, body: JSON.stringify({ responses: list.map((request) => runOne(ctx, request)) }) };
	},
};
