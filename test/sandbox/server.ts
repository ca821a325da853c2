/**
 * CippSandbox: a local HTTPS server that behaves like a CIPP deployment (Azure Functions behind
 * App Service Easy Auth) plus the Entra ID token endpoint its API clients use.
 *
 * Request pipeline for /api/*: latency knobs -> Easy Auth (401) -> endpoint lookup (404)
 * -> CIPP access check (403) -> injected faults -> the endpoint (500 on unhandled exceptions).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { STATUS_CODES } from 'node:http';
import { createServer } from 'node:https';
import type { Server } from 'node:https';
import type { Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { accessDenial } from './access';
import { createCertificate } from './certificate';
import { handleTokenRequest, TokenStore } from './entra';
import { findEndpoint } from './endpoints';
import type { EndpointContext } from './endpoints';
import { PARTNER_TENANT_ID, createState, findUser, fixtures } from './fixtures';
import type { ApiClient, SandboxUser } from './fixtures';
import { frontendPage } from './frontend';
import type { HttpResult } from './http';
import { getIgnoreCase, omit, parseJsonOrText, readBody, redactSecrets, searchParamsToRecord, sendResult } from './http';
import type { ClientCredentials, ClientName, SandboxFault, SandboxOptions, SandboxRequest } from './types';

const EASY_AUTH_401 = 'You do not have permission to view this directory or page.';
const TOKEN_PATH = /^\/([^/]+)\/oauth2\/v2\.0\/token\/?$/i;
const API_PATH = /^\/api(?:\/(.*))?$/i;

type Knobs = Required<Omit<SandboxOptions, 'port'>>;

interface ActiveFault extends SandboxFault {
	remaining: number;
}

export class CippSandbox {
	readonly url: string;
	readonly certificatePem: string;
	readonly tenantId = PARTNER_TENANT_ID;
	readonly clientId: string;
	readonly clientSecret: string;
	readonly clients: Record<ClientName, ClientCredentials>;
	readonly requests: SandboxRequest[] = [];

	private knobs: Knobs;
	private readonly state = createState();
	private readonly tokens = new TokenStore();
	private readonly apiClients: ApiClient[] = Object.values(fixtures.clients);
	private faults: ActiveFault[] = [];
	private passwordChanges = 0;
	private readonly timers = new Set<NodeJS.Timeout>();
	private stopped = false;

	private constructor(
		private readonly server: Server,
		/** Open connections, destroyed on stop(). */
		private readonly sockets: Set<Socket>,
		port: number,
		certificatePem: string,
		options: SandboxOptions,
	) {
		this.url = `https://127.0.0.1:${port}`;
		this.certificatePem = certificatePem;
		this.knobs = {
			tokenLifetimeSeconds: options.tokenLifetimeSeconds ?? 3600,
			latencyMs: options.latencyMs ?? 0,
			latencyJitterMs: options.latencyJitterMs ?? 0,
			pwPush: options.pwPush ?? false,
		};
		const credentials = (c: ApiClient): ClientCredentials => ({ clientId: c.clientId, clientSecret: c.clientSecret });
		this.clients = {
			editor: credentials(fixtures.clients.editor),
			readonly: credentials(fixtures.clients.readonly),
			restricted: credentials(fixtures.clients.restricted),
			noUri: credentials(fixtures.clients.noUri),
		};
		this.clientId = this.clients.editor.clientId;
		this.clientSecret = this.clients.editor.clientSecret;
		server.on('request', (req: IncomingMessage, res: ServerResponse) => void this.handle(req, res));
	}

	static async start(options: SandboxOptions = {}): Promise<CippSandbox> {
		const { cert, key } = await createCertificate();
		const server = createServer({ cert, key });
		const sockets = new Set<Socket>();
		server.on('connection', (socket: Socket) => {
			sockets.add(socket);
			socket.on('close', () => sockets.delete(socket));
		});
		await new Promise<void>((resolve, reject) => {
			server.once('error', reject);
			server.listen(options.port ?? 0, '127.0.0.1', () => {
				server.off('error', reject);
				resolve();
			});
		});
		const { port } = server.address() as AddressInfo;
		return new CippSandbox(server, sockets, port, cert, options);
	}

	tokenUrl(tenantId?: string): string {
		return `${this.url}/${tenantId ?? this.tenantId}/oauth2/v2.0/token`;
	}

	clearLog(): void {
		this.requests.length = 0;
	}

	/** Changes knobs at run time (the port cannot change). */
	configure(options: Partial<SandboxOptions>): void {
		const defined = Object.entries(omit(options, 'port')).filter(([, value]) => value !== undefined);
		this.knobs = { ...this.knobs, ...Object.fromEntries(defined) };
	}

	injectFault(fault: SandboxFault): void {
		const times = fault.times ?? Infinity;
		if (times > 0) this.faults.push({ ...fault, remaining: times });
	}

	clearFaults(): void {
		this.faults = [];
	}

	/** Expires every token issued so far, as if their lifetime had run out (new tokens are unaffected). */
	expireTokens(): void {
		this.tokens.expireAll();
	}

	resetCount(): number {
		return this.passwordChanges;
	}

	/** The live (mutable) user record, e.g. to check the password ExecResetPass set. */
	findUser(tenant: string, upnOrId: string): SandboxUser | undefined {
		return findUser(tenant, upnOrId, this.state);
	}

	async stop(): Promise<void> {
		if (this.stopped) return;
		this.stopped = true;
		for (const timer of this.timers) clearTimeout(timer);
		this.timers.clear();
		const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
		for (const socket of this.sockets) socket.destroy();
		await closed;
	}

	// -------------------------------------------------------------------------------------------
	// Request handling
	// -------------------------------------------------------------------------------------------

	private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
		const rawUrl = req.url ?? '/';
		const url = new URL(rawUrl, 'https://127.0.0.1');
		const entry: SandboxRequest = {
			method: req.method ?? 'GET',
			path: rawUrl.split('?')[0],
			query: redactSecrets(searchParamsToRecord(url.searchParams)),
			body: undefined,
			contentType: req.headers['content-type'],
			status: 0,
			at: Date.now(),
		};
		this.requests.push(entry);
		try {
			const rawBody = await readBody(req);
			const body = parseJsonOrText(rawBody);
			entry.body = redactSecrets(body);

			const tokenPath = TOKEN_PATH.exec(url.pathname);
			const apiPath = API_PATH.exec(url.pathname);
			if (tokenPath) {
				this.respond(res, entry, handleTokenRequest(
					{
						method: entry.method,
						tenantSegment: decodeURIComponent(tokenPath[1]),
						contentType: entry.contentType,
						authorization: req.headers.authorization,
						rawBody,
					},
					{ state: this.state, clients: this.apiClients, tokens: this.tokens, lifetimeSeconds: this.knobs.tokenLifetimeSeconds },
				));
			} else if (apiPath) {
				entry.endpoint = decodeURIComponent(apiPath[1] ?? '');
				await this.handleApi(req, res, entry, url, body);
			} else {
				this.respond(res, entry, frontendPage());
			}
		} catch (error) {
			this.respond(res, entry, { status: 500, body: error instanceof Error ? error.message : String(error) });
		}
	}

	private async handleApi(
		req: IncomingMessage,
		res: ServerResponse,
		entry: SandboxRequest,
		url: URL,
		body: unknown,
	): Promise<void> {
		const endpointName = entry.endpoint ?? '';
		await this.delay(this.knobs.latencyMs + Math.random() * this.knobs.latencyJitterMs);

		const client = this.authenticate(req.headers.authorization, entry);
		if (!client) {
			this.respond(res, entry, {
				status: 401,
				body: EASY_AUTH_401,
				headers: { 'WWW-Authenticate': `Bearer realm="${req.headers.host ?? '127.0.0.1'}"` },
			});
			return;
		}

		const endpoint = findEndpoint(endpointName);
		if (!endpoint) {
			this.respond(res, entry, { status: 404, body: 'Endpoint not found' });
			return;
		}

		const query = searchParamsToRecord(url.searchParams);
		if (endpoint.role) {
			const denial = accessDenial({
				client, endpointRole: endpoint.role, anyTenant: endpoint.anyTenant ?? false, query, body, state: this.state,
			});
			if (denial) {
				this.respond(res, entry, { status: 403, body: denial });
				return;
			}
		}

		if (await this.applyFault(endpointName, req, res, entry)) return;

		const ctx: EndpointContext = {
			state: this.state,
			client,
			pwPush: this.knobs.pwPush,
			fromQuery: (name) => getIgnoreCase(query, name) as string | undefined,
			fromQueryOrBody: (name) => getIgnoreCase(query, name) ?? getIgnoreCase(body, name),
			countPasswordChange: () => {
				this.passwordChanges += 1;
			},
		};
		let result: HttpResult;
		try {
			result = endpoint.handle(ctx);
		} catch (error) {
			result = { status: 500, body: error instanceof Error ? error.message : String(error) };
		}
		this.respond(res, entry, result);
	}

	/** Easy Auth: a known, unexpired bearer token for an accepted audience. Logs serial and client. */
	private authenticate(authorization: string | undefined, entry: SandboxRequest): ApiClient | undefined {
		const match = /^bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
		const token = match ? this.tokens.lookup(match[1]) : undefined;
		if (!token) return undefined;
		entry.tokenSerial = token.serial;
		const audienceAccepted = this.apiClients.some((c) => c.hasIdentifierUri && token.audience === `api://${c.clientId}`);
		if (token.expiresAt <= Date.now() || !audienceAccepted) return undefined;
		const client = this.apiClients.find((c) => c.clientId === token.clientId);
		entry.clientId = client?.clientId;
		return client;
	}

	/** Applies the first matching injected fault. Returns true if the request was answered (or dropped). */
	private async applyFault(endpointName: string, req: IncomingMessage, res: ServerResponse, entry: SandboxRequest): Promise<boolean> {
		const index = this.faults.findIndex(
			(f) => f.endpoint === undefined || f.endpoint.toLowerCase() === endpointName.toLowerCase(),
		);
		if (index < 0) return false;
		const fault = this.faults[index];
		fault.remaining -= 1;
		if (fault.remaining <= 0) this.faults.splice(index, 1);

		if (fault.hangMs) await this.delay(fault.hangMs);
		if (this.stopped || res.destroyed) return true;
		if (fault.drop) {
			req.socket.destroy();
			return true;
		}
		if (fault.status === undefined) return false;
		const body = fault.body ?? STATUS_CODES[fault.status] ?? '';
		this.respond(res, entry, { status: fault.status, body, headers: fault.headers });
		return true;
	}

	private respond(res: ServerResponse, entry: SandboxRequest, result: HttpResult): void {
		if (this.stopped) return;
		entry.status = result.status;
		sendResult(res, result);
	}

	private delay(ms: number): Promise<void> {
		if (ms <= 0) return Promise.resolve();
		return new Promise((resolve) => {
			const timer = setTimeout(() => {
				this.timers.delete(timer);
				resolve();
			}, ms);
			this.timers.add(timer);
		});
	}
}
