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
	/** Keep the request log (`sandbox.requests`), default true; benchmarks can turn it off. */
	logRequests?: boolean;
	/** Per-tenant cap on concurrent /api requests; null (default) = unlimited. */
	tenantConcurrencyLimit?: TenantConcurrencyLimit | null;
	/** Random failures on /api requests; null (default) = none. */
	chaos?: ChaosOptions | null;
	/** Extra customer tenants bench01..benchNN.onmicrosoft.com (default 0). Fixed at start. */
	syntheticTenants?: number;
	/** Cloud users user001..userMMM in each synthetic tenant (default 20). Fixed at start. */
	syntheticUsersPerTenant?: number;
}

/**
 * How an /api request can be made to fail: '429' (Retry-After, Graph's JSON error), '503' (text),
 * 'drop' (socket destroyed, no answer), 'hang' (delay, then the endpoint runs anyway) or
 * 'throttle500' (CIPP passing Graph throttling on: HTTP 500 with a `Results` text).
 */
export type InjectedKind = '429' | '503' | 'drop' | 'hang' | 'throttle500';

/**
 * More than `limit` /api requests in flight for one tenantFilter (query or body, case-insensitive)
 * -> the extra request is answered at once with `answer` and does no work.
 */
export interface TenantConcurrencyLimit {
	limit: number;
	answer: '429' | 'throttle500';
	/** Retry-After of the 429 answer, default 1 (fractions such as 0.2 allowed). */
	retryAfterSeconds?: number;
}

export interface ChaosOptions {
	/** Probability 0..1 that an /api request fails (after Easy Auth and access checks). */
	rate: number;
	/** PRNG seed (default 1): the same seed gives the same sequence of failures. */
	seed?: number;
	/** Picked uniformly; default all but 'hang'. */
	kinds?: InjectedKind[];
	/** How long 'hang' waits before the endpoint runs, default 10000. */
	hangMs?: number;
	/** Retry-After of '429' answers, default 1 (fractions such as 0.2 allowed). */
	retryAfterSeconds?: number;
}

/** Counters since start or since `resetStats()`. */
export interface SandboxStats {
	/** /api requests received. */
	requests: number;
	/** Token endpoint requests received. */
	tokenRequests: number;
	/** Passwords ExecResetPass actually changed. */
	resets: number;
	/** Failures answered by chaos and the tenant limit, by kind. */
	injected: Record<InjectedKind, number>;
	/** /api requests in flight now (live; resetStats() leaves it alone), e.g. to wait for hung ones to finish. */
	inFlight: number;
	/** Most /api requests in flight at once (arrival until the response is sent). */
	maxInFlight: number;
	/** The same per tenantFilter (lower case); requests without one are not counted here. */
	maxInFlightPerTenant: Record<string, number>;
	/** Requests whose endpoint ran after the client had closed the connection (e.g. hung, then completed). */
	completedAfterClientGone: number;
}

/** A synthetic tenant (SandboxOptions.syntheticTenants). */
export interface SyntheticTenant {
	domain: string;
	tenantId: string;
	/** userPrincipalNames, user001@<domain> first. */
	users: string[];
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
	/** For /api calls: where the request departs from CIPP's OpenAPI contract (see contract.ts). */
	contractViolations?: string[];
	/** The failure the sandbox made up for this request (chaos, tenant limit), if any. */
	injected?: InjectedKind;
	/** A sub-request of a POST /api/$batch (logged after the batch request itself). */
	inBatch?: boolean;
}

/** Injected failure on /api calls, matched in order, consumed `times` times (default Infinity). */
export interface SandboxFault {
	/** Case-insensitive match on the /api endpoint; undefined = any /api call. */
	endpoint?: string;
	/**
	 * Status to answer with, e.g. 429, 503, 500. Required unless the fault only drops or delays:
	 * a `hangMs` fault without a status answers normally after the delay (the endpoint runs even if
	 * the client has given up meanwhile, see SandboxStats.completedAfterClientGone).
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
	/** Let this many matching requests through untouched first (to fail, say, only a follow-up call). */
	after?: number;
}

export type ClientName = 'editor' | 'readonly' | 'restricted' | 'admin' | 'noUri' | 'superadmin';

export interface ClientCredentials {
	clientId: string;
	clientSecret: string;
}
