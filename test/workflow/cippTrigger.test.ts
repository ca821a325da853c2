/**
 * The CIPP Trigger in n8n's engine (test/harness/triggerHost.ts): the sandbox posts what CIPP
 * posts to the trigger's production URL; each accepted call is an execution.
 */
import { request } from 'node:http';

import type { ICredentialDataDecryptedObject, IDataObject, INodeParameters } from 'n8n-workflow';

import { TriggerHost } from '../harness/triggerHost';
import type { AlertSource } from '../sandbox/alerts/producers';
import { sandboxPerFile } from '../support/sandboxPerFile';
import { SECRET, triggerCredentials, triggerPackage, triggerWorkflow } from '../support/triggerWorkflows';
import { CREDENTIAL_ID, NODE_TYPE, RESET_FROM_ALERT } from '../support/workflows';

const sandbox = sandboxPerFile();
const CONTOSO = 'contoso.onmicrosoft.com';
const ADELE = 'adele.vance@contoso.onmicrosoft.com';

const hosts: TriggerHost[] = [];
async function host(
	parameters: INodeParameters = {},
	options: { secret?: ICredentialDataDecryptedObject; staticData?: IDataObject; after?: Parameters<typeof triggerWorkflow>[1] } = {},
) {
	const started = new TriggerHost(triggerPackage, triggerWorkflow(parameters, options.after), {
		credentials: triggerCredentials(sandbox(), options.secret),
		staticData: options.staticData,
	});
	await started.start();
	hosts.push(started);
	return started;
}
afterEach(async () => {
	await Promise.all(hosts.splice(0).map((started) => started.stop()));
});

/** CIPP sends with this trigger's secret as a bearer token unless a test says otherwise. */
function cippSends(settings: IDataObject = {}) {
	const notifications = sandbox().notifications();
	notifications.row = {
		...notifications.row,
		webhookAuthType: 'Bearer',
		webhookAuthToken: 'SentToKeyVault',
		UseStandardizedSchema: false,
		...settings,
	} as never;
	notifications.vault.CIPPNotificationsWebhookAuthToken = SECRET;
}

async function fire(target: TriggerHost, source: AlertSource, extra: IDataObject = {}) {
	const sent = await sandbox().fireAlerts({ source, tenant: CONTOSO, users: [ADELE], url: target.url, ...extra });
	await target.settle();
	return sent;
}

function post(url: string, body: string | Buffer, headers: Record<string, string> = {}): Promise<{ status: number; text: string }> {
	return new Promise((resolve, reject) => {
		const req = request(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers } }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (chunk: Buffer) => chunks.push(chunk));
			res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
		});
		req.on('error', reject);
		req.end(body);
	});
}

const bearer = { authorization: `Bearer ${SECRET}` };

describe.each([
	['legacy', false],
	['standardized', true],
])('each source, %s schema', (schema, standardized) => {
	const expectations: Array<[AlertSource, number, IDataObject]> = [
		[
			'auditLog',
			1,
			{ alertType: 'auditLog', tenant: CONTOSO, user: ADELE, operation: 'New-InboxRule', ip: '203.0.113.45', location: 'Amsterdam, NL' },
		],
		['scriptedAlert', 2, { alertType: 'scriptedAlert', tenant: CONTOSO, user: ADELE }],
		['drift', 2, { alertType: 'drift', tenant: CONTOSO, user: '' }],
		['baseline', 1, { alertType: 'baseline', tenant: CONTOSO, title: `Baseline drift detected: standards.AuditLog on ${CONTOSO}` }],
		['customTest', 2, { alertType: 'customTest', tenant: CONTOSO, severity: 'Medium' }],
		['testAlert', 1, { alertType: 'testAlert', title: 'CIPP Notification Test' }],
		['standards', 1, { alertType: 'standards', tenant: '' }],
		['extension', 1, { alertType: 'extension' }],
	];
	test.each(expectations)('%s gives %i item(s) with the header', async (source, count, header) => {
		cippSends({ UseStandardizedSchema: standardized });
		const target = await host();
		const users = source === 'scriptedAlert' ? [ADELE, 'alex.wilber@contoso.onmicrosoft.com'] : [ADELE];
		const sent = await fire(target, source, { users });
		expect(sent.map((one) => one.status)).toEqual([200]);
		expect(JSON.parse(sent[0].body).schemaVersion).toBe(standardized ? '1.0' : undefined);
		expect(target.executions).toHaveLength(1);
		const items = target.executions[0].items;
		expect(items).toHaveLength(count);
		expect(items[0].json).toMatchObject(header);
		for (const item of items) {
			expect(item.json).toMatchObject({ alertType: header.alertType, schema, via: 'webhook' });
			expect(typeof item.json.receivedAt).toBe('string');
			expect(item.json.raw).toBeInstanceOf(Object);
			expect(item.json.alertId).toEqual(expect.any(String));
		}
	});

	test('a logbook batch of 500 rows gives 500 items; a second batch its own POST', async () => {
		cippSends({ UseStandardizedSchema: standardized });
		const target = await host();
		const sent = await fire(target, 'logbook', { rows: 501 });
		expect(sent).toHaveLength(2);
		expect(target.executions.map((execution) => execution.items.length).sort((a, b) => a - b)).toEqual([1, 500]);
		const rows = target.executions.flatMap((execution) => execution.items.map((item) => item.json));
		expect(new Set(rows.map((row) => row.alertId)).size).toBe(501);
		expect(rows[0]).toMatchObject({ alertType: 'logbook', severity: 'Alert', tenant: CONTOSO, user: ADELE, schema });
	});
});

