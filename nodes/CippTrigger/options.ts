/** The trigger's settings as plain values, read the same way in every context (webhook, poll, hook). */
import type { IDataObject } from 'n8n-workflow';

export type PollSource = 'auditLog' | 'logbook';

/**
 * n8n's own limit (N8N_PAYLOAD_SIZE_MAX) is 16 MB. A logbook batch of 500 rows is well under 1 MB
 * and an audit alert a few kB; scripted alerts carry every finding twice. 8 MB leaves room for all
 * of that and answers a runaway body with a clear 413 of this trigger's own.
 */
export const DEFAULT_MAX_BODY_MB = 8;

export interface TriggerOptions {
	alertTypes: string[];
	tenants: string;
	severities: string[];
	operations: string;
	maxBodyBytes: number;
	includePastHours: number;
	sources: PollSource[];
}

interface ParameterReader {
	getNodeParameter(name: string, fallback?: unknown): unknown;
}

export function readOptions(context: ParameterReader): TriggerOptions {
	const filters = (context.getNodeParameter('filters', {}) ?? {}) as IDataObject;
	const options = (context.getNodeParameter('options', {}) ?? {}) as IDataObject;
	const sources = context.getNodeParameter('pollSources', ['auditLog', 'logbook']);
	return {
		alertTypes: Array.isArray(filters.alertTypes) ? filters.alertTypes.map(String) : [],
		tenants: String(filters.tenants ?? ''),
		severities: Array.isArray(filters.severities) ? filters.severities.map(String) : [],
		operations: String(filters.operations ?? ''),
		maxBodyBytes: Math.round(Number(options.maxBodySizeMb ?? DEFAULT_MAX_BODY_MB) * 1024 * 1024),
		includePastHours: Math.max(0, Number(options.includePastHours ?? 0)),
		sources: (Array.isArray(sources) ? sources : []) as PollSource[],
	};
}
