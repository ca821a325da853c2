/**
 * Child-process helpers: every command gets its own process group and a time
 * limit; on timeout the whole group is killed. Long-running processes
 * (sandbox, n8n server) are tracked and killed when this process exits,
 * however it exits.
 */
import { spawn, ChildProcess, SpawnOptions } from 'child_process';
import * as fs from 'fs';

export interface RunOptions {
	cwd?: string;
	env?: NodeJS.ProcessEnv;
	timeoutMs: number;
	/** Also append stdout and stderr to this file. */
	logFile?: string;
}

export interface RunResult {
	code: number | null;
	signal: NodeJS.Signals | null;
	stdout: string;
	stderr: string;
	timedOut: boolean;
	durationMs: number;
}

const live = new Set<ChildProcess>();

/**
 * Kill a child's whole process group (it was spawned detached, so its pid is
 * the group id). `evenIfExited` also signals the group after the leader has
 * exited, to catch grandchildren that outlived it.
 */
export function killGroup(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM', evenIfExited = false): void {
	if (child.pid === undefined) return;
	const exited = child.exitCode !== null || child.signalCode !== null;
	if (exited && !evenIfExited) return;
	try {
		process.kill(-child.pid, signal);
	} catch {
		try {
			child.kill(signal);
		} catch {
			/* already gone */
		}
	}
}

const cleanups: Array<() => void> = [];

/** Run `fn` (synchronous, e.g. removing a temp folder) when this process exits, however it exits. */
export function onExit(fn: () => void): void {
	cleanups.push(fn);
}

/** True once Ctrl-C (or SIGTERM/SIGHUP) has started the shutdown. */
export function isShuttingDown(): boolean {
	return shuttingDown;
}

function killAllNow(): void {
	for (const child of live) killGroup(child, 'SIGKILL');
	live.clear();
	for (const fn of cleanups.splice(0)) {
		try {
			fn();
		} catch {
			/* best effort */
		}
	}
}

/**
 * On Ctrl-C (or SIGTERM/SIGHUP): SIGTERM every tracked process group, give them
 * a few seconds to shut down, SIGKILL what is left, and exit. A second signal
 * skips the wait.
 */
function shutDownOnSignal(sig: NodeJS.Signals): void {
	const code = sig === 'SIGINT' ? 130 : 143;
	if (shuttingDown) {
		killAllNow();
		process.exit(code);
	}
	shuttingDown = true;
	for (const child of live) killGroup(child, 'SIGTERM');
	const deadline = Date.now() + 8_000;
	const poll = setInterval(() => {
		if (live.size === 0 || Date.now() > deadline) {
			clearInterval(poll);
			killAllNow();
			process.exit(code);
		}
	}, 100);
}

let shuttingDown = false;
let handlersInstalled = false;
function installExitHandlers(): void {
	if (handlersInstalled) return;
	handlersInstalled = true;
	process.on('exit', killAllNow);
	for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(sig, () => shutDownOnSignal(sig));
}

