/** Small HTTP helpers: reading requests and writing responses the way the real services do. */
import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * A response, shaped like the Azure Functions PowerShell worker's HttpResponseContext:
 * a string body goes out as text/plain, anything else as JSON, unless contentType says otherwise.
 */
export interface HttpResult {
	status: number;
	body?: unknown;
	contentType?: string;
	headers?: Record<string, string>;
}

export function sendResult(res: ServerResponse, result: HttpResult): void {
	if (res.destroyed || res.headersSent) return;
	let payload = '';
	let contentType = result.contentType;
	if (typeof result.body === 'string') {
		payload = result.body;
		contentType ??= 'text/plain; charset=utf-8';
	} else if (result.body !== undefined) {
		payload = JSON.stringify(result.body);
		contentType ??= 'application/json; charset=utf-8';
	}
	const headers: Record<string, string | number> = {
		'Content-Length': Buffer.byteLength(payload),
		...result.headers,
	};
	if (contentType) headers['Content-Type'] = contentType;
	res.writeHead(result.status, headers);
	res.end(payload);
}

export function readBody(req: IncomingMessage): Promise<string> {
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		req.on('data', (chunk: Buffer) => chunks.push(chunk));
		req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
		req.on('error', reject);
	});
}

/** Parsed JSON if the text is JSON, otherwise the raw text; undefined for an empty body. */
export function parseJsonOrText(raw: string): unknown {
	if (raw === '') return undefined;
	try {
		return JSON.parse(raw) as unknown;
	} catch {
		return raw;
	}
}

export function searchParamsToRecord(params: URLSearchParams): Record<string, string> {
	const record: Record<string, string> = {};
	for (const [key, value] of params) {
		if (!(key in record)) record[key] = value;
	}
	return record;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A shallow copy without the given keys. */
export function omit<T extends object, K extends keyof T>(source: T, ...keys: K[]): Omit<T, K> {
	const copy = { ...source };
	for (const key of keys) delete copy[key];
	return copy;
}

/** Property lookup ignoring case, like PowerShell member access on hashtables and PSCustomObjects. */
export function getIgnoreCase(source: unknown, name: string): unknown {
	if (!isPlainObject(source)) return undefined;
	if (name in source) return source[name];
	const lower = name.toLowerCase();
	const key = Object.keys(source).find((k) => k.toLowerCase() === lower);
	return key === undefined ? undefined : source[key];
}

const SECRET_KEYS = new Set(['client_secret', 'client_assertion', 'access_token', 'refresh_token']);

/** Copy of a query/body with secret-bearing fields replaced, for the request log. */
export function redactSecrets<T>(value: T): T {
	if (typeof value === 'string') {
		return value.replace(/((?:^|&)(?:client_secret|client_assertion|access_token|refresh_token)=)[^&]*/gi, '$1[redacted]') as T;
	}
	if (!isPlainObject(value)) return value;
	const copy: Record<string, unknown> = {};
	for (const [key, item] of Object.entries(value)) {
		copy[key] = SECRET_KEYS.has(key.toLowerCase()) ? '[redacted]' : item;
	}
	return copy as T;
}
