/**
 * n8n's internal REST API, as the editor uses it: waiting for a started n8n to
 * answer, setting up the owner account and the owner's login. Used by
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
 * Wait until the REST API answers: /healthz comes up before n8n has
 * registered its REST routes, /rest/settings (public) only after.
 */
export async function waitForRestApi(base: string, isAlive: () => boolean): Promise<void> {
	const deadline = Date.now() + TIMEOUTS.n8nServerStart;
	while (Date.now() < deadline) {
		if (!isAlive()) throw new Error('n8n exited during start-up');
		try {
			const r = await fetch(`${base}/rest/settings`);
			if (r.ok) return;
		} catch {
			/* not listening yet */
		}
		await sleep(500);
	}
	throw new Error(`n8n did not answer ${base}/rest/settings within ${TIMEOUTS.n8nServerStart / 1000}s`);
}

/**
 * Send a request until its route exists. n8n registers some REST routes a
 * little after /rest/settings answers and answers 404 meanwhile (seen for the
 * owner setup on 1.x and for the login on 2.x), so 404s are retried briefly.
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
 * `n8n start` on `port`, answering its REST API, with the owner account set
 * up. On failure n8n is stopped and the error carries the end of its output.
 */
export async function startMain(n8n: N8n, port: number, extraEnv: Record<string, string> = {}): Promise<RunningN8n> {
	const server = n8n.startServer({
		N8N_PORT: String(port),
		// Plain http: the session cookie must not require https.
		N8N_SECURE_COOKIE: 'false',
		...extraEnv,
	});
	const base = `http://localhost:${port}`;
	try {
		await waitForRestApi(base, () => server.child.exitCode === null);
		await setupOwner(base);
	} catch (e) {
		await server.stop();
		throw new Error(mask(`${(e as Error).message}\n${server.output().slice(-3000)}`));
	}
	return { base, server };
}
