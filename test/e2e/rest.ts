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
 * Set up the owner account through the REST endpoint the editor's setup page
 * uses. Some routes come up a little later than others (n8n 1.x answers 404
 * for a moment), so retry 404s briefly.
 */
export async function setupOwner(base: string): Promise<void> {
	const deadline = Date.now() + 60_000;
	for (;;) {
		const r = await fetch(`${base}/rest/owner/setup`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify(OWNER),
		});
		if (r.ok) return;
		if (r.status !== 404 || Date.now() > deadline) {
			throw new Error(`POST /rest/owner/setup answered ${r.status}: ${(await r.text()).slice(0, 500)}`);
		}
		await sleep(1_000);
	}
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