test('an audit alert naming a user resets that user through Reset Password, tenant and user taken from the item', async () => {
	cippSends();
	const reset = {
		id: 'reset',
		name: 'Reset Password',
		type: NODE_TYPE,
		typeVersion: 1,
		position: [220, 0] as [number, number],
		parameters: RESET_FROM_ALERT,
		credentials: { cippApi: { id: CREDENTIAL_ID, name: 'CIPP sandbox' } },
	};
	const target = await host({}, { after: [reset] });
	const before = sandbox().findUser(CONTOSO, ADELE)?.lastPasswordChangeDateTime;
	await fire(target, 'auditLog');
	const [execution] = target.executions;
	expect(execution.run.data.resultData.error).toBeUndefined();
	expect(execution.output('Reset Password')).toHaveLength(1);
	expect(execution.output('Reset Password')[0].pairedItem).toEqual({ item: 0 });
	expect(sandbox().findUser(CONTOSO, ADELE)?.lastPasswordChangeDateTime).not.toBe(before);
});

describe('filters', () => {
	test('alerts that do not pass start nothing, and CIPP still gets 200', async () => {
		cippSends();
		const target = await host({ filters: { alertTypes: ['auditLog'], tenants: 'fabrikam.onmicrosoft.com' } });
		const sent = await fire(target, 'auditLog');
		expect(sent[0].status).toBe(200);
		expect(target.answers[0].body).toMatchObject({ received: 1, started: false });
		expect(target.executions).toHaveLength(0);
	});

	test('type, tenant, operation and severity filters keep what matches', async () => {
		cippSends();
		const byType = await host({ filters: { alertTypes: ['drift'] } });
		await fire(byType, 'auditLog');
		await fire(byType, 'drift');
		expect(byType.executions.map((execution) => execution.items[0].json.alertType)).toEqual(['drift']);

		const byOperation = await host({ filters: { operations: 'UserLoggedIn, add member to role.' } });
		await fire(byOperation, 'auditLog', { operation: 'New-InboxRule' });
		await fire(byOperation, 'auditLog', { operation: 'Add member to role.' });
		expect(byOperation.executions.map((execution) => execution.items[0].json.operation)).toEqual(['Add member to role.']);

		const bySeverity = await host({ filters: { severities: ['high'], tenants: CONTOSO } });
		await fire(bySeverity, 'customTest');
		expect(bySeverity.executions[0].items.map((item) => item.json.severity)).toEqual(['High']);
	});
});

