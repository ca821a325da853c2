/**
 * The CIPP Trigger in a real n8n: CIPP Trigger → CIPP Reset Password (its defaults: refuse
 * admins, reset, revoke sessions, verify; "On Error: Continue" so a refusal is reported) → a
 * notification to a local HTTP receiver. The workflow is published and n8n started; the sandbox,
 * with its notification settings pointed at the trigger's production URL and Bearer
 * authentication, sends audit-log alerts exactly as CIPP does.
 *
 * 1. An alert about a cloud user: the user is reset (the sandbox counts one reset), the
 *    notification says so.
 * 2. An alert about an admin (Lee Gu, User Administrator): nothing is reset, the notification
 *    says the guard refused.
 * 3. A burst of 100 alerts posted at once through CIPP's pool (five connections): every POST
 *    answered 2xx, 100 executions (counted through n8n's REST API), 100 notifications, one per
 *    alert.
 * In queue mode (once): steps 1 and 2 on a main that takes the webhooks and a worker that runs
 * the executions (its log), the main running none.
 */
import { HttpListener, type ReceivedRequest } from '../support/receivers';
import { RESET_FROM_ALERT } from '../support/workflows';
import type { N8nInstall } from './install';
import { freePort, N8n, type CredentialImport } from './n8n';
import type { Packed } from './pack';
import { logExcerpt, publish, startCluster, workerExecutions, type Cluster } from './queue';
import { startRedis } from './redis';
import { info, mask, addSecret } from './report';
import { OWNER_LOGIN, startMain, type RunningN8n } from './rest';
import { startSandbox, type Sandbox } from './sandbox';
import { CIPP_NODE_TYPE, CREDENTIALS, sandboxCredentials, type Workflow } from './workflows';

const WORKFLOW_ID = 'e2eCippTrigger01';
const WEBHOOK_ID = '3c1e2e0a-7b1f-4c55-9f0e-2e2e0c1a7e11';
const SECRET = 'e2e-cipp-alert-secret-0123456789';
const SECRET_CREDENTIAL = { id: 'e2eCippAlertSecret', name: 'CIPP alert secret' };
const CLOUD_USER = 'adele.vance@contoso.onmicrosoft.com';
const ADMIN = 'lee.gu@contoso.onmicrosoft.com';
const BURST_USERS = ['adele.vance', 'alex.wilber', 'megan.bowen'].map((u) => `${u}@contoso.onmicrosoft.com`);
const BURST = 100;
addSecret(SECRET);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function scenarioWorkflow(notifyUrl: string): Workflow {
	const link = (to: string) => ({ main: [[{ node: to, type: 'main', index: 0 }]] });
	return {
		id: WORKFLOW_ID,
		name: 'e2e: CIPP alert → safe reset → notification',
		active: false,
		settings: { executionOrder: 'v1' },
		nodes: [
			{
				name: 'CIPP Trigger',
				type: 'n8n-nodes-cipp-toolkit.cippTrigger',
				typeVersion: 1,
				position: [0, 0],
				webhookId: WEBHOOK_ID,
				parameters: { authentication: 'bearer', filters: { alertTypes: ['auditLog'] }, options: {} },
				credentials: { cippAlertWebhookApi: SECRET_CREDENTIAL },
			},
			{
				name: 'Reset Password',
				type: CIPP_NODE_TYPE,
				typeVersion: 1,
				position: [240, 0],
				parameters: RESET_FROM_ALERT,
				credentials: { cippApi: CREDENTIALS.insecure },
				onError: 'continueRegularOutput',
			},
			{
				name: 'Notify',
				type: 'n8n-nodes-base.httpRequest',
				typeVersion: 4.2,
				position: [480, 0],
				parameters: {
					method: 'POST',
					url: notifyUrl,
					sendBody: true,
					specifyBody: 'json',
					jsonBody:
						"={{ JSON.stringify({ alertId: $('CIPP Trigger').item.json.alertId, user: $('CIPP Trigger').item.json.user, outcome: $json.error ? 'refused' : $json.status, detail: $json.error ?? $json.message }) }}",
					options: {},
				},
			},
		],
		connections: { 'CIPP Trigger': link('Reset Password'), 'Reset Password': link('Notify') },
	};
}

const POLL_WORKFLOW_ID = 'e2eCippTriggerPoll';

/**
 * A polling CIPP Trigger reporting what it reads: on activation n8n polls once, and with Include
 * Past Hours the audit-log alerts CIPP stored in the last hours come out, once each.
 */
