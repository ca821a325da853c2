/**
 * Queue mode, as MSPs that outgrow one n8n run it: Redis, an n8n main that
 * takes webhooks and queues executions, and two `n8n worker` processes that
 * run them. Each process has its own user folder with the package installed
 * from `npm pack` (as on separate machines or containers) and they share one
 * database (the main's SQLite file: n8n supports only Postgres for real
 * deployments, but SQLite on one machine is enough to test the package) and
 * the encryption key.
 *
 * A workflow "Webhook → Split Out → CIPP User → Reset Password" is published
 * on the main and called:
 * 1. once with several users: one execution, whose items must share one CIPP
 *    token;
 * 2. then several times at once: with one job at a time per worker, both
 *    workers must take some; they must all reuse the token the first run
 *    stored with the credential (in the database) instead of fetching their own.
 * The checks: every execution was run by a worker (their logs), each call
 * answered a successful reset per user in order, the sandbox counted one reset
 * per user and exactly one token request.
 */
import * as path from 'path';
import { N8N_BASE_ENV, TIMEOUTS } from './config';
import { passwordResetProblems } from './expectations';
import { N8nInstall } from './install';
import { freePort, N8n } from './n8n';
import { Packed } from './pack';
import { LongProcess } from './proc';
import { info, mask } from './report';
import { startRedis } from './redis';
import { RunningN8n, startMain } from './rest';
import { Sandbox, startSandbox } from './sandbox';
import { cippNode, sandboxCredentials, Workflow } from './workflows';

const WORKFLOW_ID = 'e2eQueueReset';
const WEBHOOK_PATH = 'cipp-e2e-queue-reset';
const WORKERS = 2;

/**
 * Cloud users of the sandbox's Contoso tenant that Reset Password succeeds for: no directory role
 * (the node refuses to reset admins) and not synced from on-premises (test/sandbox/fixtures.ts).
 */
const CONTOSO_USERS = ['adele.vance', 'alex.wilber', 'megan.bowen'].map((u) => `${u}@contoso.onmicrosoft.com`);
/** First call: one execution with several items. */
const FIRST_CALL = CONTOSO_USERS;
/** Then these calls at once, two users each. */
const CONCURRENT_CALLS = [0, 1, 2, 3].map((i) => [0, 1].map((k) => CONTOSO_USERS[(i + k) % CONTOSO_USERS.length]));

/**
 * Each sandbox request takes this long, so an execution keeps its worker busy
 * long enough for the next queued job to go to the other one.
 */
const SANDBOX_LATENCY_MS = 300;

function resetWorkflow(): Workflow {
	const link = (to: string) => ({ main: [[{ node: to, type: 'main', index: 0 }]] });
	return {
		id: WORKFLOW_ID,
		name: 'e2e: queue mode, reset the passwords a webhook names',
		active: false,
		settings: { executionOrder: 'v1' },
		nodes: [
			{
				name: 'Webhook',
				type: 'n8n-nodes-base.webhook',
				typeVersion: 2,
				position: [0, 0],
				webhookId: 'c1a5e2e0-6b1f-4c55-9f0e-2e2e0c1a5e2e',
				// Answer with every item of the last node once the worker has finished.
				parameters: { httpMethod: 'POST', path: WEBHOOK_PATH, responseMode: 'lastNode', responseData: 'allEntries', options: {} },
			},
			{
				name: 'One item per user',
				type: 'n8n-nodes-base.splitOut',
				typeVersion: 1,
				position: [240, 0],
				parameters: { fieldToSplitOut: 'body.users', options: { destinationFieldName: 'user' } },
			},
			cippNode('Reset Password', [480, 0], {
				resource: 'user',
				operation: 'resetPassword',
				tenantFilter: { __rl: true, mode: 'domain', value: 'contoso.onmicrosoft.com' },
				userId: { __rl: true, mode: 'upn', value: '={{ $json.user }}' },
				mustChangePassword: true,
				options: {},
			}),
		],
		connections: { Webhook: link('One item per user'), 'One item per user': link('Reset Password') },
	};
}

/** The queue: every process of the cluster gets these. */
export function queueEnv(redisPort: number, database: string): Record<string, string> {
	return {
		EXECUTIONS_MODE: 'queue',
		QUEUE_BULL_REDIS_HOST: '127.0.0.1',
		QUEUE_BULL_REDIS_PORT: String(redisPort),
		// One database for all: an absolute path, so the workers' own user folders do not matter.
		DB_SQLITE_DATABASE: database,
		N8N_ENCRYPTION_KEY: N8N_BASE_ENV.N8N_ENCRYPTION_KEY,
		// The workers' "started/finished execution" lines are info.
		N8N_LOG_LEVEL: 'info',
	};
}