describe('authentication', () => {
	const body = JSON.stringify({ Title: 'CIPP Notification Test', Text: 'hello' });
	test.each([
		['bearer', { webhookAuthType: 'Bearer' }, { authorization: `Bearer ${SECRET}` }, { authorization: 'Bearer not-the-secret-at-all-123' }],
		[
			'basic',
			{ webhookAuthType: 'Basic', webhookAuthUsername: 'cipp', webhookAuthPassword: 'SentToKeyVault' },
			{ authorization: `Basic ${Buffer.from(`cipp:${SECRET}`).toString('base64')}` },
			{ authorization: `Basic ${Buffer.from(`admin:${SECRET}`).toString('base64')}` },
		],
		[
			'apiKey',
			{ webhookAuthType: 'ApiKey', webhookAuthHeaderName: 'X-CIPP-Webhook-Key', webhookAuthHeaderValue: 'SentToKeyVault' },
			{ 'x-cipp-webhook-key': SECRET },
			{ 'x-cipp-webhook-key': `${SECRET}x` },
		],
	])(
		'%s: CIPP with the secret is accepted; none is 401, a wrong one 403, and neither starts anything',
		async (auth, settings, good, wrong) => {
			cippSends(settings);
			sandbox().notifications().vault.CIPPNotificationsWebhookAuthPassword = SECRET;
			sandbox().notifications().vault.CIPPNotificationsWebhookAuthHeaderValue = SECRET;
			const target = await host({ authentication: auth });
			const sent = await fire(target, 'testAlert');
			expect(sent[0].status).toBe(200);
			expect((await post(target.url, body, good)).status).toBe(200);
			const missing = await post(target.url, body);
			const refused = await post(target.url, body, wrong);
			await target.settle();
			expect(missing.status).toBe(401);
			expect(refused.status).toBe(403);
			expect(target.executions).toHaveLength(2);
			expect(JSON.stringify([missing, refused, target.executions.map((execution) => execution.items)])).not.toContain(SECRET);
		},
	);

	test('none accepts a request without credentials; it is not the default', async () => {
		const open = await host({ authentication: 'none' });
		expect((await post(open.url, JSON.stringify({ Title: 'x', Text: 'y' }))).status).toBe(200);
		await open.settle();
		expect(open.executions).toHaveLength(1);
		const byDefault = await host({});
		expect((await post(byDefault.url, JSON.stringify({ Title: 'x', Text: 'y' }))).status).toBe(401);
	});

	test('a secret shorter than 16 characters refuses everything, even when it matches', async () => {
		const target = await host({}, { secret: { secret: 'short' } });
		expect((await post(target.url, '{"Title":"x","Text":"y"}', { authorization: 'Bearer short' })).status).toBe(403);
		await target.settle();
		expect(target.executions).toHaveLength(0);
	});
});

describe('bad input', () => {
	test.each([
		['not JSON', 'this is not json', 400, /not JSON/],
		['a JSON number', '42', 400, /JSON number/],
		['an empty list', '[]', 400, /empty list/],
		['a list of strings', '["a","b"]', 400, /string at position 0/],
		['an envelope whose payload is not a list', '{"schemaVersion":"1.0","payload":{"a":1}}', 400, /payload is not a list/],
	])('%s: %i, says why, starts nothing', async (_name, body, status, message) => {
		const target = await host();
		const answer = await post(target.url, body, bearer);
		await target.settle();
		expect(answer.status).toBe(status);
		expect(JSON.parse(answer.text).message).toMatch(message);
		expect(target.executions).toHaveLength(0);
	});

	test('a body over Max Body Size is refused with 413', async () => {
		const target = await host({ options: { maxBodySizeMb: 0.5 } });
		const big = JSON.stringify({ Title: 'x', Text: 'y'.repeat(600_000) });
		const answer = await post(target.url, big, bearer);
		await target.settle();
		expect(answer.status).toBe(413);
		expect(JSON.parse(answer.text).message).toMatch(/Max Body Size/);
		expect(target.executions).toHaveLength(0);
	});

	test('JSON from a source this version does not know is passed on as unknown', async () => {
		const target = await host();
		expect(
			(
				await post(
					target.url,
					JSON.stringify({ schemaVersion: '1.0', source: 'Future Thing', title: 'New', tenant: CONTOSO, payload: [{ what: 'new' }] }),
					bearer,
				)
			).status,
		).toBe(200);
		await target.settle();
		expect(target.executions[0].items[0].json).toMatchObject({ alertType: 'unknown', tenant: CONTOSO, title: 'New', raw: { what: 'new' } });
	});
});

