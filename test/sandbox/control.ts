/**
 * The sandbox's own routes, for a parent process running the CLI (outside /api, no auth, never
 * logged or counted): GET /__sandbox/stats and POST /__sandbox/reset-stats.
 */
import type { HttpResult } from './http';
import type { SandboxStats } from './types';

export const CONTROL_PATH = /^\/__sandbox(?:\/|$)/;

export interface Controllable {
	stats(): SandboxStats;
	resetStats(): void;
}

export function controlAnswer(method: string, path: string, sandbox: Controllable): HttpResult {
	if (path === '/__sandbox/stats' && method === 'GET') {
		return { status: 200, body: sandbox.stats() };
	}
	if (path === '/__sandbox/reset-stats' && method === 'POST') {
		sandbox.resetStats();
		return { status: 204 };
	}
	return { status: 404, body: 'Unknown sandbox route: GET /__sandbox/stats or POST /__sandbox/reset-stats' };
}