function pollingWorkflow(notifyUrl: string): Workflow {
	return {
		id: POLL_WORKFLOW_ID,
		name: 'e2e: CIPP Trigger polling the stored audit-log alerts',
		active: false,
		settings: { executionOrder: 'v1' },
		nodes: [
			{
				name: 'CIPP Trigger',
				type: 'n8n-nodes-cipp-toolkit.cippTrigger',
				typeVersion: 1,
				position: [0, 0],
				webhookId: '3c1e2e0a-7b1f-4c55-9f0e-2e2e0c1a7e12',
				parameters: {
					mode: 'poll',
					pollSchedule: { item: [{ mode: 'everyMinute' }] },
					pollSources: ['auditLog'],
					options: { includePastHours: 3 },
				},
				credentials: { cippApi: CREDENTIALS.insecure },
			},
			{
				name: 'Report',
				type: 'n8n-nodes-base.httpRequest',
				typeVersion: 4.2,
				position: [240, 0],
				parameters: {
					method: 'POST',
					url: notifyUrl,
					sendBody: true,
					specifyBody: 'json',
					jsonBody: '={{ JSON.stringify({ alertId: $json.alertId, via: $json.via, alertType: $json.alertType }) }}',
					options: {},
				},
			},
		],
		connections: { 'CIPP Trigger': { main: [[{ node: 'Report', type: 'main', index: 0 }]] } },
	};
}

function credentials(sandbox: Sandbox): CredentialImport[] {
	return [
		...sandboxCredentials(sandbox.info),
		{ ...SECRET_CREDENTIAL, type: 'cippAlertWebhookApi', data: { secret: SECRET, username: 'cipp', headerName: 'X-CIPP-Webhook-Key' } },
	];
}

/**
 * Until n8n has registered the trigger's production webhook (a queue-mode main can say it has
 * started before): the trigger itself answers 401 to a POST without the secret, n8n 404 before.
 * CIPP does not retry, so it is only pointed at the URL once this holds.
 */
async function webhookRegistered(main: RunningN8n): Promise<void> {
	const deadline = Date.now() + 120_000;
	for (;;) {
		const status = (
			await fetch(`${main.base}/webhook/${WEBHOOK_ID}/cipp-alerts`, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: '{}',
			})
		).status;
		if (status === 401) return;
		if (status !== 404 || Date.now() > deadline)
			throw new Error(`the trigger's production URL answered ${status}, expected 401 without the secret`);
		await sleep(500);
	}
}

/** CIPP → Settings → Notifications: the trigger's production URL, Bearer with the secret (kept in Key Vault). */
async function pointCippAt(sandbox: Sandbox, main: RunningN8n, standardized: boolean): Promise<void> {
	await webhookRegistered(main);
	await sandbox.control('/__sandbox/notifications', {
		webhook: `${main.base}/webhook/${WEBHOOK_ID}/cipp-alerts`,
		webhookAuthType: 'Bearer',
		webhookAuthToken: 'SentToKeyVault',
		UseStandardizedSchema: standardized,
		vault: { CIPPNotificationsWebhookAuthToken: SECRET },
	});
}

interface Fired {
	url: string;
	status?: number;
	error?: string;
}

async function fireAudit(sandbox: Sandbox, users: string[], count = users.length): Promise<Fired[]> {
	return await sandbox.control<Fired[]>('/__sandbox/alerts', { source: 'auditLog', tenant: 'contoso.onmicrosoft.com', users, count });
}

async function notifications(
	listener: HttpListener,
	count: number,
	timeoutMs: number,
	path = '/notify',
): Promise<Array<Record<string, unknown>>> {
	const deadline = Date.now() + timeoutMs;
	const received = () => listener.requests.filter((request: ReceivedRequest) => request.url === path);
	while (received().length < count && Date.now() < deadline) await sleep(250);
	return received().map((request) => (request.json ?? {}) as Record<string, unknown>);
}