describe('registering in CIPP', () => {
	test('activation points CIPP at the trigger keeping every other setting and stored secret; deactivation restores the URL', async () => {
		const notifications = sandbox().notifications();
		cippSends({ webhook: 'https://hooks.northstarit.com/cipp', Severity: 'Alert,Error' });
		notifications.vault.CIPPNotificationsWebhookAuthToken = 'the-previous-receivers-token';
		const before = structuredClone(notifications.row ?? {});
		const target = await host({ registerInCipp: true, authentication: 'apiKey' });
		await target.activate();
		const during = notifications.row ?? {};
		expect(during).toMatchObject({
			webhook: target.url,
			webhookAuthType: 'ApiKey',
			webhookAuthHeaderName: 'X-CIPP-Webhook-Key',
			webhookAuthHeaderValue: 'SentToKeyVault',
		});
		for (const key of [
			'email',
			'Severity',
			'onePerTenant',
			'sendtoIntegration',
			'UseStandardizedSchema',
			'Standards',
			'webhookAuthToken',
		]) {
			expect({ key, value: during[key] }).toEqual({ key, value: before[key] });
		}
		expect(notifications.vault.CIPPNotificationsWebhookAuthToken).toBe('the-previous-receivers-token');
		expect(notifications.vault.CIPPNotificationsWebhookAuthHeaderValue).toBe(SECRET);
		// CIPP's own test alert now reaches the trigger with the header it was told to send.
		await fire(target, 'testAlert', { url: undefined });
		expect(target.executions).toHaveLength(1);
		await target.deactivate();
		expect(notifications.row).toMatchObject({
			webhook: before.webhook,
			webhookAuthType: before.webhookAuthType,
			email: before.email,
			Severity: before.Severity,
			Standards: true,
		});
		expect(notifications.vault.CIPPNotificationsWebhookAuthToken).toBe('the-previous-receivers-token');
	});
});

describe('polling', () => {
	test('across a restart: no alert lost, none repeated; the first activation starts from now', async () => {
		const first = await host({ mode: 'poll', pollSources: ['auditLog'] });
		expect(await first.poll()).toBeNull();
		await sandbox().fireAlerts({ source: 'auditLog', tenant: CONTOSO, users: [ADELE], count: 2, url: 'http://127.0.0.1:9/unreachable' });
		const polled = await first.poll();
		expect(polled?.map((item) => item.json.alertType)).toEqual(['auditLog', 'auditLog']);
		expect(polled?.[0].json).toMatchObject({ via: 'poll', schema: 'stored', tenant: CONTOSO, user: ADELE, operation: 'New-InboxRule' });
		const saved = first.savedStaticData();
		// n8n is down: an alert CIPP could not deliver.
		await sandbox().fireAlerts({ source: 'auditLog', tenant: CONTOSO, users: [ADELE], url: 'http://127.0.0.1:9/unreachable' });
		const second = await host({ mode: 'poll', pollSources: ['auditLog'] }, { staticData: saved });
		const afterRestart = await second.poll();
		expect(afterRestart).toHaveLength(1);
		expect(afterRestart?.[0].json.alertId).not.toBe(polled?.[0].json.alertId);
		expect(await second.poll()).toBeNull();
		expect(second.executions).toHaveLength(1);
	});

	test('Include Past Hours brings the stored alerts of that window on first activation', async () => {
		const target = await host({ mode: 'poll', pollSources: ['auditLog'], options: { includePastHours: 3 } });
		const items = await target.poll();
		expect(items?.length).toBeGreaterThan(0);
		expect(items?.every((item) => item.json.alertType === 'auditLog')).toBe(true);
	});

	test('fetch test event returns the newest stored alerts in the same shape', async () => {
		const target = await host({ mode: 'poll', pollSources: ['auditLog'] });
		const execution = await target.testRun();
		expect(execution.run.data.resultData.error).toBeUndefined();
		expect(execution.items.length).toBeGreaterThan(0);
		expect(execution.items[0].json).toMatchObject({ alertType: 'auditLog', via: 'poll' });
		expect(execution.items[0].pairedItem).toEqual({ item: 0 });
	});
});
