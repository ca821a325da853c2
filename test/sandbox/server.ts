/**
 * CippSandbox: a local HTTPS server that behaves like a CIPP deployment (Azure Functions behind
 * App Service Easy Auth) plus the Entra ID token endpoint its API clients use.
 *
 * Request pipeline for /api/*: tenant concurrency limit -> latency knobs -> Easy Auth (401)
 * -> endpoint lookup (404) -> CIPP access check (403) -> injected faults -> chaos
 * -> the endpoint (500 on unhandled exceptions).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { STATUS_CODES } from 'node:http';
import { createServer } from 'node:https';
import type { Server } from 'node:https';
import type { Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { accessDenial } from './access';
import { contractViolations } from './contract';
import { createCertificate } from './certificate';
import { Chaos } from './chaos';
import { CONTROL_PATH, controlAnswer } from './control';
import { fire } from './alerts/producers';
import type { FireRequest } from './alerts/producers';
import type { Sent } from './alerts/sender';
import { notificationConfig } from './alerts/config';
import type { NotificationState } from './alerts/config';
import { handleTokenRequest, TokenStore } from './entra';
import { findEndpoint } from './endpoints';
import type { Endpoint, EndpointContext } from './endpoints';
import { BATCH_ENDPOINT, BATCH_PARALLEL, batchAnswer, readBatch, subResponse } from './batch';
import type { SubRequest, SubResponse } from './batch';
import { adminState, logAction } from './endpoints/catalogue/administration/state';
import { PARTNER_TENANT_ID, createState, findTenant, findUser, fixtures } from './fixtures';
import { psString } from './powershell';
import type { ApiClient, SandboxUser } from './fixtures';
import { frontendPage } from './frontend';
import type { HttpResult } from './http';
import { getIgnoreCase, omit, parseJsonOrText, readBody, redactSecrets, searchParamsToRecord, sendResult } from './http';
import { overloadAnswer } from './overload';
import type { OverloadKind, OverloadRequest } from './overload';
import { StatsRecorder } from './stats';
import { addSyntheticTenants } from './synthetic';
import type {
	ClientCredentials,
	ClientName,
	InjectedKind,
	SandboxFault,
	SandboxOptions,
	SandboxRequest,
	SandboxStats,
	SyntheticTenant,
} from './types';

const EASY_AUTH_401 = 'You do not have permission to view this directory or page.';
const TOKEN_PATH = /^\/([^/]+)\/oauth2\/v2\.0\/token\/?$/i;
const API_PATH = /^\/api(?:\/(.*))?$/i;

/** Options that only apply at start (configure() ignores them). */
const START_ONLY = ['port', 'syntheticTenants', 'syntheticUsersPerTenant'] as const;
type Knobs = Required<Omit<SandboxOptions, (typeof START_ONLY)[number]>>;

