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
import { TARGETS } from './config';
import { ensureN8n } from './install';
import { N8n } from './n8n';
import { buildAndPack } from './pack';
import { isShuttingDown, onExit } from './proc';
import { info } from './report';
import { OWNER, startMain } from './rest';
import { startSandbox } from './sandbox';
import { CREDENTIALS, loadAllExamples, sandboxCredentials, withCredential } from './workflows';

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
	// Every example, also those a webhook, form or chat starts: the editor shows them all.
	const examples = loadAllExamples().map((e) => withCredential(e.workflow, { id: CREDENTIALS.insecure.id, name: 'CIPP sandbox' }));
	if (examples.length) await n8n.importWorkflows(examples);

	info(`Starting n8n ${install.version} on port ${port}...`);
	const { base, server } = await startMain(n8n, port).catch(async (e: unknown) => {
		await sandbox.stop();
		throw e;
	});

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
