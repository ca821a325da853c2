import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { DEFAULT_TIMEOUT_MS } from '../../transport/index';
import type { RetryPolicy } from '../../transport/retry';

export interface RunSettings {
	batchRequests: boolean;
	concurrency: number;
	tenantConcurrency: number;
	timeoutMs: number;
	retry: RetryPolicy;
}

/**
 * How the node runs many items. The defaults keep a bulk job well inside what one CIPP instance
 * (which also serves its web UI) and Microsoft Graph absorb: 5 requests at once, each tenant
 * may use all 5, up to 5 tries per item within 2 minutes of waiting, 2 minutes per request.
 */
export const runOptions: INodeProperties = {
	displayName: 'Options',
	name: 'options',
	type: 'collection',
	placeholder: 'Add option',
	default: {},
	options: [
		{
			displayName: 'Batch Requests',
			name: 'batchRequests',
			type: 'boolean',
			default: true,
			description:
				"Whether items that are ready at the same time go to CIPP together in one $batch call (up to 10, as many as CIPP runs at once): fewer round trips and less load on CIPP's web app. Each item keeps its own answer, retries and error. A CIPP without $batch is detected and sent to one request at a time.",
		},
		{
			displayName: 'Concurrency',
			name: 'concurrency',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: 50 },
			default: 5,
			description: 'How many items to send to CIPP at the same time. Output keeps the input order.',
		},
		{
			displayName: 'Max Attempts',
			name: 'maxAttempts',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: 10 },
			default: 5,
			description:
				'Tries per item, the first included, when CIPP or Microsoft Graph is throttling or briefly unreachable (429, 502, 503, 504, dropped connections, timeouts). Other failures are not retried.',
		},
		{
			displayName: 'Max Retry Time (Seconds)',
			name: 'maxRetryTime',
			type: 'number',
			typeOptions: { minValue: 0, maxValue: 3600 },
			default: 120,
			description: 'Most time one item may spend waiting between tries, Retry-After waits included',
		},
		{
			displayName: 'Per-Tenant Concurrency',
			name: 'tenantConcurrency',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: 50 },
			default: 5,
			description:
				"How many items of the same customer tenant may run at the same time. Lower it to spare one tenant's Graph limits in a mixed bulk job.",
		},
		{
			displayName: 'Timeout (Seconds)',
			name: 'timeout',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: 600 },
			default: 120,
			description: 'How long to wait for CIPP to answer one request before trying again',
		},
	],
};

/** Run settings come from the first item: they describe the whole run, not one item. */
export function readRunSettings(this: IExecuteFunctions): RunSettings {
	const options = this.getNodeParameter('options', 0, {}) as Record<string, number | undefined> & { batchRequests?: boolean };
	return {
		batchRequests: options.batchRequests ?? true,
		concurrency: options.concurrency ?? 5,
		tenantConcurrency: options.tenantConcurrency ?? 5,
		timeoutMs: options.timeout === undefined ? DEFAULT_TIMEOUT_MS : options.timeout * 1000,
		retry: { maxAttempts: options.maxAttempts ?? 5, maxRetryTimeMs: (options.maxRetryTime ?? 120) * 1000 },
	};
}
