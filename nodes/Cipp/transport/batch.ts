/**
 * Requests that are ready at the same moment (the items a bulk run starts together) travel as one
 * CIPP `$batch` call. CIPP runs a batch's sub-requests 10 at a time, each with its own access
 * check, and answers them together, so ten resets cost one HTTP round trip and one TLS handshake
 * instead of ten. Each request still gets its own answer, retries and error: a sub-request that
 * fails affects only its item, and a batch that fails as a whole fails each of its requests the
 * way a single request would have failed.
 */
import { sleep } from 'n8n-workflow';
import type { IDataObject, IN8nHttpFullResponse } from 'n8n-workflow';

import type { CippRequest } from './types';
import type { Outcome } from '../helpers/outcome';
import { readFailure } from './errors';

/** CIPP runs 10 sub-requests at once (ThrottleLimit 10); a bigger batch would wait for a second round. */
export const BATCH_SIZE = 10;

export type SendRequest = (request: CippRequest, timeoutMs: number) => Promise<Outcome<IN8nHttpFullResponse>>;

interface Waiting {
	request: CippRequest;
	timeoutMs: number;
	settle: (outcome: Outcome<IN8nHttpFullResponse>) => void;
}

interface SubResponse {
	id?: unknown;
	status?: unknown;
	body?: unknown;
}

/** An answer that is not a success, shaped like a failed HTTP call so that retries and errors read it the same. */
export function answerOutcome(response: IN8nHttpFullResponse): Outcome<IN8nHttpFullResponse> {
	if (response.statusCode < 400) return { ok: true, value: response };
	return { ok: false, error: { response: { status: response.statusCode, data: response.body, headers: response.headers } } };
}

/** CIPP answers a batch as JSON text: `{responses: [{id, status, body}]}`. */
function readResponses(body: unknown): SubResponse[] | undefined {
	let parsed = body;
	if (typeof body === 'string') {
		try {
			parsed = JSON.parse(body) as unknown;
		} catch {
			return undefined;
		}
	}
	const responses = (parsed as IDataObject | undefined)?.responses;
	return Array.isArray(responses) ? (responses as SubResponse[]) : undefined;
}

/** CIPP versions without `$batch` answer 404 (its router's "not found"). */
const isMissingEndpoint = (outcome: Outcome<IN8nHttpFullResponse>) => !outcome.ok && readFailure(outcome.error).status === 404;

export class BatchSender {
	private waiting: Waiting[] = [];
	private flushScheduled = false;
	/** Set when this CIPP has no `$batch`: every request goes on its own from then on. */
	private unsupported = false;

	constructor(private readonly sendOne: SendRequest) {}

	async send(request: CippRequest, timeoutMs: number): Promise<Outcome<IN8nHttpFullResponse>> {
		if (this.unsupported) return await this.sendOne(request, timeoutMs);
		return await new Promise((settle) => {
			this.waiting.push({ request, timeoutMs, settle });
			// A full batch goes at once; a partial one waits for the rest of this turn's requests.
			if (this.waiting.length >= BATCH_SIZE) void this.sendGroup(this.waiting.splice(0, BATCH_SIZE));
			else if (!this.flushScheduled) {
				this.flushScheduled = true;
				void this.flushSoon();
			}
		});
	}

	/**
	 * Waits one turn of the event loop, so every item that answers arrived together has queued
	 * its next request, then sends what is waiting.
	 */
	private async flushSoon(): Promise<void> {
		await sleep(0);
		this.flushScheduled = false;
		if (this.waiting.length > 0) void this.sendGroup(this.waiting.splice(0, BATCH_SIZE));
		if (this.waiting.length > 0) {
			this.flushScheduled = true;
			void this.flushSoon();
		}
	}

	private async sendGroup(group: Waiting[]): Promise<void> {
		if (group.length === 1 || this.unsupported) {
			await Promise.all(group.map(async (entry) => entry.settle(await this.sendOne(entry.request, entry.timeoutMs))));
			return;
		}
		const batch: CippRequest = {
			method: 'POST',
			endpoint: '$batch',
			qs: {},
			body: {
				requests: group.map((entry, index) => ({
					id: String(index),
					method: entry.request.method,
					url: entry.request.endpoint,
					query: entry.request.qs,
					body: entry.request.body ?? {},
				})),
			},
		};
		const outcome = await this.sendOne(batch, Math.max(...group.map((entry) => entry.timeoutMs)));
		if (isMissingEndpoint(outcome)) {
			this.unsupported = true;
			await this.sendGroup(group);
			return;
		}
		if (!outcome.ok) {
			for (const entry of group) entry.settle(outcome);
			return;
		}
		const responses = readResponses(outcome.value.body);
		group.forEach((entry, index) => {
			const answer = responses?.find((response) => String(response.id) === String(index));
			if (!answer || typeof answer.status !== 'number') {
				// The batch came back without this request's answer: as if its connection had dropped.
				entry.settle({ ok: false, error: { code: 'ECONNRESET', message: "CIPP's batch answer has no response for this request" } });
				return;
			}
			entry.settle(answerOutcome({ statusCode: answer.status, headers: {}, body: answer.body as IN8nHttpFullResponse['body'] }));
		});
	}
}
