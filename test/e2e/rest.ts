/**
 * n8n's internal REST API, as the editor uses it: starting an n8n main and
 * waiting until it has finished starting, setting up the owner account and the
 * owner's login. Used by
 * `npm start`, the browser test and the queue-mode test.
 */
import { TIMEOUTS } from './config';
import { N8n } from './n8n';
import { LongProcess } from './proc';
import { mask } from './report';

/** A local test login (not a secret): n8n wants 8+ characters, a digit and a capital letter. */
export const OWNER = { email: 'demo@cipp-toolkit.test', firstName: 'CIPP', lastName: 'Demo', password: 'CippDemo2024!' };

/** What POST /rest/login takes (the same field name in n8n 1.123 and 2.x). */
export const OWNER_LOGIN = { emailOrLdapLoginId: OWNER.email, password: OWNER.password };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * What n8n logs (at info level) when its start is complete: REST routes and
 * modules registered, active workflows (and their webhooks) activated. Its
 * REST API answers earlier, while it is still starting; a login right after
 * an owner setup done then failed now and then on n8n 2.x (404 once, 401 once).
 */
const STARTED_LINE = 'Editor is now accessible via';

/**
 * Send a request until its route exists: 404s are retried briefly. A safety
 * net for routes registered late (seen for the owner setup on n8n 1.x when
 * only the REST API's first answer was waited for).
 */
export async function whenRouted<T>(send: () => Promise<T>, status: (response: T) => number): Promise<T> {
	const deadline = Date.now() + 60_000;
	for (;;) {
		const response = await send();
		if (status(response) !== 404 || Date.now() > deadline) return response;
		await sleep(500);
	}
}

/** Set up the owner account through the REST endpoint the editor's setup page uses. */
export async function setupOwner(base: string): Promise<void> {
	const send = () =>
		fetch(`${base}/rest/owner/setup`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify(OWNER),
		});
	const r = await whenRouted(send, (response) => response.status);
	if (!r.ok) throw new Error(`POST /rest/owner/setup answered ${r.status}: ${(await r.text()).slice(0, 500)}`);
}

export interface RunningN8n {
	/** e.g. http://localhost:5678 */
	base: string;
	server: LongProcess;
}

/**
 * `n8n start` on `port`, fully started, with the owner account set up. On
 * failure n8n is stopped and the error carries the end of its output.
 */
export async function startMain(n8n: N8n, port: number, extraEnv: Record<string, string> = {}): Promise<RunningN8n> {
	const server = n8n.startServer({
		N8N_PORT: String(port),
		// Plain http: the session cookie must not require https.
		N8N_SECURE_COOKIE: 'false',
		...extraEnv,
		// STARTED_LINE is logged at info level.
		N8N_LOG_LEVEL: 'info',
	});
	const base = `http://localhost:${port}`;
	try {
		await server.waitForLine((line) => line.includes(STARTED_LINE), TIMEOUTS.n8nServerStart);
		await setupOwner(base);
	} catch (e) {
		await server.stop();
		throw new Error(mask(`${(e as Error).message}\n${server.output().slice(-3000)}`));
	}
	return { base, server };
}
