import type {
	IDataObject,
	IExecuteFunctions,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IN8nHttpFullResponse,
} from 'n8n-workflow';

import type { CippRequest } from '../actions/types';
import { outcomeOf, type Outcome } from '../helpers/outcome';
import { failureText } from '../helpers/results';
import { cippApiError, htmlAnswer, looksLikeHtml, readFailure, toCippApiError } from './errors';
import type { FailureContext } from './errors';
import { isTransient, retryAfterMs, withRetries } from './retry';
import type { RetryPolicy } from './retry';

export const CREDENTIAL_TYPE = 'cippApi';

/**
 * Azure's front end cuts a request off after 230 seconds; most CIPP calls answer within seconds.
 * Two minutes leaves room for slow Graph calls without letting a hung request stall a run.
 */
export const DEFAULT_TIMEOUT_MS = 120_000;

/** Searches in the editor try once: a person is waiting. */
const SINGLE_TRY: RetryPolicy = { maxAttempts: 1, maxRetryTimeMs: 0 };

/**
 * What every request of one execution shares: the credential's settings, read once, and the
 * state of the access token, so that many requests in flight renew an expired token once.
 */
export interface CippConnection {
	/** The API root without `/api`, e.g. https://cippabcde.azurewebsites.net */
	baseUrl: string;
	skipSslCertificateValidation: boolean;
	/** Values that must never appear in a message. */
	secrets: string[];
	/** No token is stored yet: the first request fetches it while the others wait. */
	needsToken: boolean;
	/** Counts renewals, so a request that met a 401 can tell whether the token changed since it was sent. */
	tokenGeneration: number;
	/** The request that is renewing the token right now. */
	renewal?: Promise<Outcome<IN8nHttpFullResponse>>;
}

type CippContext = IExecuteFunctions | ILoadOptionsFunctions;

/** Accepts the API URL with or without a trailing `/`, `/api` or `/api/`. */
export function normalizeApiUrl(apiUrl: string): string {
	return apiUrl.trim().replace(/\/+$/, '').replace(/\/api$/i, '');
}

export async function getConnection(this: CippContext): Promise<CippConnection> {
	const credentials = await this.getCredentials(CREDENTIAL_TYPE);
	return {
		baseUrl: normalizeApiUrl(String(credentials.apiUrl ?? '')),
		skipSslCertificateValidation: credentials.ignoreSSLIssues === true,
		secrets: [credentials.apiKey, credentials.accessToken].filter(
			(value): value is string => typeof value === 'string' && value !== '',
		),
		needsToken: !credentials.accessToken,
		tokenGeneration: 0,
	};
}

export interface CallOptions {
	itemIndex?: number;
	role?: string;
	timeoutMs?: number;
	retry?: RetryPolicy;
}

/**
 * Sends one request with the stored token. n8n renews the token itself only on the request
 * that is allowed to (`preAuthenticationRetryStatusCode: 401`); every other request that meets a
 * 401 waits for that renewal and goes again, so an expired token is fetched once, not once per
 * request in flight. (n8n 1.x always renews on 401, which is correct, only less frugal.)
 */
async function sendWithToken(
	this: CippContext,
	connection: CippConnection,
	options: IHttpRequestOptions,
): Promise<Outcome<IN8nHttpFullResponse>> {
	const send = async (renewOn401: boolean) =>
		await outcomeOf(
			this.helpers.httpRequestWithAuthentication.call(this, CREDENTIAL_TYPE, options, {
				preAuthenticationRetryStatusCode: renewOn401 ? 401 : [],
			}) as Promise<IN8nHttpFullResponse>,
		);
	const renew = async () => {
		const renewal = send(true).then((outcome) => {
			connection.tokenGeneration++;
			connection.renewal = undefined;
			return outcome;
		});
		connection.renewal = renewal;
		return await renewal;
	};

	if (connection.renewal) await connection.renewal;
	if (connection.needsToken) {
		connection.needsToken = false;
		return await renew();
	}
	const generation = connection.tokenGeneration;
	const outcome = await send(false);
	if (outcome.ok || readFailure(outcome.error).status !== 401) return outcome;
	if (connection.renewal) await connection.renewal;
	else if (connection.tokenGeneration === generation) return await renew();
	return await send(false);
}

/**
 * The one place that talks to CIPP. n8n's helper adds the bearer token and applies the
 * credential's TLS choice; transient failures are retried per the policy; every failure leaves
 * here as a NodeApiError that says what happened and what to do.
 */
export async function cippApiRequest(
	this: CippContext,
	connection: CippConnection,
	request: CippRequest,
	{ itemIndex, role, timeoutMs = DEFAULT_TIMEOUT_MS, retry = SINGLE_TRY }: CallOptions = {},
): Promise<unknown> {
	const options: IHttpRequestOptions = {
		method: request.method,
		url: `${connection.baseUrl}/api/${request.endpoint}`,
		qs: request.qs,
		json: true,
		returnFullResponse: true,
		timeout: timeoutMs,
		skipSslCertificateValidation: connection.skipSslCertificateValidation,
	};
	if (request.body) options.body = request.body;
	const context: FailureContext = {
		endpoint: request.endpoint,
		role,
		baseUrl: connection.baseUrl,
		timeoutMs,
		itemIndex,
		secrets: connection.secrets,
	};
	const outcome = await withRetries(() => sendWithToken.call(this, connection, options), retry, (error) => {
		const failure = readFailure(error);
		return { transient: isTransient(failure, failureText(failure.body)), waitMs: retryAfterMs(failure.headers) };
	});
	if (!outcome.ok) throw toCippApiError(this.getNode(), outcome.error, context);
	const response = outcome.value;
	const contentType = String((response.headers as IDataObject)?.['content-type'] ?? '');
	if (looksLikeHtml(response.body) || contentType.includes('text/html')) {
		throw cippApiError(this.getNode(), { status: response.statusCode, ...htmlAnswer(context) }, context);
	}
	return response.body;
}
