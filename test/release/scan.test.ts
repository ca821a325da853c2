/**
 * scripts/scan-community-package.mjs is the CI gate for n8n's verification scan. These tests show
 * it can fail: on an error the scanner reports even when an inline comment disables the rule (the
 * real scan ignores such comments), on a warning the scanner itself would let pass, and on an empty
 * folder. That it passes this repository is shown by .ci/run, which runs it.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const SCRIPT = join(ROOT, 'scripts', 'scan-community-package.mjs');

// Each run starts the scanner's ESLint in a fresh process: about 5 s alone, 20 s on a 2-core machine
// shared with other test runs (measured).
jest.setTimeout(120_000);

let dir: string;

beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'cipp-scan-test-'));
	copyFileSync(join(ROOT, 'package.json'), join(dir, 'package.json'));
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

function scan(...args: string[]): { code: number | null; output: string } {
	const run = spawnSync(process.execPath, [SCRIPT, ...args], { cwd: ROOT, encoding: 'utf8' });
	return { code: run.status, output: `${run.stdout}${run.stderr}` };
}

test('an eslint-disable comment does not hide a finding in nodes/', () => {
	mkdirSync(join(dir, 'nodes', 'Fixture'), { recursive: true });
	writeFileSync(
		join(dir, 'nodes', 'Fixture', 'helper.ts'),
		'// eslint-disable-next-line no-console\nconsole.log("leak");\nexport const x = 1;\n',
	);
	const { code, output } = scan('--source', dir);
	expect(output).toMatch(/helper\.ts\s+2:1\s+error\s+Unexpected console statement\s+no-console/);
	expect(code).toBe(1);
});

test('a warning fails the run although the scanner alone would pass it', () => {
	const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
	delete manifest.homepage;
	writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
	const { code, output } = scan('--packed', dir);
	expect(output).toContain('@n8n/community-nodes/require-homepage');
	expect(output).toContain('the scanner passes it, but with 1 warning(s)');
	expect(code).toBe(1);
});

test('an empty folder is a failure, not a pass with nothing linted', () => {
	rmSync(join(dir, 'package.json'));
	const { code, output } = scan('--source', dir);
	expect(output).toContain('no files match');
	expect(code).toBe(1);
});