interface ActiveFault extends SandboxFault {
	remaining: number;
	passes: number;
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
	private chaos: Chaos | undefined;
	private readonly statsRecorder = new StatsRecorder();
	private readonly synthetic: SyntheticTenant[];
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
			logRequests: options.logRequests ?? true,
			tenantConcurrencyLimit: options.tenantConcurrencyLimit ?? null,
			chaos: options.chaos ?? null,
		};
		this.chaos = options.chaos ? new Chaos(options.chaos) : undefined;
		this.synthetic = addSyntheticTenants(this.state, options.syntheticTenants ?? 0, options.syntheticUsersPerTenant ?? 20);
		const credentials = (c: ApiClient): ClientCredentials => ({ clientId: c.clientId, clientSecret: c.clientSecret });
		this.clients = {
			editor: credentials(fixtures.clients.editor),
			readonly: credentials(fixtures.clients.readonly),
			restricted: credentials(fixtures.clients.restricted),
			admin: credentials(fixtures.clients.admin),
			noUri: credentials(fixtures.clients.noUri),
			superadmin: credentials(fixtures.clients.superadmin),
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

	/**
	 * Changes knobs at run time (not the port or the synthetic tenants); undefined leaves a knob as it
	 * is, except that `chaos` and `tenantConcurrencyLimit` given as null or undefined turn them off.
	 * Passing `chaos` restarts its PRNG.
	 */
	configure(options: Partial<SandboxOptions>): void {
		const defined = Object.entries(omit(options, ...START_ONLY)).filter(([, value]) => value !== undefined);
		this.knobs = { ...this.knobs, ...Object.fromEntries(defined) };
		if ('tenantConcurrencyLimit' in options) this.knobs.tenantConcurrencyLimit = options.tenantConcurrencyLimit ?? null;
		if ('chaos' in options) {
			this.knobs.chaos = options.chaos ?? null;
			this.chaos = options.chaos ? new Chaos(options.chaos) : undefined;
		}
	}

	injectFault(fault: SandboxFault): void {
		const times = fault.times ?? Infinity;
		if (times > 0) this.faults.push({ ...fault, remaining: times, passes: fault.after ?? 0 });
	}

	clearFaults(): void {
		this.faults = [];
	}

	/** Expires every token issued so far, as if their lifetime had run out (new tokens are unaffected). */
	expireTokens(): void {
		this.tokens.expireAll();
	}

	resetCount(): number {
		return this.statsRecorder.get('resets');
	}

	/** Counters since start or since resetStats(). */
	stats(): SandboxStats {
		return this.statsRecorder.snapshot();
	}

	resetStats(): void {
		this.statsRecorder.clear();
	}

	/** Makes CIPP send the alerts of a source now, as it would (one POST per unit it uses); what went out and the answers. */
	async fireAlerts(request: FireRequest): Promise<Sent[]> {
		return await fire(this.state, request);
	}

	/** CIPP's notification settings and its Key Vault, live (tests read and change them). */
	notifications(): NotificationState {
		return notificationConfig(this.state);
	}

	/** The synthetic tenants (SandboxOptions.syntheticTenants) with their users' UPNs. */
	syntheticTenants(): readonly SyntheticTenant[] {
		return this.synthetic;
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
		if (CONTROL_PATH.test(url.pathname)) {
			const control = parseJsonOrText(await readBody(req));
			sendResult(res, await controlAnswer(req.method ?? 'GET', url.pathname, this, control));
			return;
		}
		const entry: SandboxRequest = {
			method: req.method ?? 'GET',
			path: rawUrl.split('?')[0],
			query: redactSecrets(searchParamsToRecord(url.searchParams)),
			body: undefined,
			contentType: req.headers['content-type'],
			status: 0,
			at: Date.now(),
		};
		if (this.knobs.logRequests) this.requests.push(entry);
		try {
			const rawBody = await readBody(req);
			const body = parseJsonOrText(rawBody);
			entry.body = redactSecrets(body);

			const tokenPath = TOKEN_PATH.exec(url.pathname);
			const apiPath = API_PATH.exec(url.pathname);
			if (tokenPath) {
				this.statsRecorder.count('tokenRequests');
				this.respond(
					res,
					entry,
					handleTokenRequest(
						{
							method: entry.method,
							tenantSegment: decodeURIComponent(tokenPath[1]),
							contentType: entry.contentType,
							authorization: req.headers.authorization,
							rawBody,
						},
						{ state: this.state, clients: this.apiClients, tokens: this.tokens, lifetimeSeconds: this.knobs.tokenLifetimeSeconds },
					),
				);
			} else if (apiPath) {
				entry.endpoint = decodeURIComponent(apiPath[1] ?? '');
				entry.contractViolations = contractViolations(entry.endpoint, searchParamsToRecord(url.searchParams), body);
				await this.handleApi(req, res, entry, url, body);
			} else {
				this.respond(res, entry, frontendPage());
			}
		} catch (error) {
			this.respond(res, entry, { status: 500, body: error instanceof Error ? error.message : String(error) });
		}
	}

	/** Counts the request in flight (per tenantFilter too) while it is served; answers at once beyond the tenant limit. */
	private async handleApi(req: IncomingMessage, res: ServerResponse, entry: SandboxRequest, url: URL, body: unknown): Promise<void> {
		const query = searchParamsToRecord(url.searchParams);
		const request: OverloadRequest = {
			endpoint: entry.endpoint ?? '',
			fromQueryOrBody: (name) => getIgnoreCase(query, name) ?? getIgnoreCase(body, name),
		};
		const tenantFilter = request.fromQueryOrBody('tenantFilter');
		const tenantKey = typeof tenantFilter === 'string' && tenantFilter.trim() ? tenantFilter.trim().toLowerCase() : undefined;
		this.statsRecorder.count('requests');
		const tenantInFlight = this.statsRecorder.enter(tenantKey);
		try {
			const limit = this.knobs.tenantConcurrencyLimit;
			if (limit && tenantInFlight > limit.limit) {
				this.answerOverload(limit.answer, res, entry, request, limit.retryAfterSeconds ?? 1);
			} else {
				await this.serveApi(req, res, entry, query, body, request);
			}
		} finally {
			this.statsRecorder.leave(tenantKey);
		}
	}

	private async serveApi(
		req: IncomingMessage,
		res: ServerResponse,
		entry: SandboxRequest,
		query: Record<string, string>,
		body: unknown,
		request: OverloadRequest,
	): Promise<void> {
		const endpointName = request.endpoint;
		const latencyMs = this.knobs.latencyMs + Math.random() * this.knobs.latencyJitterMs;
		// A batch's sub-requests work during its latency, side by side as in CIPP (serveBatch).
		if (endpointName !== BATCH_ENDPOINT) await this.delay(latencyMs);

		const client = this.authenticate(req.headers.authorization, entry);
		if (!client) {
			this.respond(res, entry, {
				status: 401,
				body: EASY_AUTH_401,
				headers: { 'WWW-Authenticate': `Bearer realm="${req.headers.host ?? '127.0.0.1'}"` },
			});
			return;
		}

		const isBatch = endpointName === BATCH_ENDPOINT;
		const endpoint = findEndpoint(endpointName);
		if (!endpoint && !isBatch) {
			this.respond(res, entry, { status: 404, body: 'Endpoint not found' });
			return;
		}

		const denial = endpoint && this.accessDenied(client, endpoint, query, body);
		if (denial) {
			this.respond(res, entry, denial);
			return;
		}

		// A matching injected fault replaces the chaos draw, even when it lets the endpoint run. A
		// batch draws chaos per sub-request, so a fault rate means the same per item either way.
		const fault = this.takeFault(endpointName);
		if (fault || !isBatch) {
			const injected = await this.injectedFailure(fault, entry, request);
			if (this.stopped) return;
			if (injected === 'drop') {
				req.socket.destroy();
				return;
			}
			if (injected) {
				if (!res.destroyed) this.respond(res, entry, injected);
				return;
			}
		}

		if (!endpoint) {
			await this.serveBatch(req, res, entry, client, body, latencyMs);
			return;
		}
		if (res.destroyed || req.socket.destroyed) this.statsRecorder.count('completedAfterClientGone');
		this.respond(res, entry, await this.runEndpoint(endpoint, client, query, body));
	}

	/** CIPP's per-endpoint role check (Test-CIPPAccess), for requests and batch sub-requests alike. */
	private accessDenied(client: ApiClient, endpoint: Endpoint, query: Record<string, string>, body: unknown): HttpResult | undefined {
		if (!endpoint.role) return undefined;
		const denial = accessDenial({
			client,
			endpointRole: endpoint.role,
			anyTenant: endpoint.anyTenant ?? false,
			query,
			body,
			state: this.state,
		});
		return denial ? { status: 403, body: denial } : undefined;
	}

	/** Runs an endpoint's handler, and writes CIPP's logbook row for an action whose handler wrote none. */
	private async runEndpoint(endpoint: Endpoint, client: ApiClient, query: Record<string, string>, body: unknown): Promise<HttpResult> {
		const fromQueryOrBody = (name: string) => getIgnoreCase(query, name) ?? getIgnoreCase(body, name);
		const ctx: EndpointContext = {
			state: this.state,
			client,
			pwPush: this.knobs.pwPush,
			fromQuery: (name) => getIgnoreCase(query, name) as string | undefined,
			fromQueryOrBody,
			body,
			fromBody: (name) => getIgnoreCase(body, name),
			countPasswordChange: () => this.statsRecorder.count('resets'),
		};
		let result: HttpResult;
		const logRows = adminState(this.state).logs.length;
		try {
			result = await endpoint.handle(ctx);
		} catch (error) {
			result = { status: 500, body: error instanceof Error ? error.message : String(error) };
		}
		if (adminState(this.state).logs.length === logRows) {
			const tenantFilter = psString(fromQueryOrBody('tenantFilter'));
			const tenant = tenantFilter ? findTenant(tenantFilter, this.state) : undefined;
			logAction(this.state, { endpoint: endpoint.name, tenant, username: client.clientId, status: result.status, body: result.body });
		}
		return result;
	}

	/**
	 * POST /api/$batch: every sub-request is logged, contract-checked, access-checked, faulted (by
	 * faults naming its endpoint, and by chaos) and counted against its tenant's limit like a
	 * request of its own; a drop drops the whole batch's connection.
	 * They run side by side, as in CIPP: the sandbox does their work at once and answers when one
	 * latency per ten sub-requests has passed, and each tenant's sub-requests are in flight
	 * together for the whole batch.
	 */
	private async serveBatch(
		req: IncomingMessage,
		res: ServerResponse,
		entry: SandboxRequest,
		client: ApiClient,
		body: unknown,
		latencyMs: number,
	): Promise<void> {
		const started = Date.now();
		const subRequests = readBatch(body);
		if (!Array.isArray(subRequests)) {
			await this.delay(latencyMs);
			this.respond(res, entry, subRequests);
			return;
		}
		const tenantKeys = subRequests.map((sub) => {
			const tenantFilter = getIgnoreCase(sub.query, 'tenantFilter') ?? getIgnoreCase(sub.body, 'tenantFilter');
			return typeof tenantFilter === 'string' && tenantFilter.trim() ? tenantFilter.trim().toLowerCase() : undefined;
		});
		const inFlight = tenantKeys.map((key) => this.statsRecorder.enter(key));
		try {
			const responses: SubResponse[] = [];
			let handled = 0;
			for (const [index, sub] of subRequests.entries()) {
				const subEntry: SandboxRequest = {
					method: sub.method,
					path: `/api/${sub.endpoint}`,
					endpoint: sub.endpoint,
					query: redactSecrets(sub.query),
					body: redactSecrets(sub.body),
					contractViolations: contractViolations(sub.endpoint, sub.query, sub.body),
					clientId: client.clientId,
					status: 0,
					at: Date.now(),
					inBatch: true,
				};
				if (this.knobs.logRequests) this.requests.push(subEntry);
				const result = await this.serveSubRequest(req, sub, subEntry, client, inFlight[index]);
				if (!result) {
					// The connection dropped: the sub-requests that ran before it lost their answers.
					for (let ran = 0; ran < handled; ran++) this.statsRecorder.count('completedAfterClientGone');
					return;
				}
				if (result.ran) handled++;
				subEntry.status = result.status;
				responses.push(subResponse(sub.id, result));
			}
			// CIPP runs ten at a time, each taking the latency: the answer comes after one latency per ten.
			const rounds = Math.ceil(subRequests.length / BATCH_PARALLEL);
			await this.delay(rounds * latencyMs - (Date.now() - started));
			this.respond(res, entry, batchAnswer(responses));
		} finally {
			tenantKeys.forEach((key) => this.statsRecorder.leave(key));
		}
	}

	/** One sub-request's answer (`ran` when its endpoint ran); undefined when a fault dropped the whole connection. */
	private async serveSubRequest(
		req: IncomingMessage,
		sub: SubRequest,
		entry: SandboxRequest,
		client: ApiClient,
		tenantInFlight: number,
	): Promise<(HttpResult & { ran?: boolean }) | undefined> {
		const endpoint = findEndpoint(sub.endpoint);
		if (!endpoint || sub.endpoint === BATCH_ENDPOINT) return { status: 404, body: 'Endpoint not found' };
		const denial = this.accessDenied(client, endpoint, sub.query, sub.body);
		if (denial) return denial;
		const request = {
			endpoint: sub.endpoint,
			fromQueryOrBody: (name: string) => getIgnoreCase(sub.query, name) ?? getIgnoreCase(sub.body, name),
		};
		const injected = await this.injectedFailure(this.takeFault(sub.endpoint, { namedOnly: true }), entry, request);
		if (injected === 'drop') {
			req.socket.destroy();
			return undefined;
		}
		if (injected) return injected;
		const limit = this.knobs.tenantConcurrencyLimit;
		if (limit && tenantInFlight > limit.limit) {
			this.recordInjected(limit.answer, entry);
			return overloadAnswer(limit.answer, request, limit.retryAfterSeconds ?? 1);
		}
		if (req.socket.destroyed) this.statsRecorder.count('completedAfterClientGone');
		return { ...(await this.runEndpoint(endpoint, client, sub.query, sub.body)), ran: !req.socket.destroyed };
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

	/**
	 * The first injected fault matching the endpoint, counted as used once. A batch sub-request
	 * only takes faults that name its endpoint; faults for any endpoint hit the batch's request.
	 */
	private takeFault(endpointName: string, { namedOnly = false } = {}): ActiveFault | undefined {
		const index = this.faults.findIndex((f) =>
			f.endpoint === undefined ? !namedOnly : f.endpoint.toLowerCase() === endpointName.toLowerCase(),
		);
		if (index < 0) return undefined;
		const fault = this.faults[index];
		if (fault.passes > 0) {
			fault.passes -= 1;
			return undefined;
		}
		fault.remaining -= 1;
		if (fault.remaining <= 0) this.faults.splice(index, 1);
		return fault;
	}

	/**
	 * What a matching injected fault, or else the chaos draw, makes of a request, after any hang:
	 * its connection dropped, an answer in place of the endpoint's, or nothing (the endpoint runs,
	 * even if the client gave up during a hang: CIPP would not notice).
	 */
	private async injectedFailure(
		fault: SandboxFault | undefined,
		entry: SandboxRequest,
		request: OverloadRequest,
	): Promise<'drop' | HttpResult | undefined> {
		if (fault) {
			if (fault.hangMs) await this.delay(fault.hangMs);
			if (fault.drop) return 'drop';
			if (fault.status === undefined) return undefined;
			return { status: fault.status, body: fault.body ?? STATUS_CODES[fault.status] ?? '', headers: fault.headers };
		}
		const chaos = this.chaos;
		const kind = chaos?.next();
		if (!chaos || !kind) return undefined;
		this.recordInjected(kind, entry);
		if (kind === 'drop') return 'drop';
		if (kind === 'hang') {
			await this.delay(chaos.hangMs);
			return undefined;
		}
		return overloadAnswer(kind, request, chaos.retryAfterSeconds);
	}

	/** Counts a failure the sandbox made up, and marks the request with it. */
	private recordInjected(kind: InjectedKind, entry: SandboxRequest): void {
		this.statsRecorder.injected(kind);
		entry.injected = kind;
	}

	private answerOverload(
		kind: OverloadKind,
		res: ServerResponse,
		entry: SandboxRequest,
		request: OverloadRequest,
		retryAfterSeconds: number,
	): void {
		this.recordInjected(kind, entry);
		this.respond(res, entry, overloadAnswer(kind, request, retryAfterSeconds));
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
