import { NodeApiError } from 'n8n-workflow';
import type { IDataObject, INode, JsonObject } from 'n8n-workflow';

import { NETWORK_FAILURES, SSL_ERROR_CODES, TOKEN_FAILURE_PREFIX } from '../../../credentials/CippApi.credentials';
import { failureText } from './envelope';

/** What went wrong with one CIPP call, taken from whatever n8n's request helper threw. */
export interface CallFailure {
	status?: number;
	body?: unknown;
	headers: IDataObject;
	/** Node.js error code for failures without an answer: ECONNRESET, ETIMEDOUT, a TLS code, ... */
	code?: string;
	message: string;
}

export interface FailureContext {
	endpoint: string;
	/** The CIPP role permission the call needs. */
	role?: string;
	/** Where the API answered from, for messages about the URL. */
	baseUrl: string;
	timeoutMs: number;
	itemIndex?: number;
	/** Credential values that must never reach a message. */
	secrets: string[];
}

/** The smallest of CIPP's base roles that grants a permission (editor lacks settings, admin and standards). */
function roleFor(permission: string | undefined): string {
	if (permission?.startsWith('CIPP.SuperAdmin.')) return 'superadmin';
	if (/^(CIPP\.(AppSettings|Admin)\.|Tenant\.Standards\.ReadWrite)/.test(permission ?? '')) return 'admin';
	return permission?.endsWith('.Read') ? 'readonly' : 'editor';
}

/** Known CIPP and Graph messages, and what the user can do about each. */
const HINTS: Array<{ pattern: RegExp; hint: (context: FailureContext) => string }> = [
	{
		pattern: /Insufficient privileges to complete the operation/i,
		hint: () =>
			"The API client's CIPP role, or the GDAP role in the customer tenant, lacks User Administrator or Password Administrator. Check the tenant's GDAP relationship in CIPP and the API client's role.",
	},
	{
		pattern: /complexity requirements/i,
		hint: () =>
			'The tenant rejected the password CIPP generated. Change the password settings in CIPP (Settings → Passwords), for example a longer password or a passphrase.',
	},
	{
		pattern: /Resource .* does not exist/i,
		hint: () => 'Check the UPN or object ID: no such user (or object) exists in that tenant.',
	},
	{
		pattern: /directory synced|writeback/i,
		hint: () =>
			'The user is synced from on-premises Active Directory: password writeback must be on in Entra Connect, and such resets are applied asynchronously.',
	},
	{
		pattern: /Access to this tenant is not allowed/i,
		hint: () =>
			"The API client's role is limited to other tenants. Use a tenant it may manage, or add this tenant to the role in CIPP (Settings → Roles).",
	},
	{
		pattern: /does not have the required permission|endpoint is not allowed/i,
		hint: (context) =>
			`The API client's CIPP role does not allow ${context.endpoint}${context.role ? ` (it needs ${context.role})` : ''}. Give the client a role that does, such as ${roleFor(context.role)}, in CIPP → Integrations → CIPP-API.`,
	},
	{
		pattern: /not accepted on this function app/i,
		hint: () =>
			"The API URL points at one of CIPP's processor Function Apps. Use the main CIPP API address from CIPP → Integrations → CIPP-API.",
	},
];

const TIMEOUT_CODES = new Set(['ETIMEDOUT', 'ECONNABORTED', 'ESOCKETTIMEDOUT']);
const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

/** Node.js error codes that a message may carry when n8n has dropped the original error (n8n 1.x). */
const CODE_IN_TEXT = /\b(E[A-Z_]{4,}|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_[A-Z_]+|CERT_[A-Z_]+)\b/;

/**
 * Digs the HTTP answer (if any) out of a failure: the transport's own `{response}`, or what
 * n8n's request helper threw. n8n 2.x keeps the original error as `cause`; n8n 1.x drops it and
 * keeps only the status (`httpCode`), a JSON body (`context.data`) and its messages.
 */
export function readFailure(error: unknown): CallFailure {
	const outer = (error ?? {}) as IDataObject;
	const cause = (outer.cause ?? outer) as IDataObject;
	const response = (cause.response ?? outer.response) as IDataObject | undefined;
	const status = Number(response?.status ?? response?.statusCode ?? outer.httpCode) || undefined;
	const texts = [cause.message, outer.message, ...((outer.messages as unknown[] | undefined) ?? [])].map(String);
	const code = (cause.code ?? outer.code ?? texts.map((text) => CODE_IN_TEXT.exec(text)?.[1]).find(Boolean)) as string | undefined;
	return {
		status,
		body: response ? (response.data ?? response.body) : (outer.context as IDataObject | undefined)?.data,
		headers: ((response?.headers as IDataObject | undefined) ?? {}) as IDataObject,
		code,
		message: texts[0] === 'undefined' ? '' : texts[0],
	};
}

