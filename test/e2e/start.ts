/**
 * `npm start`: a real n8n (2.x by default) with this package installed from
 * `npm pack`, the CIPP sandbox running, a sandbox credential and every
 * example imported, and an owner account set up. Prints the editor URL and
 * login; Ctrl-C stops n8n and the sandbox.
 *
 * Environment: CIPP_START_N8N=1 for n8n 1.x instead of 2.x; N8N_PORT
 * (default 5678); CIPP_E2E_CACHE as for the e2e run.
 */
import * as fs from 'fs';
import { TARGETS, TIMEOUTS } from './config';
import { ensureN8n } from './install';
import { N8n } from './n8n';
import { buildAndPack } from './pack';
import { isShuttingDown, onExit } from './proc';
import { info } from './report';
import { startSandbox } from './sandbox';
import { CREDENTIALS, loadExamples, sandboxCredentials, withCredential } from './workflows';

/** A local demo login (not a secret): n8n wants 8+ characters, a digit and a capital letter. */
const OWNER = { email: 'demo@cipp-toolkit.test', firstName: 'CIPP', lastName: 'Demo', password: 'CippDemo2024!' };

/**
 * Wait until the REST API answers: /healthz comes up before n8n has
 * registered its REST routes, /rest/settings (public) only after.
 */
async function waitForRestApi(base: string, isAlive: () => boolean): Promise<void> {
	const deadline = Date.now() + TIMEOUTS.n8nServerStart;
	while (Date.now() < deadline) {
		if (!isAlive()) throw new Error('n8n exited during start-up');
		try {
			const r = await fetch(`${base}/rest/settings`);
			if (r.ok) return;
		} catch {
			/* not listening yet */
		}
		await new Promise((r) => setTimeout(r, 500));
	}
	throw new Error(`n8n did not answer ${base}/rest/settings within ${TIMEOUTS.n8nServerStart / 1000}s`);
}

/**
 * Set up the owner account through the REST endpoint the editor's setup page
 * uses. Some routes come up a little later than others (n8n 1.x answers 404
 * for a moment), so retry 404s briefly.
 */
async function setupOwner(base: string): Promise<void> {
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
		await new Promise((res) => setTimeout(res, 1_000));
	}
}

async function main(): Promise<void> {
	const major = process.env.CIPP_START_N8N === '1' ? 1 : 2;
	const target = TARGETS.find((t) => t.major === major)!;
	const port = Number(process.env.N8N_PORT ?? 5678);

	info(`Preparing ${target.label} (first time: several minutes to install)...`);
	const install = await ensureN8n(target);
	info(`Building and packing ${'n8n-nodes-cipp-toolkit'}...`);
	const packed = await buildAndPack();
	const n8n = await N8n.create(install);
	onExit(() => n8n.cleanup());
	await n8n.installPackage(packed.tarball, packed.version);
	fs.rmSync(packed.dir, { recursive: true, force: true });

	info('Starting the CIPP sandbox...');
	const sandbox = await startSandbox();
	const [credential] = sandboxCredentials(sandbox.info);
	await n8n.importCredentials([{ ...credential, name: 'CIPP sandbox' }]);
	const examples = loadExamples().map((e) => withCredential(e.workflow, { id: CREDENTIALS.insecure.id, name: 'CIPP sandbox' }));
	if (examples.length) await n8n.importWorkflows(examples);

	info(`Starting n8n ${install.version} on port ${port}...`);
	const server = n8n.startServer({
		N8N_PORT: String(port),
		N8N_LOG_LEVEL: 'warn',
		// Plain http on a LAN address: the session cookie must not require https.
		N8N_SECURE_COOKIE: 'false',
	});
	const base = `http://localhost:${port}`;
	try {
		await waitForRestApi(base, () => server.child.exitCode === null);
		await setupOwner(base);
	} catch (e) {
		info(server.output().slice(-3000));
		await server.stop();
		await sandbox.stop();
		throw e;
	}

	info('');
	info(`n8n ${install.version} with n8n-nodes-cipp-toolkit ${packed.version} is ready:`);
	info(`  Editor:    ${base}`);
	info(`  Login:     ${OWNER.email} / ${OWNER.password}`);
	info(`  Workflows: ${examples.map((w) => `${w.name} (${base}/workflow/${w.id})`).join(', ') || 'none'}`);
	info(`  CIPP sandbox: ${sandbox.info.url} (credential "CIPP sandbox", Ignore SSL Issues on)`);
	info(`  User folder: ${n8n.userFolder} (deleted on exit)`);
	info('Press Ctrl-C to stop n8n and the sandbox.');

	// Ctrl-C: proc.ts SIGTERMs n8n and the sandbox, waits for them, then runs the onExit hooks.
	onExit(() => info('Stopped n8n and the CIPP sandbox.'));
	server.child.on('close', (code) => {
		if (isShuttingDown()) return;
		info(`n8n exited on its own (code ${code}); stopping the sandbox.`);
		void sandbox.stop().then(() => process.exit(1));
	});
}

main().catch((e: unknown) => {
	console.error(`npm start failed: ${(e as Error).message ?? String(e)}`);
	process.exit(1);
});
