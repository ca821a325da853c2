/**
 * The sandbox's own routes, for a parent process running the CLI (outside /api, no auth, never
 * logged or counted): GET /__sandbox/stats, POST /__sandbox/reset-stats, POST /__sandbox/alerts
 * (body: a FireRequest; CIPP sends that source's alerts now; answers what was sent and the
 * answers) and POST /__sandbox/notifications (body: settings merged into CIPP's notification row).
 */
import type { FireRequest } from './alerts/producers';
import type { Sent } from './alerts/sender';
import type { NotificationState } from './alerts/config';
import type { HttpResult } from './http';
import type { SandboxStats } from './types';

export const CONTROL_PATH = /^\/__sandbox(?:\/|$)/;

export interface Controllable {
	stats(): SandboxStats;
	resetStats(): void;
	fireAlerts(request: FireRequest): Promise<Sent[]>;
	notifications(): NotificationState;
}

export async function controlAnswer(method: string, path: string, sandbox: Controllable, body: unknown): Promise<HttpResult> {
	if (path === '/__sandbox/alerts' && method === 'POST') {
		const sent = await sandbox.fireAlerts(body as FireRequest);
		return { status: 200, body: sent.map(({ url, status, error }) => ({ url, status, error })) };
	}
	if (path === '/__sandbox/notifications' && method === 'POST') {
		const notifications = sandbox.notifications();
		const { vault, ...row } = (body ?? {}) as Record<string, unknown>;
		notifications.row = { ...(notifications.row ?? {}), ...(row as Record<string, string | boolean>) };
		Object.assign(notifications.vault, vault ?? {});
		return { status: 204 };
	}
	if (path === '/__sandbox/stats' && method === 'GET') {
		return { status: 200, body: sandbox.stats() };
	}
	if (path === '/__sandbox/reset-stats' && method === 'POST') {
		sandbox.resetStats();
		return { status: 204 };
	}
	return {
		status: 404,
		body: 'Unknown sandbox route: GET /__sandbox/stats, POST /__sandbox/reset-stats, /__sandbox/alerts or /__sandbox/notifications',
	};
}