/** Import a workflow and activate its production webhook, with the CLI of this n8n line. */
export async function publish(main: N8n, workflow: Workflow): Promise<void> {
	await main.importWorkflows([workflow]);
	// n8n 2.0 replaced update:workflow --active with publish:workflow.
	const args =
		main.install.target.major >= 2
			? ['publish:workflow', `--id=${workflow.id}`]
			: ['update:workflow', `--id=${workflow.id}`, '--active=true'];
	const r = await main.cli(args);
	if (r.code !== 0) throw new Error(mask(`n8n ${args[0]} failed: ${`${r.stdout}\n${r.stderr}`.trim().slice(-1500)}`));
}

interface CallResult {
	users: string[];
	items: Array<Record<string, unknown>>;
}

/**
 * POST the users to the production webhook; the main answers once a worker has
 * run the execution. A 404 means the main has not registered the webhook yet
 * (nothing ran), so that alone is retried.
 */
async function callWebhook(main: RunningN8n, users: string[]): Promise<CallResult> {
	const deadline = Date.now() + TIMEOUTS.webhookRun;
	for (;;) {
		const r = await fetch(`${main.base}/webhook/${WEBHOOK_PATH}`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify({ users }),
			signal: AbortSignal.timeout(TIMEOUTS.webhookRun),
		});
		const text = await r.text();
		if (r.status === 404 && Date.now() < deadline) {
			await new Promise((res) => setTimeout(res, 500));
			continue;
		}
		if (!r.ok) throw new Error(mask(`webhook answered ${r.status}: ${text.slice(0, 800)}`));
		const body = JSON.parse(text) as unknown;
		return { users, items: (Array.isArray(body) ? body : [body]) as Array<Record<string, unknown>> };
	}
}

/** One successful reset per user, in the order the webhook named them. */
function resultProblems(call: CallResult): string[] {
	const where = `call for ${call.users.join(', ')}`;
	if (call.items.length !== call.users.length) {
		return [`${where}: expected ${call.users.length} items, got ${call.items.length}: ${JSON.stringify(call.items).slice(0, 500)}`];
	}
	return call.users.flatMap((upn, i) => passwordResetProblems(call.items[i], upn, `${where}, item ${i}`));
}

/** Execution ids a process's log says it started and finished as a worker. */
export function workerExecutions(proc: LongProcess): { started: string[]; finished: string[] } {
	const ids = (re: RegExp) => [...proc.output().matchAll(re)].map((m) => m[1]);
	return { started: ids(/Worker started execution (\d+)/g), finished: ids(/Worker finished execution (\d+)/g) };
}

/** What a failure report shows of a process: its error lines, or with CIPP_E2E_VERBOSE=1 the end of its output. */
export function logExcerpt(name: string, proc: LongProcess): string {
	const output = proc.output();
	if (process.env.CIPP_E2E_VERBOSE === '1') return `\n--- ${name} ---\n${output.slice(-1500)}`;
	// Not stack frames, nor n8n's own calls to api.n8n.io, which fail on a machine without internet access.
	const errors = output
		.split('\n')
		.filter((line) => /error|unrecognized/i.test(line) && !/^\s+at |api\.n8n\.io/.test(line))
		.slice(-5);
	return errors.length ? `\n${name}: ${errors.join(`\n${name}: `)}` : '';
}

export interface Cluster {
	main: RunningN8n;
	workers: LongProcess[];
}

/**
 * Redis-backed main and workers sharing the main's database; `prepare` puts the credentials and
 * the published workflow into that database before anyone starts.
 */
export async function startCluster(
	install: N8nInstall,
	packed: Packed,
	redisPort: number,
	folders: N8n[],
	prepare: (main: N8n) => Promise<void>,
): Promise<Cluster> {
	const main = await N8n.create(install);
	folders.push(main);
	const env = queueEnv(redisPort, path.join(main.userFolder, '.n8n', 'database.sqlite'));
	await main.installPackage(packed.tarball, packed.version);
	await prepare(main);

	const workers: LongProcess[] = [];
	const workerFolders: N8n[] = [];
	for (let i = 0; i < WORKERS; i++) {
		const worker = await N8n.create(install);
		folders.push(worker);
		workerFolders.push(worker);
		await worker.installPackage(packed.tarball, packed.version);
	}
	// Start all three at once: n8n's start-up is the slow part. Each has its own task-broker port (N8n.create).
	// --concurrency=1: a busy worker takes no second job, so concurrent calls must spread over both.
	for (const worker of workerFolders) workers.push(worker.startServer(env, 'worker', ['--concurrency=1']));
	const mainStarted = startMain(main, await freePort(), env);
	const workersReady = workers.map((w, i) =>
		w
			.waitForLine((line) => line.includes('n8n worker is now ready'), TIMEOUTS.n8nServerStart)
			.catch((e: Error) => {
				throw new Error(mask(`worker ${i + 1} did not start: ${e.message}\n${w.output().slice(-2000)}`));
			}),
	);
	const [mainResult, ...workerResults] = await Promise.allSettled([mainStarted, ...workersReady]);
	const failure = [mainResult, ...workerResults].find((r) => r.status === 'rejected');
	if (failure) {
		if (mainResult.status === 'fulfilled') await mainResult.value.server.stop();
		await Promise.all(workers.map((w) => w.stop()));
		throw (failure as PromiseRejectedResult).reason;
	}
	return { main: (mainResult as PromiseFulfilledResult<RunningN8n>).value, workers };
}

