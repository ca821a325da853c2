#!/usr/bin/env node
/**
 * The lint half of n8n's verification scan (`npx @n8n/scan-community-package`), run on this
 * checkout before anything is published, with the scanner's own code and configuration.
 *
 * The real scan downloads the published version: it checks the npm provenance statement, fetches
 * the GitHub commit that statement names, lints that source with SOURCE_FILE_PATTERNS and lints the
 * `npm pack` tarball of the version. Here the same two legs run on local files instead: the source
 * checkout (this repository) and the tarball `npm pack` makes of it, unpacked. Only the provenance
 * and registry look-ups are left out, because they need a published version. Nothing here touches
 * the network: `analyzePackage` is a pure ESLint run.
 *
 * Each leg runs twice over the same files:
 * 1. `analyzePackage`, the scanner's function, with its ESLint config and inline disables ignored:
 *    its verdict is the one n8n would give (it fails on errors only).
 * 2. The same config, files and options through ESLint directly, to see warnings too: the scanner
 *    hides them when it passes, but a warning (say a missing dark icon on a new node) is still a
 *    finding, and this run fails on any finding.
 *
 * Usage:
 *   node scripts/scan-community-package.mjs                  source checkout + packed tarball (needs `npm run build`)
 *   node scripts/scan-community-package.mjs --source DIR     only lint DIR as a source checkout
 *   node scripts/scan-community-package.mjs --packed DIR     only lint DIR as an unpacked tarball
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// The tarball leg's patterns, as in the scanner's analyzePackageByName (not exported by 0.32.0).
const PACKED_FILE_PATTERNS = ['**/*.js', 'package.json'];
// analyzePackage's own ignore list, repeated for the warnings pass (it is not exported either).
const IGNORED = ['node_modules/**', '**/package-lock.json'];

function parseArgs(argv) {
	const legs = {};
	for (let i = 0; i < argv.length; i += 2) {
		const [flag, value] = [argv[i], argv[i + 1]];
		if ((flag !== '--source' && flag !== '--packed') || !value) {
			throw new Error(`usage: scan-community-package.mjs [--source DIR] [--packed DIR] (got ${argv.join(' ')})`);
		}
		legs[flag.slice(2)] = resolve(value);
	}
	return legs;
}

/** `npm pack` of this checkout, unpacked as the scanner unpacks the published tarball. */
function packAndUnpack(workDir) {
	const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8'));
	const shipped = [...manifest.n8n.nodes, ...manifest.n8n.credentials];
	const missing = shipped.filter((file) => !existsSync(join(REPO_ROOT, file)));
	// Packing an unbuilt tree would lint nothing of the code n8n loads, and pass.
	if (missing.length > 0) throw new Error(`not built (run npm run build first): ${missing.join(', ')} missing`);

	const pack = spawnSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', workDir], {
		cwd: REPO_ROOT,
		encoding: 'utf8',
	});
	if (pack.status !== 0) throw new Error(`npm pack failed:\n${pack.stderr}`);
	const [{ filename }] = JSON.parse(pack.stdout.slice(pack.stdout.indexOf('[')));
	const packageDir = join(workDir, 'package');
	mkdirSync(packageDir);
	const untar = spawnSync('tar', ['-xzf', join(workDir, filename), '-C', packageDir, '--strip-components=1'], {
		encoding: 'utf8',
	});
	if (untar.status !== 0) throw new Error(`tar failed:\n${untar.stderr}`);
	const unpacked = shipped.filter((file) => !existsSync(join(packageDir, file)));
	if (unpacked.length > 0) throw new Error(`the tarball lacks ${unpacked.join(', ')} (package.json "files")`);
	return packageDir;
}

async function main() {
	const requested = parseArgs(process.argv.slice(2));
	const workDir = mkdtempSync(join(tmpdir(), 'cipp-scan-'));
	// The scanner makes a temp folder when it is imported (for downloads this run never makes);
	// inside workDir it is removed with the rest.
	process.env.TMPDIR = workDir;
	try {
		const scannerPath = createRequire(import.meta.url).resolve('@n8n/scan-community-package/scanner/scanner.mjs');
		const { analyzePackage, buildScanConfig, SOURCE_FILE_PATTERNS } = await import(scannerPath);
		// The ESLint and fast-glob the scanner itself resolves, not whichever the project hoists.
		const scannerRequire = createRequire(scannerPath);
		const { ESLint } = scannerRequire('eslint');
		const glob = scannerRequire('fast-glob');

		const legs = Object.keys(requested).length > 0 ? requested : { source: REPO_ROOT, packed: packAndUnpack(workDir) };
		const patterns = { source: SOURCE_FILE_PATTERNS, packed: PACKED_FILE_PATTERNS };

		let failed = false;
		for (const [leg, dir] of Object.entries(legs)) {
			const label = leg === 'source' ? `source checkout ${dir}` : `packed tarball ${dir}`;
			const files = glob.sync(patterns[leg], { cwd: dir, absolute: true, ignore: IGNORED });
			if (files.length === 0) {
				console.log(`FAIL ${label}: no files match ${patterns[leg].join(', ')}`);
				failed = true;
				continue;
			}

			const verdict = await analyzePackage(dir, patterns[leg]);
			if (!verdict.passed) {
				console.log(`FAIL ${label}: ${verdict.message}\n${verdict.details ?? verdict.error ?? ''}`);
				failed = true;
				continue;
			}

			const eslint = new ESLint({
				cwd: dir,
				allowInlineConfig: false,
				overrideConfigFile: true,
				overrideConfig: await buildScanConfig(),
			});
			const results = await eslint.lintFiles(files);
			const warnings = results.reduce((sum, result) => sum + result.warningCount, 0);
			if (warnings > 0) {
				const formatter = await eslint.loadFormatter('stylish');
				console.log(`FAIL ${label}: the scanner passes it, but with ${warnings} warning(s)\n${await formatter.format(results)}`);
				failed = true;
				continue;
			}
			console.log(`ok   ${label}: ${files.length} files, no findings`);
		}
		return failed ? 1 : 0;
	} finally {
		rmSync(workDir, { recursive: true, force: true });
	}
}

main().then(
	(code) => {
		process.exitCode = code;
	},
	(error) => {
		console.error(`scan-community-package: ${error.message}`);
		process.exitCode = 1;
	},
);
