/** Public types of the CIPP sandbox (re-exported from index.ts). */

export interface SandboxOptions {
	/** 0 (default) = random free port; the server always binds 127.0.0.1. */
	port?: number;
	/** Lifetime of issued access tokens, default 3600. Short values let tests see tokens expire. */
	tokenLifetimeSeconds?: number;
	/** Fixed added latency on /api calls (default 0). */
	latencyMs?: number;
	/** Extra random 0..jitter ms on /api calls (default 0). */
	latencyJitterMs?: number;
	/** PwPush extension on: ExecResetPass returns a PwPush link instead of the password. */
	pwPush?: boolean;
}

/** One entry per HTTP request received, in arrival order. Never holds tokens or client secrets. */
export interface SandboxRequest {
	method: string;
	/** Path exactly as sent, without the query string, e.g. '/api/ExecResetPass'. */
	path: string;
	/** For /api/* : the endpoint segment exactly as sent (URL-decoded). */
	endpoint?: string;
	/** Parsed query string (secret-bearing keys are redacted). */
	query: Record<string, string>;
	/** Parsed JSON body, or the raw string if not JSON, or undefined (client_secret is redacted). */
	body: unknown;
	contentType?: string;
	/** API client the bearer token belongs to (undefined if no token or the token was rejected). */
	clientId?: string;
	/** 1,2,3...: which issued token was presented (set even when it was rejected, e.g. expired). */
	tokenSerial?: number;
	/** Status code the sandbox answered with; 0 while pending or when the connection was dropped. */
	status: number;
	/** Date.now() when the request arrived. */
	at: number;
}

/** Injected failure on /api calls, matched in order, consumed `times` times (default Infinity). */
export interface SandboxFault {
	/** Case-insensitive match on the /api endpoint; undefined = any /api call. */
	endpoint?: string;
	/**
	 * Status to answer with, e.g. 429, 503, 500. Required unless the fault only drops or delays:
	 * a `hangMs` fault without a status answers normally after the delay.
	 */
	status?: number;
	/** object => JSON; string => text/plain. Default: the HTTP reason phrase as text/plain. */
	body?: string | object;
	headers?: Record<string, string>;
	/** Destroy the socket without answering (dropped connection), after `hangMs` if given. */
	drop?: boolean;
	/** Wait this long before answering (for client timeouts). */
	hangMs?: number;
	times?: number;
}

export type ClientName = 'editor' | 'readonly' | 'restricted' | 'noUri';

export interface ClientCredentials {
	clientId: string;
	clientSecret: string;
}