/** Steps 1 and 2: a cloud user reset, an admin refused, each reported. */
async function resetAndRefuse(sandbox: Sandbox, listener: HttpListener): Promise<string[]> {
	const problems: string[] = [];
	const resetsBefore = (await sandbox.stats()).resets;
	const first = await fireAudit(sandbox, [CLOUD_USER]);
	if (first.length !== 1 || first[0].status !== 200) problems.push(`CIPP's POST of the first alert: ${JSON.stringify(first)}`);
	const [reset] = await notifications(listener, 1, 60_000);
	if (reset?.user !== CLOUD_USER || reset?.outcome !== 'success') problems.push(`first notification: ${JSON.stringify(reset)}`);
	if ((await sandbox.stats()).resets !== resetsBefore + 1) problems.push('the sandbox did not count exactly one reset for the cloud user');

	const second = await fireAudit(sandbox, [ADMIN]);
	if (second[0]?.status !== 200) problems.push(`CIPP's POST of the admin alert: ${JSON.stringify(second)}`);
	const refused = (await notifications(listener, 2, 60_000))[1];
	if (refused?.user !== ADMIN || refused?.outcome !== 'refused' || !/directory role/.test(String(refused?.detail))) {
		problems.push(`second notification: ${JSON.stringify(refused)}`);
	}
	if ((await sandbox.stats()).resets !== resetsBefore + 1) problems.push('the admin was reset');
	return problems;
}

/**
 * Requests CIPP would never make must be refused by n8n or the trigger with a 4xx and start
 * nothing: no credential, a wrong one, a body that is not JSON, JSON n8n cannot parse.
 */
async function refusals(main: RunningN8n): Promise<{ problems: string[]; statuses: number[] }> {
	const url = `${main.base}/webhook/${WEBHOOK_ID}/cipp-alerts`;
	const send = async (headers: Record<string, string>, body: string) => (await fetch(url, { method: 'POST', headers, body })).status;
	const json = { 'content-type': 'application/json' };
	const statuses = [
		await send(json, '{"Title":"x","Text":"y"}'),
		await send({ ...json, authorization: 'Bearer not-the-secret-0123456789' }, '{"Title":"x","Text":"y"}'),
		await send({ 'content-type': 'text/plain', authorization: `Bearer ${SECRET}` }, 'not json at all'),
		await send({ ...json, authorization: `Bearer ${SECRET}` }, '{"Title": broken'),
	];
	const expected = [[401], [403], [400], [400, 422]];
	const problems = statuses.flatMap((status, index) =>
		expected[index].includes(status) ? [] : [`refusal ${index + 1} answered ${status}, expected ${expected[index].join(' or ')}`],
	);
	return { problems, statuses };
}

/** Executions n8n stored for the workflow, through the REST API the editor uses. */
async function countExecutions(main: RunningN8n): Promise<number> {
	const login = await fetch(`${main.base}/rest/login`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(OWNER_LOGIN),
	});
	const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
	if (!login.ok || !cookie) throw new Error(`login answered ${login.status}`);
	const filter = encodeURIComponent(JSON.stringify({ workflowId: WORKFLOW_ID }));
	// n8n 2.x pages at most 100 executions; the count is of them all (exact below n8n's estimate threshold).
	const answer = await fetch(`${main.base}/rest/executions?filter=${filter}&limit=1`, { headers: { cookie } });
	const body = (await answer.json()) as { data?: { count?: number; estimated?: boolean } };
	const count = body.data?.count;
	if (typeof count !== 'number' || body.data?.estimated === true) {
		throw new Error(`GET /rest/executions answered ${answer.status}: ${JSON.stringify(body).slice(0, 300)}`);
	}
	return count;
}

