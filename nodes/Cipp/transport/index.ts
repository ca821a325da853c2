import type {
	IDataObject,
	IExecuteFunctions,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IN8nHttpFullResponse,
} from 'n8n-workflow';

import type { CippRequest } from '../actions/types';
import { cippApiError, htmlAnswer, looksLikeHtml, toCippApiError } from './errors';

export const CREDENTIAL_TYPE = 'cippApi';

/**
 * Azure's front end cuts a request off after 230 seconds; most CIPP calls answer within seconds.
 * Two minutes leaves room for slow Graph calls without letting a hung request stall a run.
 */
export const DEFAULT_TIMEOUT_MS = 120_000;

/** What every request of one execution shares, read from the credential once. */
export interface CippConnection {
	/** The API root without `/api`, e.g. https://cippabcde.azurewebsites.net */
	baseUrl: string;
	skipSslCertificateValidation: boolean;
	/** Values that must never appear in a message. */
	secrets: string[];
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
	};
}

export interface CallOptions {
	itemIndex?: number;
	role?: string;
	timeoutMs?: number;
}

/**
 * The one place that talks to CIPP. n8n's helper adds the bearer token, fetches a new one when
 * CIPP answers 401, and applies the credential's TLS choice; every failure leaves here as a
 * NodeApiError that says what happened and what to do.
 */
export async function cippApiRequest(
	this: CippContext,
	connection: CippConnection,
	request: CippRequest,
	{ itemIndex, role, timeoutMs = DEFAULT_TIMEOUT_MS }: CallOptions = {},
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
	const context = {
		endpoint: request.endpoint,
		role,
		baseUrl: connection.baseUrl,
		timeoutMs,
		itemIndex,
		secrets: connection.secrets,
	};
	let response: IN8nHttpFullResponse;
	try {
		response = (await this.helpers.httpRequestWithAuthentication.call(
			this,
			CREDENTIAL_TYPE,
			options,
		)) as IN8nHttpFullResponse;
	} catch (error) {
		throw toCippApiError(this.getNode(), error, context);
	}
	const contentType = String((response.headers as IDataObject)?.['content-type'] ?? '');
	if (looksLikeHtml(response.body) || contentType.includes('text/html')) {
		throw cippApiError(this.getNode(), { status: response.statusCode, ...htmlAnswer(context) }, context);
	}
	return response.body;
}
