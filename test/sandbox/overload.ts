/**
 * How an overloaded CIPP answers (chaos and the tenant concurrency limit): Graph's 429 passed
 * straight through, the App Service front end's 503, or CIPP catching Graph's throttling error
 * and answering HTTP 500 with it in `Results`.
 */
import type { EndpointContext } from './endpoints';
import { resetFailure, resetSubject } from './endpoints/ExecResetPass';
import type { HttpResult } from './http';

const GRAPH_THROTTLED = 'Too many requests. Please try again later.';

export type OverloadKind = '429' | '503' | 'throttle500';

export interface OverloadRequest {
	/** The /api endpoint segment as sent. */
	endpoint: string;
	fromQueryOrBody: EndpointContext['fromQueryOrBody'];
}

export function overloadAnswer(kind: OverloadKind, request: OverloadRequest, retryAfterSeconds: number): HttpResult {
	if (kind === '429') {
		return {
			status: 429,
			headers: { 'Retry-After': String(retryAfterSeconds) },
			body: { error: { code: 'TooManyRequests', message: GRAPH_THROTTLED } },
		};
	}
	if (kind === '503') return { status: 503, body: 'Service Unavailable' };
	const message = `${GRAPH_THROTTLED} (TooManyRequests)`;
	if (request.endpoint.toLowerCase() === 'execresetpass') {
		return resetFailure(resetSubject(request.fromQueryOrBody), message);
	}
	return { status: 500, body: { Results: `Failed to process ${request.endpoint}. Error: ${message}` } };
}
