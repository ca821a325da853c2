import type { IDataObject } from 'n8n-workflow';

/** One message from CIPP's `{Results: ...}` envelope. */
export interface CippResult {
	text: string;
	/** The value CIPP offers to copy: a password, a temporary access pass, a PwPush link. */
	copyField?: string;
	/** `success`, `error`, `warning` or `info`, when CIPP says. */
	state?: string;
}

/** CIPP's own UI treats a message without a `state` as failed when it matches this (CippApiResults.jsx). */
const FAILURE_TEXT = /error|failed|exception|not found|invalid_grant/i;

function toResult(entry: unknown): CippResult {
	if (entry && typeof entry === 'object' && !Array.isArray(entry)) {
		const object = entry as IDataObject;
		return {
			text: String(object.resultText ?? object.Results ?? object.message ?? JSON.stringify(object)),
			copyField: typeof object.copyField === 'string' && object.copyField !== '' ? object.copyField : undefined,
			state: typeof object.state === 'string' ? object.state.toLowerCase() : undefined,
		};
	}
	return { text: String(entry ?? '') };
}

/** Reads `{Results: X}` where X is a string, an object, or a list mixing both. */
export function readResults(response: unknown): CippResult[] {
	const results =
		response && typeof response === 'object' && !Array.isArray(response) && 'Results' in response
			? (response as IDataObject).Results
			: response;
	return (Array.isArray(results) ? results : [results]).map(toResult);
}

export function isFailure(result: CippResult): boolean {
	return result.state ? result.state === 'error' : FAILURE_TEXT.test(result.text);
}

/** The text CIPP would show for a failed call: the envelope's message, or the body itself. */
export function failureText(body: unknown): string {
	if (typeof body === 'string') return body.trim();
	if (body === undefined || body === null) return '';
	return readResults(body)
		.map((result) => result.text)
		.join(' ')
		.trim();
}