/** The whole scenario on one n8n line, regular mode; then the burst. */
export async function checkTriggerScenario(install: N8nInstall, packed: Packed, keep: boolean): Promise<string> {
	const n8n = await N8n.create(install);
	const listener = await HttpListener.start();
	let sandbox: Sandbox | undefined;
	let main: RunningN8n | undefined;
	let ok = false;
	try {
		sandbox = await startSandbox([]);
		await n8n.installPackage(packed.tarball, packed.version);
		await n8n.importCredentials(credentials(sandbox));
		await publish(n8n, scenarioWorkflow(listener.url('/notify')));
		await publish(n8n, pollingWorkflow(listener.url('/poll')));
		main = await startMain(n8n, await freePort());
		// The sandbox keeps two audit-log alerts written one and two hours ago.
		const polled = await notifications(listener, 2, 120_000, '/poll');
		// 1.x gets CIPP's legacy bodies, 2.x the standardized envelope: both schemas in real n8n.
		await pointCippAt(sandbox, main, install.target.major >= 2);
		const problems = await resetAndRefuse(sandbox, listener);
		if (
			polled.length !== 2 ||
			polled.some((item) => item.via !== 'poll' || item.alertType !== 'auditLog') ||
			new Set(polled.map((item) => item.alertId)).size !== 2
		) {
			problems.push(`the polling trigger's first poll put out ${JSON.stringify(polled)}, expected the 2 stored audit-log alerts`);
		}
		const refused = await refusals(main);
		problems.push(...refused.problems);

		const started = Date.now();
		const burst = await fireAudit(sandbox, BURST_USERS, BURST);
		const answered = burst.filter((sent) => sent.status !== undefined && sent.status >= 200 && sent.status < 300).length;
		const received = await notifications(listener, 2 + BURST, 300_000);
		const seconds = ((Date.now() - started) / 1000).toFixed(1);
		const burstIds = new Set(received.slice(2).map((notice) => notice.alertId));
		await sleep(2000);
		const executions = await countExecutions(main);
		if (burst.length !== BURST || answered !== BURST)
			problems.push(
				`burst: ${burst.length} POSTs, ${answered} answered 2xx: ${JSON.stringify(burst.filter((s) => s.status !== 200).slice(0, 3))}`,
			);
		if (received.length !== 2 + BURST || burstIds.size !== BURST)
			problems.push(`burst: ${received.length - 2} notifications for ${burstIds.size} different alerts, expected ${BURST}`);
		if (executions !== 2 + BURST) problems.push(`n8n stored ${executions} executions, expected ${2 + BURST}`);
		if (problems.length) throw new Error(problems.join('\n'));
		ok = true;
		return `polling put out the ${polled.length} stored alerts on activation; reset ${CLOUD_USER}, refused ${ADMIN}; bad requests answered ${refused.statuses.join(', ')}, none ran; burst of ${BURST}: ${answered} answered 2xx, ${executions - 2} executions, ${burstIds.size} notifications, ${seconds}s`;
	} catch (e) {
		const log = main ? logExcerpt('main', main.server) : '';
		throw new Error(mask(`${(e as Error).message}${log}`));
	} finally {
		await main?.server.stop();
		await Promise.all([sandbox?.stop(), listener.stop()]);
		if (ok && !keep) n8n.cleanup();
		else info(`  (trigger user folder kept: ${n8n.userFolder})`);
	}
}

/** Steps 1 and 2 in queue mode: the main takes CIPP's POSTs, a worker runs the executions. */
export async function checkTriggerQueueMode(install: N8nInstall, packed: Packed, keep: boolean): Promise<string> {
	const folders: N8n[] = [];
	const listener = await HttpListener.start();
	const redis = await startRedis();
	let sandbox: Sandbox | undefined;
	let cluster: Cluster | undefined;
	let ok = false;
	try {
		const started = await startSandbox([]);
		sandbox = started;
		cluster = await startCluster(install, packed, redis.port, folders, async (main) => {
			await main.importCredentials(credentials(started));
			await publish(main, scenarioWorkflow(listener.url('/notify')));
		});
		await pointCippAt(started, cluster.main, install.target.major >= 2);
		const problems = await resetAndRefuse(started, listener);
		await sleep(1000);
		const byWorker = cluster.workers.map(workerExecutions);
		const ran = byWorker.flatMap((worker) => worker.finished);
		if (ran.length !== 2) problems.push(`the workers' logs show ${ran.length} finished executions, expected 2`);
		if (/Worker started execution/.test(cluster.main.server.output())) problems.push('the main ran an execution itself');
		if (problems.length) throw new Error(problems.join('\n'));
		ok = true;
		return `webhooks on the main, ${ran.length} executions on the workers (${byWorker.map((w, i) => `worker ${i + 1}: ${w.finished.length}`).join(', ')})`;
	} catch (e) {
		const processes = cluster
			? [{ name: 'main', proc: cluster.main.server }, ...cluster.workers.map((proc, i) => ({ name: `worker ${i + 1}`, proc }))]
			: [];
		throw new Error(mask(`${(e as Error).message}${processes.map(({ name, proc }) => logExcerpt(name, proc)).join('')}`));
	} finally {
		await Promise.all([cluster?.main.server.stop(), ...(cluster?.workers ?? []).map((w) => w.stop())]);
		await Promise.all([sandbox?.stop(), redis.stop(), listener.stop()]);
		for (const folder of folders) if (ok && !keep) folder.cleanup();
		if (!ok || keep) info(`  (trigger queue-mode user folders kept: ${folders.map((f) => f.userFolder).join(', ')})`);
	}
}
