/**
 * Entra ID (login.microsoftonline.com) as far as CIPP API clients need it: the v2.0 token endpoint
 * for the client-credentials grant, Entra-style errors, and the store of issued access tokens.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { HttpResult } from './http';
import type { ApiClient, SandboxState, SandboxTenant } from './fixtures';
import { findTenant } from './fixtures';

// ---------------------------------------------------------------------------------------------
// Issued tokens
// ---------------------------------------------------------------------------------------------

export interface IssuedToken {
	clientId: string;
	serial: number;
	expiresAt: number;
	/** The resource the token was issued for, e.g. 'api://<clientId>' or 'https://graph.microsoft.com'. */
	audience: string;
}

export class TokenStore {
	private readonly tokens = new Map<string, IssuedToken>();
	private serial = 0;

	issue(clientId: string, audience: string, lifetimeSeconds: number): string {
		const token = randomBytes(72).toString('base64url');
		this.serial += 1;
		this.tokens.set(token, { clientId, audience, serial: this.serial, expiresAt: Date.now() + lifetimeSeconds * 1000 });
		return token;
	}

	lookup(token: string): IssuedToken | undefined {
		return this.tokens.get(token);
	}

	/** Every token issued so far counts as expired from now on. */
	expireAll(): void {
		const now = Date.now();
		for (const token of this.tokens.values()) token.expiresAt = Math.min(token.expiresAt, now);
	}
}

// ---------------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------------

export interface EntraError {
	status: number;
	error: string;
	code: number;
	/** Description without the trailing trace/correlation/timestamp details. */
	message: string;
}

function entraError(status: number, error: string, code: number, text: string): EntraError {
	return { status, error, code, message: `AADSTS${code}: ${text}` };
}

/** Trace id, correlation id and timestamp, which Entra appends to every error_description. */
function traceDetails() {
	const traceId = randomUUID();
	const correlationId = randomUUID();
	const timestamp = `${new Date().toISOString().slice(0, 19).replace('T', ' ')}Z`;
	return { traceId, correlationId, timestamp, text: ` Trace ID: ${traceId} Correlation ID: ${correlationId} Timestamp: ${timestamp}` };
}

/** The full error_description Entra sends for `err`. */
export function entraErrorDescription(err: EntraError): string {
	return err.message + traceDetails().text;
}

function entraErrorResponse(err: EntraError): HttpResult {
	const trace = traceDetails();
	return {
		status: err.status,
		headers: { 'Cache-Control': 'no-store, no-cache', Pragma: 'no-cache' },
		body: {
			error: err.error,
			error_description: err.message + trace.text,
			error_codes: [err.code],
			timestamp: trace.timestamp,
			trace_id: trace.traceId,
			correlation_id: trace.correlationId,
			error_uri: `https://login.microsoftonline.com/error?code=${err.code}`,
		},
	};
}

const missingParameter = (name: string) =>
	entraError(400, 'invalid_request', 900144, `The request body must contain the following parameter: '${name}'.`);

/** Resolves the tenant segment of an Entra URL (tenant GUID or any verified domain). */
export function resolveEntraTenant(tenantSegment: string, state: SandboxState): { tenant: SandboxTenant } | { error: EntraError } {
	const tenant = findTenant(tenantSegment, state);
	if (tenant) return { tenant };
	const isGuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(tenantSegment);
	if (!isGuid && !/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(tenantSegment)) {
		return {
			error: entraError(
				400,
				'invalid_request',
				900023,
				`Specified tenant identifier '${tenantSegment}' is neither a valid DNS name, nor a valid external domain.`,
			),
		};
	}
	return {
		error: entraError(
			400,
			'invalid_request',
			90002,
			`Tenant '${tenantSegment}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud. Check with your subscription administrator, this may happen if there are no active subscriptions for the tenant.`,
		),
	};
}

// ---------------------------------------------------------------------------------------------
// Token endpoint
// ---------------------------------------------------------------------------------------------

/** Microsoft first-party resources: Entra issues tokens for them, but CIPP's Easy Auth rejects them. */
const FIRST_PARTY_RESOURCES = new Map([
	['https://graph.microsoft.com', 'https://graph.microsoft.com'],
	['00000003-0000-0000-c000-000000000000', 'https://graph.microsoft.com'],
	['https://management.azure.com', 'https://management.azure.com'],
]);

export interface TokenRequest {
	method: string;
	tenantSegment: string;
	contentType?: string;
	authorization?: string;
	rawBody: string;
}

