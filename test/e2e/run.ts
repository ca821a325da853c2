/**
 * End-to-end test against real n8n releases (`npm run test:e2e`).
 *
 * For each pinned n8n line (1.x on Node 20, 2.x on Node 24): install n8n into
 * the cache (reused when already there), unpack this package from `npm pack`
 * into a fresh n8n user folder, start the CIPP sandbox, import a sandbox
 * credential and every examples/*.workflow.json, run each with
 * `n8n execute`, and check the results. Then, on the same line, the editor in
 * Chromium (browser.ts) and queue mode with Redis and two workers (queue.ts).
 * Prints a summary and exits non-zero if any check failed.
 *
 * Environment: CIPP_E2E_CACHE (install cache), CIPP_E2E_ONLY=1|2 (one line),
 * CIPP_E2E_KEEP=1 (keep the n8n user folders), CIPP_E2E_N8N1 / CIPP_E2E_N8N2
 * (comma-separated releases to try instead of the pinned ones), CIPP_E2E_ARTIFACTS
 * (where the editor screenshot goes), CIPP_E2E_CHROMIUM / CIPP_E2E_REDIS_SERVER.
 */
import * as fs from 'fs';
import * as path from 'path';
import { CACHE_DIR, N8nTarget, TARGETS } from './config';
import { checkEditor } from './browser';
import { checkContinueOnFail, checkExample, checkStrictCertificate, checkSucceeded } from './cases';
import { ensureN8n, N8nInstall } from './install';
import { N8n } from './n8n';
import { buildAndPack, Packed } from './pack';
import { checkQueueMode } from './queue';
import { checkTriggerQueueMode, checkTriggerScenario } from './trigger';
import { info, Summary } from './report';
import { Sandbox, startSandbox } from './sandbox';
import { buildVariants } from './variants';
import { E2eWorkflow, loadExamples, sandboxCredentials, smokeWorkflow, withCredential, CREDENTIALS } from './workflows';

const KEEP = process.env.CIPP_E2E_KEEP === '1';
/** Only the CIPP Trigger checks (and what they need), e.g. while working on the trigger. */
const TRIGGER_ONLY = process.env.CIPP_E2E_TRIGGER_ONLY === '1';

