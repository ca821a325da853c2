/**
 * A throw-away Redis for the queue-mode test: Debian's redis-server on
 * 127.0.0.1 and a free port, in memory only (no RDB or AOF files), stopped
 * with the rest of the run's processes (proc.ts).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { REDIS_SERVER_BIN, TIMEOUTS } from './config';
import { freePort } from './n8n';
import { onExit, startLong } from './proc';

export interface Redis {
	port: number;
	stop(): Promise<void>;
}

export async function startRedis(): Promise<Redis> {
	if (!fs.existsSync(REDIS_SERVER_BIN)) {
		throw new Error(`${REDIS_SERVER_BIN} not found: apt-get install redis-server (.ci/run does), or set CIPP_E2E_REDIS_SERVER`);
	}
	const port = await freePort();
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cipp-e2e-redis-'));
	onExit(() => fs.rmSync(dir, { recursive: true, force: true }));
	const proc = startLong(
		REDIS_SERVER_BIN,
		['--bind', '127.0.0.1', '--port', String(port), '--save', '', '--appendonly', 'no', '--dir', dir, '--daemonize', 'no'],
		{ cwd: dir },
	);
	const stop = async () => {
		await proc.stop();
		fs.rmSync(dir, { recursive: true, force: true });
	};
	try {
		await proc.waitForLine((line) => line.includes('Ready to accept connections'), TIMEOUTS.redisStart);
	} catch (e) {
		await stop();
		throw new Error(`redis-server did not start: ${(e as Error).message}\n${proc.output().slice(-2000)}`);
	}
	return { port, stop };
}
