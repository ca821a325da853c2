import type {
	ICredentialsDecrypted,
	INode,
	NodeApiError,
	IDataObject,
	IExecuteFunctions,
	IHookFunctions,
	IPollFunctions,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IN8nHttpFullResponse,
} from 'n8n-workflow';

import type { CippRequest } from './types';
import { outcomeOf, type Outcome } from '../helpers/outcome';
import { failureText } from './envelope';
import { cippApiError, describeCippText, htmlAnswer, looksLikeHtml, readFailure, toCippApiError } from './errors';
import type { FailureContext } from './errors';
import { answerOutcome, BatchSender } from './batch';
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
 * What every request of one execution shares: the credential, decrypted once, and the state of
 * the access token, so that many requests in flight renew an expired token once.
 */
export interface CippConnection {
	/**
	 * Handed to n8n with every request, so n8n does not load and decrypt the credential per request.
	 * n8n writes a renewed token into it (and saves it with the credential), so every request of
	 * the run sees the new token at once.
	 */
	credential: ICredentialsDecrypted;
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
	/** Set when the run batches requests that are ready together (the Batch Requests option). */
	batch?: BatchSender;
}

type CippContext = IExecuteFunctions | ILoadOptionsFunctions | IPollFunctions | IHookFunctions;

/** Accepts the API URL with or without a trailing `/`, `/api` or `/api/`. */
export function normalizeApiUrl(apiUrl: string): string {
	return apiUrl
		.trim()
		.replace(/\/+$/, '')
		.replace(/\/api$/i, '');
}

export async function getConnection(this: CippContext): Promise<CippConnection> {
	const credentials = await this.getCredentials(CREDENTIAL_TYPE);
	const details = this.getNode().credentials?.[CREDENTIAL_TYPE];
	return {
		credential: { id: details?.id ?? '', name: details?.name ?? '', type: CREDENTIAL_TYPE, data: credentials },
		baseUrl: normalizeApiUrl(String(credentials.apiUrl ?? '')),
		skipSslCertificateValidation: credentials.ignoreSSLIssues === true,
		secrets: [credentials.apiKey, credentials.accessToken].filter((value): value is string => typeof value === 'string' && value !== ''),
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
 * Sends one request with the stored token, and hands every HTTP answer back as it is (n8n's
 * errors lose CIPP's text and headers on n8n 1.x), so failures read the same on every version.
 *
 * When no token is stored yet, the first request fetches it (n8n's preAuthentication) while the
 * others wait. When CIPP answers 401, only one request lets n8n see the 401 as an error, which
 * makes n8n renew the token (n8n 1.x and 2.x alike); the others wait for that and go again, so
 * an expired token is fetched once, not once per request in flight.
 */
async function sendWithToken(
	this: CippContext,
	connection: CippConnection,
	options: IHttpRequestOptions,
): Promise<Outcome<IN8nHttpFullResponse>> {
	const send = async () => {
		const sent = await outcomeOf(
			this.helpers.httpRequestWithAuthentication.call(
				this,
				CREDENTIAL_TYPE,
				{ ...options, ignoreHttpStatusErrors: true },
				{ credentialsDecrypted: connection.credential, preAuthenticationRetryStatusCode: [] },
			) as Promise<IN8nHttpFullResponse>,
		);
		return sent.ok ? answerOutcome(sent.value) : sent;
	};
	// Renewing needs n8n to see the 401 as an error; its answer then comes back as n8n's error.
	const renewing = async () =>
		await outcomeOf(
			this.helpers.httpRequestWithAuthentication.call(this, CREDENTIAL_TYPE, options, {
				credentialsDecrypted: connection.credential,
				preAuthenticationRetryStatusCode: 401,
			}) as Promise<IN8nHttpFullResponse>,
		);
	const shareWhileRunning = async (attempt: Promise<Outcome<IN8nHttpFullResponse>>) => {
		connection.renewal = attempt.then((outcome) => {
			connection.tokenGeneration++;
			connection.renewal = undefined;
			return outcome;
		});
		return await connection.renewal;
	};

	if (connection.renewal) await connection.renewal;
	let generation = connection.tokenGeneration;
	let outcome: Outcome<IN8nHttpFullResponse>;
	if (connection.needsToken) {
		connection.needsToken = false;
		outcome = await shareWhileRunning(send());
		generation = connection.tokenGeneration;
	} else {
		outcome = await send();
	}
	if (outcome.ok || readFailure(outcome.error).status !== 401) return outcome;
	if (connection.renewal) await connection.renewal;
	else if (connection.tokenGeneration === generation) return await shareWhileRunning(renewing());
	return await send();
}

function failureContext(
	connection: CippConnection,
	endpoint: string,
	{ itemIndex, role, timeoutMs = DEFAULT_TIMEOUT_MS }: CallOptions,
): FailureContext {
	return { endpoint, role, baseUrl: connection.baseUrl, timeoutMs, itemIndex, secrets: connection.secrets };
}

/** A failure CIPP reported with HTTP 200, as the same kind of error (CIPP's text and a hint) as any other. */
export function reportedFailure(
	node: INode,
	connection: CippConnection,
	endpoint: string,
	call: CallOptions,
	cippText: string,
): NodeApiError {
	const context = failureContext(connection, endpoint, call);
	return cippApiError(node, { status: 200, ...describeCippText(cippText, 200, context) }, context);
}

function httpOptions(connection: CippConnection, request: CippRequest, timeoutMs: number): IHttpRequestOptions {
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
	return options;
}

/** From now on, requests of this run that are ready together go to CIPP as one `$batch` call. */
export function enableBatching(this: IExecuteFunctions, connection: CippConnection): void {
	connection.batch = new BatchSender(
		async (request, timeoutMs) => await sendWithToken.call(this, connection, httpOptions(connection, request, timeoutMs)),
	);
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
	const attempt = async () =>
		connection.batch
			? await connection.batch.send(request, timeoutMs)
			: await sendWithToken.call(this, connection, httpOptions(connection, request, timeoutMs));
	const context = failureContext(connection, request.endpoint, { itemIndex, role, timeoutMs });
	const outcome = await withRetries(attempt, retry, (error) => {
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