async function testVersion(
	target: N8nTarget,
	packed: Packed | undefined,
	examples: E2eWorkflow[],
	summary: Summary,
	withQueue: boolean,
): Promise<void> {
	let group = target.label;
	info(`\n=== ${group} ===`);
	let install: N8nInstall | undefined;
	await summary.check(group, 'install n8n', async () => {
		install = await ensureN8n(target);
		const skipped = install.skipped.map((s) => `${s.version} failed to install`).join(', ');
		return `n8n ${install.version} on Node ${install.target.needsNode24 ? '24' : process.versions.node.split('.')[0]}, ${
			install.reused ? 'reused from cache' : `installed in ${install.installSeconds}s`
		}${skipped ? ` (${skipped})` : ''}`;
	});
	if (!install) return;
	group = `${target.label} (${install.version})`;
	// Later checks are reported under the exact version.
	for (const r of summary.results) if (r.group === target.label) r.group = group;

	const n8n = await N8n.create(install);
	let sandbox: Sandbox | undefined;
	const failedBefore = summary.failed;
	try {
		if (!packed) {
			summary.add({ group, name: 'package tests', ok: false, seconds: 0, detail: 'skipped: no package tarball' });
			return;
		}
		const ready =
			(await summary.check(group, 'install package from npm pack', async () => {
				await n8n.installPackage(packed.tarball, packed.version);
				return path.join('.n8n', 'nodes', 'node_modules', 'n8n-nodes-cipp-toolkit');
			})) &&
			(await summary.check(group, 'start CIPP sandbox', async () => {
				// Tokens live 3 s: every run after the first finds the token n8n stored expired, so each
				// check also proves the 401 → renew → retry path on this n8n version.
				sandbox = await startSandbox(['--token-lifetime', '3']);
				return sandbox.info.url;
			})) &&
			(await summary.check(group, 'import sandbox credentials', async () => {
				await n8n.importCredentials(sandboxCredentials(sandbox!.info));
			}));
		if (!ready) return;

		await summary.check(group, 'CIPP Trigger: alert → safe reset → notification, admin refused, burst of 100 alerts', () =>
			checkTriggerScenario(n8n.install, packed, KEEP),
		);
		if (withQueue) {
			await summary.check(group, 'CIPP Trigger in queue mode: webhook on the main, executions on the workers', () =>
				checkTriggerQueueMode(n8n.install, packed, KEEP),
			);
		}
		if (TRIGGER_ONLY) return;

		const examplesHere = examples.map((e) => ({ ...e, workflow: withCredential(e.workflow, CREDENTIALS.insecure) }));
		const variants = buildVariants(examples);
		if (variants.length === 0) {
			summary.add({
				group,
				name: 'certificate and On Error: Continue cases',
				ok: false,
				seconds: 0,
				detail: 'not run: no example has a User → Reset Password node to build them from',
			});
		}
		const all = [smokeWorkflow(), ...examplesHere.map((e) => e.workflow), ...variants.map((v) => v.workflow)];
		const imported = await summary.check(group, `import ${all.length} workflows`, async () => {
			await n8n.importWorkflows(all);
		});
		if (!imported) return;

		await summary.check(group, 'smoke: Manual Trigger workflow runs', () => checkSucceeded(n8n, smokeWorkflow()));
		for (const e of examplesHere) {
			await summary.check(group, `example ${e.workflow.id} (${e.source})`, () => checkExample(n8n, e.workflow));
		}
		for (const v of variants) {
			const name = `${v.title} [${v.workflow.id}]`;
			if (v.kind === 'strictCertificate') await summary.check(group, name, () => checkStrictCertificate(n8n, v.workflow));
			else if (v.kind === 'insecureCertificate') await summary.check(group, name, () => checkSucceeded(n8n, v.workflow, true));
			else await summary.check(group, name, () => checkContinueOnFail(n8n, v.workflow, v.badIndex ?? 0, v.badUser ?? ''));
		}

		await summary.check(group, 'editor in Chromium: Tenant Filter and User ID lists filled live, searched, node run', () =>
			checkEditor(n8n),
		);
		await summary.check(group, `queue mode: Redis, main + 2 workers, webhook resets, one shared CIPP token`, () =>
			checkQueueMode(n8n.install, packed, KEEP),
		);
	} finally {
		await sandbox?.stop();
		if (KEEP || summary.failed > failedBefore) info(`  (n8n user folder kept: ${n8n.userFolder})`);
		else n8n.cleanup();
	}
}

async function main(): Promise<void> {
	const started = Date.now();
	const summary = new Summary();
	const only = process.env.CIPP_E2E_ONLY;
	const targets = TARGETS.filter((t) => !only || String(t.major) === only);
	info(`CIPP toolkit e2e: ${targets.map((t) => t.label).join(', ')}; cache ${CACHE_DIR}`);

	let packed: Packed | undefined;
	let examples: E2eWorkflow[] = [];
	try {
		info('\n=== package ===');
		await summary.check('package', 'npm run build + npm pack', async () => {
			packed = await buildAndPack();
			return `${path.basename(packed.tarball)}, ${packed.files.length} files`;
		});
		await summary.check('package', 'load examples/*.workflow.json', async () => {
			examples = loadExamples();
			if (examples.length === 0) throw new Error('no examples/*.workflow.json found');
			return examples.map((e) => e.workflow.id).join(', ');
		});
		// The trigger's queue-mode check runs once, on the newest line tested.
		for (const target of targets) await testVersion(target, packed, examples, summary, target === targets[targets.length - 1]);
	} finally {
		if (packed) fs.rmSync(packed.dir, { recursive: true, force: true });
	}
	summary.print();
	info(`total time ${((Date.now() - started) / 1000).toFixed(0)}s`);
	process.exitCode = summary.failed > 0 ? 1 : 0;
}

main().catch((e: unknown) => {
	console.error(e);
	process.exitCode = 1;
});