async function exercise(cluster: Cluster, sandbox: Sandbox): Promise<string> {
	const problems: string[] = [];
	const first = await callWebhook(cluster.main, FIRST_CALL);
	problems.push(...resultProblems(first));
	const afterFirst = await sandbox.stats();
	if (afterFirst.tokenRequests !== 1) {
		problems.push(`one execution of ${FIRST_CALL.length} items fetched ${afterFirst.tokenRequests} CIPP tokens, expected 1`);
	}

	const calls = await Promise.all(CONCURRENT_CALLS.map((users) => callWebhook(cluster.main, users)));
	for (const call of calls) problems.push(...resultProblems(call));

	const stats = await sandbox.stats();
	const users = FIRST_CALL.length + CONCURRENT_CALLS.flat().length;
	const executions = 1 + CONCURRENT_CALLS.length;
	if (stats.resets !== users) problems.push(`the sandbox counted ${stats.resets} password resets, expected ${users}`);
	if (stats.tokenRequests !== 1) {
		problems.push(
			`${executions} executions on ${WORKERS} workers fetched ${stats.tokenRequests} CIPP tokens, expected 1 (stored with the credential, shared)`,
		);
	}

	const byWorker = cluster.workers.map(workerExecutions);
	const started = byWorker.flatMap((w) => w.started);
	const finished = new Set(byWorker.flatMap((w) => w.finished));
	if (started.length !== executions || new Set(started).size !== executions) {
		problems.push(
			`the workers' logs show ${started.length} started executions (${started.join(', ')}), expected ${executions} different ones`,
		);
	}
	const unfinished = started.filter((id) => !finished.has(id));
	if (unfinished.length) problems.push(`executions ${unfinished.join(', ')} started on a worker but did not finish there`);
	byWorker.forEach((w, i) => {
		if (w.started.length === 0) problems.push(`worker ${i + 1} ran no execution`);
	});
	if (/Worker started execution/.test(cluster.main.server.output())) problems.push('the main ran an execution itself');
	if (problems.length) throw new Error(mask(problems.join('\n')));

	const spread = byWorker.map((w, i) => `worker ${i + 1}: ${w.started.length}`).join(', ');
	return `${executions} executions, ${users} resets via webhook on ${WORKERS} workers (${spread}), 1 CIPP token`;
}

/**
 * The whole queue-mode check for one installed n8n: its own sandbox (tokens
 * that outlive the test, so one fetch is all it may take), Redis, main and
 * workers; everything stopped and removed afterwards (user folders kept on
 * failure or with `keep`).
 */
export async function checkQueueMode(install: N8nInstall, packed: Packed, keep: boolean): Promise<string> {
	const folders: N8n[] = [];
	let sandbox: Sandbox | undefined;
	let cluster: Cluster | undefined;
	const redis = await startRedis();
	let ok = false;
	try {
		sandbox = await startSandbox(['--latency', String(SANDBOX_LATENCY_MS)]);
		const started = sandbox;
		cluster = await startCluster(install, packed, redis.port, folders, async (main) => {
			await main.importCredentials(sandboxCredentials(started.info));
			await publish(main, resetWorkflow());
		});
		const note = await exercise(cluster, sandbox);
		ok = true;
		return note;
	} catch (e) {
		const processes = cluster
			? [{ name: 'main', proc: cluster.main.server }, ...cluster.workers.map((proc, i) => ({ name: `worker ${i + 1}`, proc }))]
			: [];
		const hint = process.env.CIPP_E2E_VERBOSE === '1' ? '' : ' (CIPP_E2E_VERBOSE=1 shows the end of each process log)';
		throw new Error(mask(`${(e as Error).message}${hint}${processes.map(({ name, proc }) => logExcerpt(name, proc)).join('')}`));
	} finally {
		await Promise.all([cluster?.main.server.stop(), ...(cluster?.workers ?? []).map((w) => w.stop())]);
		await Promise.all([sandbox?.stop(), redis.stop()]);
		for (const folder of folders) {
			if (ok && !keep) folder.cleanup();
		}
		if (!ok || keep) info(`  (queue-mode user folders kept: ${folders.map((f) => f.userFolder).join(', ')})`);
	}
}
