/**
 * Drives one installed n8n release through its CLI: a fresh user folder, the
 * community package unpacked into it, credential and workflow imports, and
 * `n8n execute` with its JSON output parsed.
 */
import * as fs from 'fs';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import { N8N_BASE_ENV, PACKAGE_NAME, TIMEOUTS } from './config';
import { envWithPath, N8nInstall, n8nBin } from './install';
import { run, RunResult, startLong, LongProcess } from './proc';
import { mask } from './report';

export interface CredentialImport {
	id: string;
	name: string;
	type: string;
	data: Record<string, unknown>;
}

export interface ExecuteResult {
	ok: boolean;
	code: number | null;
	signal: NodeJS.Signals | null;
	timedOut: boolean;
	/**
	 * n8n printed a finished, successful run and then died from a signal on
	 * the way out (n8n 2.x on Node 24 with the default "vm" expression engine
	 * segfaults at exit in about one run of five, in an isolated-vm thread).
	 */
	crashedAfterSuccess: boolean;
	/** The IRun JSON printed by --rawOutput (absent when the run failed). */
	run?: IRunLike;
	/** The error JSON n8n logs when the run failed, if it could be parsed. */
	error?: Record<string, unknown>;
	/** stdout + stderr, for messages and diagnostics (not masked). */
	output: string;
	seconds: number;
}

/** The parts of n8n's IRun the checks look at. */
export interface IRunLike {
	data?: {
		resultData?: {
			error?: Record<string, unknown>;
			runData?: Record<string, RunDataEntry[]>;
			lastNodeExecuted?: string;
		};
	};
	[key: string]: unknown;
}

export interface RunDataEntry {
	error?: Record<string, unknown>;
	data?: { main?: Array<Array<{ json: Record<string, unknown>; pairedItem?: unknown }> | null> };
	source?: Array<{ previousNode: string; previousNodeOutput?: number; previousNodeRun?: number } | null>;
	executionStatus?: string;
}

export class N8n {
	readonly userFolder: string;

	private constructor(
		readonly install: N8nInstall,
		userFolder: string,
		private readonly brokerPort: number,
	) {
		this.userFolder = userFolder;
	}

	/** A fresh user folder (under the OS temp dir) for one version in one run. */
	static async create(install: N8nInstall): Promise<N8n> {
		const folder = fs.mkdtempSync(path.join(os.tmpdir(), `cipp-e2e-n8n-${install.version}-`));
		// n8n's task broker listens on 5679 by default: a free port lets two n8n run side by side.
		return new N8n(install, folder, await freePort());
	}

	get label(): string {
		return `n8n ${this.install.version}`;
	}