export interface TokenEndpointContext {
	state: SandboxState;
	clients: ApiClient[];
	tokens: TokenStore;
	lifetimeSeconds: number;
}

/** Form fields of a token request. Like Entra, only form-encoded bodies are read (JSON is not). */
function readTokenForm(request: TokenRequest): URLSearchParams {
	const isForm = (request.contentType ?? '').toLowerCase().includes('application/x-www-form-urlencoded');
	const form = new URLSearchParams(isForm ? request.rawBody : '');
	// client_secret_basic: Authorization: Basic base64(urlencode(client_id):urlencode(client_secret))
	const basic = /^basic\s+(.+)$/i.exec(request.authorization ?? '');
	if (basic) {
		const [id, ...secret] = Buffer.from(basic[1], 'base64').toString('utf8').split(':');
		if (!form.has('client_id')) form.set('client_id', decodeURIComponent(id));
		if (!form.has('client_secret')) form.set('client_secret', decodeURIComponent(secret.join(':')));
	}
	return form;
}

export function handleTokenRequest(request: TokenRequest, ctx: TokenEndpointContext): HttpResult {
	const result = issueToken(request, ctx);
	if ('error' in result) return entraErrorResponse(result);
	return {
		status: 200,
		headers: { 'Cache-Control': 'no-store, no-cache', Pragma: 'no-cache' },
		body: {
			token_type: 'Bearer',
			expires_in: ctx.lifetimeSeconds,
			ext_expires_in: ctx.lifetimeSeconds,
			access_token: result.accessToken,
		},
	};
}

function issueToken(request: TokenRequest, ctx: TokenEndpointContext): EntraError | { accessToken: string } {
	if (request.method !== 'POST') {
		return entraError(
			400,
			'invalid_request',
			900561,
			`The endpoint only accepts POST, OPTIONS requests. Received a ${request.method} request.`,
		);
	}
	const resolved = resolveEntraTenant(request.tenantSegment, ctx.state);
	if ('error' in resolved) return resolved.error;
	const { tenant } = resolved;

	const form = readTokenForm(request);
	const grantType = form.get('grant_type');
	if (!grantType) return missingParameter('grant_type');
	if (grantType !== 'client_credentials') {
		return entraError(400, 'unsupported_grant_type', 70003, `The app requested an unsupported grant type '${grantType}'.`);
	}

	const clientId = form.get('client_id');
	if (!clientId) return missingParameter('client_id');
	// The CIPP API clients are single-tenant app registrations in the partner tenant.
	const client = tenant.isPartner ? ctx.clients.find((c) => c.clientId === clientId.toLowerCase()) : undefined;
	if (!client) {
		return entraError(
			400,
			'unauthorized_client',
			700016,
			`Application with identifier '${clientId}' was not found in the directory '${tenant.displayName}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.`,
		);
	}

	const secret = form.get('client_secret');
	if (!secret) {
		return entraError(
			401,
			'invalid_client',
			7000218,
			"The request body must contain the following parameter: 'client_assertion' or 'client_secret'.",
		);
	}
	if (secret !== client.clientSecret) {
		return entraError(
			401,
			'invalid_client',
			7000215,
			`Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${client.clientId}'.`,
		);
	}

	const scope = form.get('scope');
	if (!scope) return missingParameter('scope');
	if (!scope.toLowerCase().endsWith('/.default')) {
		return entraError(
			400,
			'invalid_scope',
			1002012,
			`The provided value for scope ${scope} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).`,
		);
	}
	const resource = scope.slice(0, -'/.default'.length);
	const audience = resolveResource(resource, ctx.clients);
	if (!audience) {
		return entraError(
			400,
			'invalid_resource',
			500011,
			`The resource principal named ${resource} was not found in the tenant named ${tenant.displayName}. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You might have sent your authentication request to the wrong tenant.`,
		);
	}
	return { accessToken: ctx.tokens.issue(client.clientId, audience, ctx.lifetimeSeconds) };
}

/** The audience a token for `resource` gets, or undefined if no such resource exists in the tenant. */
function resolveResource(resource: string, clients: ApiClient[]): string | undefined {
	const lower = resource.toLowerCase();
	const firstParty = FIRST_PARTY_RESOURCES.get(lower.replace(/\/$/, ''));
	if (firstParty) return firstParty;
	const api = clients.find((c) => c.hasIdentifierUri && `api://${c.clientId}` === lower);
	return api ? `api://${api.clientId}` : undefined;
}
