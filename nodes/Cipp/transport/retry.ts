import { sleep } from 'n8n-workflow';

import type { Outcome } from '../helpers/outcome';
import type { CallFailure } from './errors';

export interface RetryPolicy {
	/** Tries per request, the first included. */
	maxAttempts: number;
	/** Most time spent waiting between tries, over all retries of one request. */
	maxRetryTimeMs: number;
}

/** First backoff step; doubles each retry, with full jitter, up to MAX_BACKOFF_MS. */
const BASE_BACKOFF_MS = 500;
const MAX_BACKOFF_MS = 30_000;

/** Statuses that say "try again later": throttled, or a gateway that lost CIPP for a moment. */
const TRANSIENT_STATUSES = new Set([429, 502, 503, 504]);

/** Failures without an answer that a second try usually cures. */
const TRANSIENT_CODES = new Set(['ECONNRESET', 'ETIMEDOUT', 'ECONNABORTED', 'ESOCKETTIMEDOUT', 'EPIPE', 'EAI_AGAIN']);

/** CIPP passes Graph's or Exchange's throttling on as an HTTP 500 with this kind of text. */
const THROTTLING_TEXT = /too ?many ?requests|throttl|rate limit|request limit|server ?busy|\b429\b/i;

/**
 * Whether trying again may succeed. Permanent answers (400, 403, 404, and 500s that are real
 * errors such as a missing user) are not retried: the same request would fail the same way.
 */
export function isTransient(failure: CallFailure, cippText: string): boolean {
	if (failure.status === undefined) return failure.code !== undefined && TRANSIENT_CODES.has(failure.code);
	if (TRANSIENT_STATUSES.has(failure.status)) return true;
	return failure.status === 500 && THROTTLING_TEXT.test(cippText);
}

/** Retry-After in seconds or as an HTTP date, in milliseconds from now. */
export function retryAfterMs(headers: Record<string, unknown>): number | undefined {
	const value = headers['retry-after'] ?? headers['Retry-After'];
	if (value === undefined || value === null || value === '') return undefined;
	const seconds = Number(value);
	if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
	const date = Date.parse(String(value));
	return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

export function backoffMs(retry: number): number {
	const ceiling = Math.min(MAX_BACKOFF_MS, BASE_BACKOFF_MS * 2 ** (retry - 1));
	return Math.round(Math.random() * ceiling);
}

/**
 * Runs `attempt` until it succeeds, fails permanently, or the policy's tries or waiting time run
 * out, and returns the last outcome. `classify` says whether a failure is worth another try and
 * how long the server asked us to wait.
 */
export async function withRetries<T>(
	attempt: () => Promise<Outcome<T>>,
	policy: RetryPolicy,
	classify: (error: unknown) => { transient: boolean; waitMs?: number },
): Promise<Outcome<T>> {
	let waited = 0;
	for (let tries = 1; ; tries++) {
		const outcome = await attempt();
		if (outcome.ok) return outcome;
		const { transient, waitMs } = classify(outcome.error);
		if (!transient || tries >= policy.maxAttempts) return outcome;
		const delay = waitMs ?? backoffMs(tries);
		if (waited + delay > policy.maxRetryTimeMs) return outcome;
		waited += delay;
		await sleep(delay);
	}
}