export function looksLikeHtml(body: unknown): boolean {
	return typeof body === 'string' && /^\s*</.test(body) && /<html|<!doctype/i.test(body.slice(0, 512));
}

function redact(text: string, secrets: string[]): string {
	return secrets.filter((secret) => secret.length >= 6).reduce((clean, secret) => clean.split(secret).join('***'), text);
}

function describe(failure: CallFailure, context: FailureContext): { message: string; description: string } {
	const { status, code } = failure;
	if (failure.message.startsWith(TOKEN_FAILURE_PREFIX)) {
		return {
			message: failure.message,
			description: 'Fix the CIPP API credential; its "Test" button checks the same steps.',
		};
	}
	if (code && SSL_ERROR_CODES.has(code)) {
		return {
			message: `The TLS certificate of ${context.baseUrl} is not trusted (${code})`,
			description:
				'If CIPP runs behind a self-signed or private certificate you trust, turn on "Ignore SSL Issues (Insecure)" in the CIPP API credential. Otherwise fix the certificate.',
		};
	}
	if (!status && code && (TIMEOUT_CODES.has(code) || /timeout/i.test(failure.message))) {
		return {
			message: `CIPP did not answer ${context.endpoint} within ${Math.round(context.timeoutMs / 1000)} seconds`,
			description: 'CIPP or Microsoft Graph is slow or busy. Run the item again, or raise the timeout in the node options.',
		};
	}
	if (!status && code && UNREACHABLE_CODES.has(code)) {
		return {
			message: `Could not reach CIPP at ${context.baseUrl}: ${NETWORK_FAILURES[code]}`,
			description: 'Check the API URL in the CIPP API credential and that this n8n can reach it.',
		};
	}
	if (!status) {
		return {
			message: `The connection to CIPP broke off during ${context.endpoint}: ${NETWORK_FAILURES[code ?? ''] ?? 'no answer'}`,
			description: 'The network or CIPP dropped the request. Run the item again.',
		};
	}
	if (status === 401) {
		return {
			message: 'CIPP did not accept the access token (HTTP 401)',
			description:
				'n8n fetched a new token and CIPP still refused it. In CIPP → Integrations → CIPP-API check that the API client is enabled and press "Save to Azure", and check the Application (Client) ID in the credential.',
		};
	}
	if (looksLikeHtml(failure.body)) {
		return htmlAnswer(context);
	}
	const text = failureText(failure.body);
	if (status === 404 && /endpoint not found/i.test(text)) {
		return {
			message: `CIPP does not know the endpoint ${context.endpoint} (HTTP 404 Endpoint not found)`,
			description: 'Update CIPP to a current version, or check that the API URL points at the CIPP API.',
		};
	}
	return describeCippText(text, status, context);
}

/** CIPP's own words, with the hint that matches them. Also used for failures CIPP reports with HTTP 200. */
export function describeCippText(text: string, status: number, context: FailureContext): { message: string; description: string } {
	const known = HINTS.find((entry) => entry.pattern.test(text));
	return {
		message: text ? `CIPP: ${text}` : `CIPP answered ${context.endpoint} with HTTP ${status}`,
		description: known
			? known.hint(context)
			: `CIPP answered HTTP ${status}. Check the values sent, and CIPP's logs (CIPP → Logbook) for details.`,
	};
}

/** The API URL answered with a web page: it is CIPP's web front end (or another site), not the API. */
export function htmlAnswer(context: FailureContext): { message: string; description: string } {
	return {
		message: `The API URL ${context.baseUrl} answered with a web page, not the CIPP API`,
		description:
			'It probably points at the CIPP web front end. Set "API URL" in the CIPP API credential to the API Url from CIPP → Integrations → CIPP-API (the Function App address).',
	};
}

/** A NodeApiError that carries CIPP's text and a hint, and nothing of the request (no headers, no token). */
export function cippApiError(
	node: INode,
	failure: Pick<CallFailure, 'status'> & { message: string; description: string },
	context: FailureContext,
): NodeApiError {
	const where = context.itemIndex === undefined ? '' : ` [item ${context.itemIndex}]`;
	const message = redact(failure.message, context.secrets) + where;
	const description = redact(failure.description, context.secrets);
	return new NodeApiError(node, { message, description } as JsonObject, {
		message,
		description,
		httpCode: failure.status ? String(failure.status) : undefined,
		itemIndex: context.itemIndex,
	});
}

export function toCippApiError(node: INode, error: unknown, context: FailureContext): NodeApiError {
	const failure = readFailure(error);
	return cippApiError(node, { status: failure.status, ...describe(failure, context) }, context);
}