	env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
		const env = envWithPath(this.install.pathPrefix, {
			...N8N_BASE_ENV,
			...this.install.target.env,
			N8N_USER_FOLDER: this.userFolder,
			N8N_RUNNERS_BROKER_PORT: String(this.brokerPort),
			...extra,
		});
		// Nothing may weaken TLS behind the node's back, or the certificate check means nothing.
		delete env.NODE_TLS_REJECT_UNAUTHORIZED;
		delete env.NODE_EXTRA_CA_CERTS;
		return env;
	}

	/** Run `n8n <args>` with this version's Node and environment. */
	cli(args: string[], timeoutMs = TIMEOUTS.n8nCommand, extraEnv: Record<string, string> = {}): Promise<RunResult> {
		return run(this.install.nodeBin, [n8nBin(this.install.dir), ...args], {
			cwd: this.userFolder,
			env: this.env(extraEnv),
			timeoutMs,
		});
	}

	/**
	 * Start a long-running n8n: `start` (the main: editor, REST API, webhooks) or
	 * `worker` (queue mode: runs executions taken from Redis). The caller stops it.
	 */
	startServer(extraEnv: Record<string, string>, command: 'start' | 'worker' = 'start', args: string[] = []): LongProcess {
		return startLong(this.install.nodeBin, [n8nBin(this.install.dir), command, ...args], {
			cwd: this.userFolder,
			env: this.env(extraEnv),
		});
	}

	/**
	 * Install the package the way n8n's community-package installer leaves it:
	 * the tarball unpacked into ~/.n8n/nodes/node_modules/<name>, and listed in
	 * ~/.n8n/nodes/package.json.
	 */
	async installPackage(tarball: string, version: string): Promise<void> {
		const nodesDir = path.join(this.userFolder, '.n8n', 'nodes');
		const target = path.join(nodesDir, 'node_modules', PACKAGE_NAME);
		fs.rmSync(target, { recursive: true, force: true });
		fs.mkdirSync(target, { recursive: true });
		fs.writeFileSync(
			path.join(nodesDir, 'package.json'),
			JSON.stringify({ name: 'installed-nodes', private: true, dependencies: { [PACKAGE_NAME]: version } }, null, 2),
		);
		const r = await run('tar', ['-xzf', tarball, '-C', target, '--strip-components=1'], { timeoutMs: 60_000 });
		if (r.code !== 0) throw new Error(`tar failed: ${r.stderr}`);
		if (!fs.existsSync(path.join(target, 'package.json'))) throw new Error(`nothing unpacked into ${target}`);
	}

	private writeImportFile(name: string, content: unknown): string {
		const dir = path.join(this.userFolder, 'e2e-import');
		fs.mkdirSync(dir, { recursive: true });
		const file = path.join(dir, name);
		fs.writeFileSync(file, JSON.stringify(content, null, 2));
		return file;
	}

	async importCredentials(creds: CredentialImport[]): Promise<void> {
		const file = this.writeImportFile('credentials.json', creds);
		try {
			const r = await this.cli(['import:credentials', `--input=${file}`]);
			if (r.code !== 0) throw new Error(commandFailure('n8n import:credentials', r));
		} finally {
			// The file holds the client secret in plain text.
			fs.rmSync(file, { force: true });
		}
	}

	/** Import workflows, all in one n8n start-up (import:workflow --separate). */
	async importWorkflows(workflows: Array<{ id: string }>): Promise<void> {
		const dir = path.join(this.userFolder, 'e2e-import', 'workflows');
		fs.rmSync(dir, { recursive: true, force: true });
		fs.mkdirSync(dir, { recursive: true });
		for (const wf of workflows) fs.writeFileSync(path.join(dir, `${wf.id}.json`), JSON.stringify(wf, null, 2));
		const r = await this.cli(['import:workflow', '--separate', `--input=${dir}`]);
		if (r.code !== 0) throw new Error(commandFailure('n8n import:workflow', r));
	}

	async execute(workflowId: string): Promise<ExecuteResult> {
		const r = await this.cli(['execute', `--id=${workflowId}`, '--rawOutput']);
		const output = `${r.stdout}\n${r.stderr}`;
		const parsed = parseFirstJson(r.stdout);
		const looksLikeRun = parsed !== undefined && ('data' in parsed || 'finished' in parsed || 'status' in parsed);
		const run = looksLikeRun ? (parsed as IRunLike) : undefined;
		const crashedAfterSuccess =
			!r.timedOut &&
			r.code === null &&
			r.signal === 'SIGSEGV' &&
			run?.finished === true &&
			run.status === 'success' &&
			!run.data?.resultData?.error;
		return {
			ok: (r.code === 0 || crashedAfterSuccess) && !r.timedOut,
			code: r.code,
			signal: r.signal,
			timedOut: r.timedOut,
			crashedAfterSuccess,
			run,
			error: parsed !== undefined && !looksLikeRun ? parsed : undefined,
			output,
			seconds: r.durationMs / 1000,
		};
	}

	cleanup(): void {
		fs.rmSync(this.userFolder, { recursive: true, force: true });
	}
}

/**
 * n8n prints log lines before (and sometimes after) the JSON. Parse from the
 * first line starting with `{` up to the furthest line that makes valid JSON.
 */
export function parseFirstJson(stdout: string): Record<string, unknown> | undefined {
	const lines = stdout.split('\n');
	for (let start = 0; start < lines.length; start++) {
		if (!lines[start].startsWith('{')) continue;
		for (let end = lines.length; end > start; end--) {
			const last = lines[end - 1].trimEnd();
			if (!last.endsWith('}')) continue;
			try {
				return JSON.parse(lines.slice(start, end).join('\n')) as Record<string, unknown>;
			} catch {
				/* try a shorter span */
			}
		}
	}
	return undefined;
}

export function commandFailure(what: string, r: RunResult): string {
	const why = r.timedOut ? 'timed out (process group killed)' : `exited with code ${r.code}`;
	const text = `${r.stdout}\n${r.stderr}`.trim().split('\n').slice(-30).join('\n');
	return mask(`${what} ${why}\n${text}`);
}

/** A TCP port that was free a moment ago. */
export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const srv = net.createServer();
		srv.unref();
		srv.on('error', reject);
		srv.listen(0, '127.0.0.1', () => {
			const { port } = srv.address() as net.AddressInfo;
			srv.close(() => resolve(port));
		});
	});
}
