/**
 * Starts the CIPP HTTPS sandbox (test/sandbox/cli.ts) and reads the single
 * JSON line it prints: {"url","tokenUrl","tenantId","clientId","clientSecret"}.
 * It runs until stop() (SIGTERM to its process group).
 */
import * as https from 'https';
import type { SandboxStats } from '../sandbox/types';
import { REPO_ROOT, TIMEOUTS } from './config';
import { LongProcess, startLong } from './proc';
import { addSecret, mask } from './report';

export interface SandboxInfo {
	url: string;
	tokenUrl: string;
	tenantId: string;
	clientId: string;
	clientSecret: string;
}

export interface Sandbox {
	info: SandboxInfo;
	process: LongProcess;
	/** The sandbox's counters since it started (token requests, resets, ...): GET /__sandbox/stats. */
	stats(): Promise<SandboxStats>;
	/** POST to one of the sandbox's control routes (/__sandbox/alerts, /__sandbox/notifications); the answer parsed. */
	control<T = unknown>(route: string, body: unknown): Promise<T>;
	stop(): Promise<void>;
}

/** POST JSON to a control route (the sandbox's own certificate, not verified: see getJson). */
function postJson<T>(url: string, body: unknown): Promise<T> {
	const payload = JSON.stringify(body);
	return new Promise((resolve, reject) => {
		const req = https.request(
			url,
			{
				method: 'POST',
				rejectUnauthorized: false,
				timeout: 300_000,
				headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) },
			},
			(res) => {
				const chunks: Buffer[] = [];
				res.on('data', (d: Buffer) => chunks.push(d));
				res.on('end', () => {
					const text = Buffer.concat(chunks).toString('utf8');
					if ((res.statusCode ?? 500) >= 300) reject(new Error(`POST ${url} answered ${res.statusCode}: ${text.slice(0, 300)}`));
					else resolve((text ? JSON.parse(text) : undefined) as T);
				});
			},
		);
		req.on('timeout', () => req.destroy(new Error(`POST ${url} timed out`)));
		req.on('error', reject);
		req.end(payload);
	});
}

/**
 * GET a JSON document from the sandbox's control routes. The certificate is the sandbox's own
 * self-signed one and this is the test reading its local counters, so it is not verified here
 * (n8n, by contrast, gets no such leniency: see N8n.env).
 */
function getJson<T>(url: string): Promise<T> {
	return new Promise((resolve, reject) => {
		const req = https.get(url, { rejectUnauthorized: false, timeout: 10_000 }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (d: Buffer) => chunks.push(d));
			res.on('end', () => {
				const body = Buffer.concat(chunks).toString('utf8');
				if (res.statusCode !== 200) reject(new Error(`GET ${url} answered ${res.statusCode}: ${body.slice(0, 300)}`));
				else resolve(JSON.parse(body) as T);
			});
		});
		req.on('timeout', () => req.destroy(new Error(`GET ${url} timed out`)));
		req.on('error', reject);
	});
}

export async function startSandbox(extraArgs: string[] = []): Promise<Sandbox> {
	const proc = startLong('npx', ['ts-node', '--transpile-only', 'test/sandbox/cli.ts', '--port', '0', ...extraArgs], {
		cwd: REPO_ROOT,
		env: { ...process.env },
	});
	let line: string;
	try {
		line = await proc.waitForLine((l) => l.trimStart().startsWith('{'), TIMEOUTS.sandboxStart);
	} catch (e) {
		await proc.stop();
		throw new Error(mask(`CIPP sandbox did not start: ${(e as Error).message}\n${proc.output().slice(-3000)}`));
	}
	let info: SandboxInfo;
	try {
		info = JSON.parse(line) as SandboxInfo;
	} catch {
		await proc.stop();
		throw new Error(mask(`CIPP sandbox printed a line that is not JSON: ${line}`));
	}
	addSecret(info.clientSecret);
	for (const key of ['url', 'tokenUrl', 'tenantId', 'clientId', 'clientSecret'] as const) {
		if (typeof info[key] !== 'string' || !info[key]) {
			await proc.stop();
			throw new Error(mask(`CIPP sandbox JSON lacks "${key}": ${line}`));
		}
	}
	return {
		info,
		process: proc,
		stats: () => getJson<SandboxStats>(`${info.url}/__sandbox/stats`),
		control: <T>(route: string, body: unknown) => postJson<T>(`${info.url}${route}`, body),
		stop: () => proc.stop(),
	};
}
