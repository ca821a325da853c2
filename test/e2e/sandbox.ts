/**
 * Starts the CIPP HTTPS sandbox (test/sandbox/cli.ts) and reads the single
 * JSON line it prints: {"url","tokenUrl","tenantId","clientId","clientSecret"}.
 * It runs until stop() (SIGTERM to its process group).
 */
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
	stop(): Promise<void>;
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
	return { info, process: proc, stop: () => proc.stop() };
}
