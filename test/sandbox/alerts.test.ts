/**
 * The sandbox as CIPP's alert sender: the notification settings endpoints with their traps
 * (cipp-alerts.md §1.4, §1.5), ExecAddAlert's test alert (§3.8, §5.3) and the logbook row CIPP
 * writes for every send (§2.2).
 */
import { request } from 'node:https';

import { HttpListener } from '../support/receivers';
import { CippSandbox } from './index';

let sandbox: CippSandbox;
let listener: HttpListener;
beforeAll(async () => {
	[sandbox, listener] = await Promise.all([CippSandbox.start(), HttpListener.start()]);
});
afterAll(async () => {
	await Promise.all([sandbox.stop(), listener.stop()]);
});

/** One HTTPS exchange with the sandbox, trusting its certificate. */
function exchange(method: string, url: string, headers: Record<string, string>, body = ''): Promise<{ status: number; text: string }> {
	return new Promise((resolve, reject) => {
		const req = request(url, { method, headers, ca: sandbox.certificatePem }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (chunk: Buffer) => chunks.push(chunk));
			res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
		});
		req.on('error', reject);
		req.end(body);
	});
}

/** As the admin API client (CIPP.AppSettings.ReadWrite). */
async function asAdmin(
	method: 'GET' | 'POST',
	endpoint: string,
	body?: unknown,
): Promise<{ status: number; text: string; json: () => unknown }> {
	const { clientId, clientSecret } = sandbox.clients.admin;
	const form = new URLSearchParams({
		grant_type: 'client_credentials',
		client_id: clientId,
		client_secret: clientSecret,
		scope: `api://${clientId}/.default`,
	});
	const token = JSON.parse(
		(await exchange('POST', sandbox.tokenUrl(), { 'content-type': 'application/x-www-form-urlencoded' }, form.toString())).text,
	) as { access_token: string };
	const answer = await exchange(
		method,
		`${sandbox.url}/api/${endpoint}`,
		{ authorization: `Bearer ${token.access_token}`, 'content-type': 'application/json' },
		body === undefined ? '' : JSON.stringify(body),
	);
	return { ...answer, json: () => JSON.parse(answer.text) as unknown };
}

test('List answers with Severity and logsToInclude as lists and secrets as the Key Vault marker', async () => {
	const listed = (await asAdmin('GET', 'ListNotificationConfig')).json();
	expect(listed).toMatchObject({
		Severity: ['Alert', 'Error'],
		logsToInclude: ['Standards'],
		webhookAuthType: 'Bearer',
		webhookAuthToken: 'SentToKeyVault',
	});
	expect(JSON.stringify(listed)).not.toContain(sandbox.notifications().vault.CIPPNotificationsWebhookAuthToken);
});

test('Exec reads CIPP\'s shapes: a bare auth type turns authentication off, "false" is true, a bare log type fails the save', async () => {
	const saved = await asAdmin('POST', 'ExecNotificationConfig', {
		webhook: listener.url('/a'),
		webhookAuthType: 'Bearer',
		UseStandardizedSchema: 'false',
		Severity: [{ value: 'Alert' }],
	});
	expect(saved.json()).toEqual({ Results: 'Successfully set the configuration' });
	expect(sandbox.notifications().row).toMatchObject({
		webhookAuthType: '',
		UseStandardizedSchema: true,
		Severity: 'Alert',
		webhookAuthToken: 'SentToKeyVault',
	});
	const failed = await asAdmin('POST', 'ExecNotificationConfig', { webhook: listener.url('/a'), logsToInclude: ['Standards'] });
	expect(failed.status).toBe(200);
	expect((failed.json() as { Results: string }).Results).toMatch(/^Failed to set configuration/);
});

test('ExecAddAlert with sendWebhookNow posts {Title, Text} with the configured header and says so; the send is logged', async () => {
	await asAdmin('POST', 'ExecNotificationConfig', {
		webhook: listener.url('/cipp'),
		webhookAuthType: { value: 'ApiKey' },
		webhookAuthHeaderName: 'X-Alert-Key',
		webhookAuthHeaderValue: 'header-secret-value',
		UseStandardizedSchema: false,
	});
	const answer = await asAdmin('POST', 'ExecAddAlert', {
		text: 'This is a test from Notification Settings',
		sendWebhookNow: true,
		tenantFilter: 'contoso.onmicrosoft.com',
	});
	expect(answer.text).toBe(`Sent webhook to ${listener.url('/cipp')} with status code: 200`);
	const [posted] = listener.requests.slice(-1);
	expect(posted).toMatchObject({
		method: 'POST',
		url: '/cipp',
		json: { Title: 'CIPP Notification Test', Text: 'This is a test from Notification Settings' },
	});
	expect(posted.headers).toMatchObject({ 'content-type': 'application/json', 'x-alert-key': 'header-secret-value' });
	expect(posted.headers['user-agent']).toBeUndefined();
	const today = new Date().toISOString().slice(0, 10).replace(/-/g, '');
	const sends = (
		await asAdmin('GET', `ListLogs?Filter=true&StartDate=${today}&API=${encodeURIComponent('^Webhook Alerts$')}&Severity=Info`)
	).json() as Array<Record<string, unknown>>;
	expect(sends[0]).toMatchObject({
		API: 'Webhook Alerts',
		Severity: 'info',
		LogData: { WebhookUrl: listener.url('/cipp'), StatusCode: 200, Response: 'ok' },
	});
});

test('a receiver that cannot be reached: ExecAddAlert still answers 200, with the error', async () => {
	sandbox.notifications().row = { ...sandbox.notifications().row, webhook: 'http://127.0.0.1:9/nothing' };
	const answer = await asAdmin('POST', 'ExecAddAlert', { text: 'x', sendWebhookNow: 'true' });
	expect(answer.status).toBe(200);
	expect(answer.text).toMatch(/^Error: Could not send alerts to webhook/);
});