function spawnTracked(cmd: string, args: string[], opts: SpawnOptions): ChildProcess {
	installExitHandlers();
	const child = spawn(cmd, args, { ...opts, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
	live.add(child);
	child.on('exit', () => live.delete(child));
	return child;
}

/** Run a command to completion (or until its time limit) and capture its output. */
export function run(cmd: string, args: string[], opts: RunOptions): Promise<RunResult> {
	const started = Date.now();
	return new Promise((resolve) => {
		const child = spawnTracked(cmd, args, { cwd: opts.cwd, env: opts.env });
		const out: Buffer[] = [];
		const err: Buffer[] = [];
		const log = opts.logFile ? fs.createWriteStream(opts.logFile, { flags: 'a' }) : undefined;
		log?.write(`\n$ ${cmd} ${args.join(' ')}\n`);
		child.stdout?.on('data', (d: Buffer) => {
			out.push(d);
			log?.write(d);
		});
		child.stderr?.on('data', (d: Buffer) => {
			err.push(d);
			log?.write(d);
		});
		let timedOut = false;
		let killTimer: NodeJS.Timeout | undefined;
		const timer = setTimeout(() => {
			timedOut = true;
			killGroup(child, 'SIGTERM');
			killTimer = setTimeout(() => killGroup(child, 'SIGKILL'), 5_000);
		}, opts.timeoutMs);
		const finish = (code: number | null, signal: NodeJS.Signals | null) => {
			clearTimeout(timer);
			if (killTimer) clearTimeout(killTimer);
			// Leave nothing behind: grandchildren that outlived the command.
			killGroup(child, 'SIGKILL', true);
			log?.end();
			resolve({
				code,
				signal,
				stdout: Buffer.concat(out).toString('utf8'),
				stderr: Buffer.concat(err).toString('utf8'),
				timedOut,
				durationMs: Date.now() - started,
			});
		};
		child.on('error', (e) => {
			err.push(Buffer.from(String(e)));
			finish(null, null);
		});
		child.on('close', finish);
	});
}

/** A process that keeps running until stop() is called. */
export interface LongProcess {
	child: ChildProcess;
	/** Everything written so far (stdout and stderr interleaved). */
	output(): string;
	/** Resolves with the first stdout line matching `test`, rejects on exit or timeout. */
	waitForLine(test: (line: string) => boolean, timeoutMs: number): Promise<string>;
	/** SIGTERM the group, SIGKILL after a grace period. */
	stop(graceMs?: number): Promise<void>;
}

export function startLong(cmd: string, args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv; logFile?: string }): LongProcess {
	const child = spawnTracked(cmd, args, { cwd: opts.cwd, env: opts.env });
	const log = opts.logFile ? fs.createWriteStream(opts.logFile, { flags: 'a' }) : undefined;
	let all = '';
	let stdoutBuf = '';
	const lines: string[] = [];
	const lineListeners = new Set<(line: string) => void>();
	child.stdout?.on('data', (d: Buffer) => {
		const s = d.toString('utf8');
		all += s;
		log?.write(d);
		stdoutBuf += s;
		let nl: number;
		while ((nl = stdoutBuf.indexOf('\n')) >= 0) {
			const line = stdoutBuf.slice(0, nl).replace(/\r$/, '');
			stdoutBuf = stdoutBuf.slice(nl + 1);
			lines.push(line);
			for (const l of lineListeners) l(line);
		}
	});
	child.stderr?.on('data', (d: Buffer) => {
		all += d.toString('utf8');
		log?.write(d);
	});
	const exited = new Promise<void>((resolve) => child.on('close', () => resolve()));
	child.on('close', () => log?.end());

	return {
		child,
		output: () => all,
		waitForLine(test, timeoutMs) {
			const seen = lines.find(test);
			if (seen !== undefined) return Promise.resolve(seen);
			return new Promise((resolve, reject) => {
				const done = (fn: () => void) => {
					clearTimeout(timer);
					lineListeners.delete(listener);
					child.off('close', onClose);
					fn();
				};
				const listener = (line: string) => {
					if (test(line)) done(() => resolve(line));
				};
				const onClose = (code: number | null) => done(() => reject(new Error(`process exited (code ${code}) before it was ready`)));
				const timer = setTimeout(() => done(() => reject(new Error(`not ready after ${Math.round(timeoutMs / 1000)}s`))), timeoutMs);
				lineListeners.add(listener);
				child.on('close', onClose);
			});
		},
		async stop(graceMs = 5_000) {
			if (child.exitCode !== null || child.signalCode !== null) return;
			killGroup(child, 'SIGTERM');
			const t = setTimeout(() => killGroup(child, 'SIGKILL'), graceMs);
			await exited;
			clearTimeout(t);
			// The leader is gone; make sure its group is too.
			killGroup(child, 'SIGKILL', true);
		},
	};
}
