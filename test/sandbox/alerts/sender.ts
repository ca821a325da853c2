/**
 * Send-CIPPAlert -Type webhook (cipp-alerts.md §2): the headers the settings call for, the body
 * in the configured schema with %variables% substituted, one POST with a 100 s timeout and no
 * retry, and a logbook row (API `Webhook Alerts`) with the outcome.
 */
import { Agent as HttpAgent, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';

import { writeLog } from '../endpoints/catalogue/administration/state';
import type { SandboxState } from '../fixtures';
import { envelope, substitute } from './envelope';
import { notificationConfig, secretValue } from './config';

export const SEND_TIMEOUT_MS = 100_000;

/**
 * CIPPRestClient's default pool: at most five connections per host, so a burst queues behind them.
 * No idle connections are kept: .NET's pool replaces a connection the server has closed, while
 * Node's agent would send the next alert on it and fail (n8n 2.x closes idle ones after 5 s).
 */
const AGENTS = { http: new HttpAgent({ keepAlive: false, maxSockets: 5 }), https: new HttpsAgent({ keepAlive: false, maxSockets: 5 }) };

export interface Alert {
	/** The producer's body (legacy shape). */
	body: unknown;
	title: string;
	/** TenantFilter: a default domain or AllTenants. */
	tenant: string;
	/** The envelope's source (SchemaSource, else APIName). */
	source: string;
	invoking: string | null;
	/** A producer's own URL (drift, baseline); the global URL otherwise. */
	altWebhook?: string;
	/** Producers that pass the schema switch themselves; they pass the global value. */
	standardizedBody?: unknown;
}

export interface Sent {
	url: string;
	status?: number;
	error?: string;
	/** What went over the wire. */
	headers: Record<string, string>;
	body: string;
}

/** §1.6 and §1.7: the authentication headers, then Cloudflare Access's, which win on a clash. */
export function webhookHeaders(state: SandboxState): Record<string, string> {
	const notifications = notificationConfig(state);
	const row = notifications.row ?? {};
	const headers: Record<string, string> = { 'Content-Type': 'application/json' };
	const type = String(row.webhookAuthType ?? '').toLowerCase();
	const token = secretValue(notifications, 'webhookAuthToken');
	const username = String(row.webhookAuthUsername ?? '');
	const password = secretValue(notifications, 'webhookAuthPassword');
	const headerName = String(row.webhookAuthHeaderName ?? '');
	const headerValue = secretValue(notifications, 'webhookAuthHeaderValue');
	if (type === 'bearer' && token.trim()) headers.Authorization = `Bearer ${token}`;
	if (type === 'basic' && username.trim() && password.trim()) {
		headers.Authorization = `Basic ${Buffer.from(`${username}:${password}`, 'utf8').toString('base64')}`;
	}
	if (type === 'apikey' && headerName.trim() && headerValue.trim()) headers[headerName] = headerValue;
	if (type === 'customheaders') {
		try {
			const custom = JSON.parse(secretValue(notifications, 'webhookAuthHeaders')) as Record<string, unknown>;
			for (const [name, value] of Object.entries(custom)) headers[name] = typeof value === 'object' ? 'System.Object[]' : String(value);
		} catch {
			// CIPP logs a warning and sends without them.
		}
	}
	if (notifications.cloudflare) {
		headers['CF-Access-Client-Id'] = notifications.cloudflare.clientId;
		headers['CF-Access-Client-Secret'] = notifications.cloudflare.secret;
	}
	return headers;
}

function post(url: string, headers: Record<string, string>, body: string): Promise<{ status: number; text: string }> {
	const target = new URL(url);
	const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
	const agent = target.protocol === 'https:' ? AGENTS.https : AGENTS.http;
	return new Promise((resolve, reject) => {
		const req = send(
			target,
			{ method: 'POST', headers: { ...headers, 'Content-Length': Buffer.byteLength(body) }, agent, timeout: SEND_TIMEOUT_MS },
			(res) => {
				const chunks: Buffer[] = [];
				res.on('data', (chunk: Buffer) => chunks.push(chunk));
				res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
				res.on('error', reject);
			},
		);
		req.on('timeout', () => req.destroy(new Error(`The request to '${url}' timed out after 100s.`)));
		req.on('error', reject);
		req.end(body);
	});
}

export async function sendAlert(state: SandboxState, alert: Alert): Promise<Sent | undefined> {
	const notifications = notificationConfig(state);
	const url = alert.altWebhook || String(notifications.row?.webhook ?? '');
	// "No webhook URL configured": CIPP logs a warning and sends nothing.
	if (!url) return undefined;
	const standardized = notifications.row?.UseStandardizedSchema === true;
	const title = alert.title || `${alert.source} - ${alert.tenant} - Webhook Alert`;
	const payload = standardized
		? envelope(alert.standardizedBody ?? alert.body, { source: alert.source, invoking: alert.invoking, title, tenant: alert.tenant })
		: alert.body;
	const json = substitute(typeof payload === 'string' ? payload : JSON.stringify(payload), alert.tenant, state, notifications.variables);
	const headers = webhookHeaders(state);
	const log = (severity: string, message: string, logData: unknown) =>
		writeLog(state, {
			Tenant: 'AllTenants',
			API: 'Webhook Alerts',
			Message: message,
			Username: 'CIPP',
			Severity: severity as 'info',
			LogData: JSON.stringify(logData),
		});
	try {
		const answer = await post(url, headers, json);
		let response: unknown = answer.text;
		try {
			response = JSON.parse(answer.text);
		} catch {
			// kept as text
		}
		if (answer.status >= 200 && answer.status < 300) {
			log('info', `Sent Webhook alert ${title} to External webhook. Status code: ${answer.status}`, {
				WebhookUrl: url,
				StatusCode: answer.status,
				Response: response,
			});
		} else {
			log('error', `Webhook alert ${title} failed. ${answer.text}`, { WebhookUrl: url, StatusCode: answer.status, Response: response });
		}
		return { url, status: answer.status, headers, body: json };
	} catch (error) {
		log('error', `Could not send alerts to webhook: ${(error as Error).message}`, { WebhookUrl: url });
		return { url, error: (error as Error).message, headers, body: json };
	}
}
