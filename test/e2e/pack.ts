/**
 * Builds the package and packs it with `npm pack` into a temp folder (never
 * into the repository), as it would be published.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { REPO_ROOT, TIMEOUTS } from './config';
import { run } from './proc';
import { mask } from './report';

export interface Packed {
	tarball: string;
	version: string;
	/** Files in the tarball, relative to the package root. */
	files: string[];
	dir: string;
}

export async function buildAndPack(): Promise<Packed> {
	const build = await run('npm', ['run', 'build'], { cwd: REPO_ROOT, timeoutMs: TIMEOUTS.build });
	if (build.code !== 0) {
		throw new Error(mask(`npm run build failed (${build.timedOut ? 'timeout' : `code ${build.code}`})\n${tail(build)}`));
	}
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cipp-e2e-pack-'));
	const pack = await run('npm', ['pack', '--json', '--pack-destination', dir], { cwd: REPO_ROOT, timeoutMs: TIMEOUTS.pack });
	if (pack.code !== 0) throw new Error(mask(`npm pack failed (code ${pack.code})\n${tail(pack)}`));
	const json = JSON.parse(pack.stdout.slice(pack.stdout.indexOf('['))) as Array<{
		filename: string;
		version: string;
		files: Array<{ path: string }>;
	}>;
	const tarball = path.join(dir, json[0].filename);
	if (!fs.existsSync(tarball)) throw new Error(`npm pack reported ${tarball} but it does not exist`);
	return { tarball, version: json[0].version, files: json[0].files.map((f) => f.path), dir };
}

function tail(r: { stdout: string; stderr: string }): string {
	return `${r.stdout}\n${r.stderr}`.trim().split('\n').slice(-30).join('\n');
}
