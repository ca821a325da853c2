/**
 * CHANGELOG.md's entries, read in two places: a test (package.json's version must have an entry)
 * and the release workflow, which runs `ts-node scripts/changelog.ts --release <tag>` before it
 * publishes: the tag must name package.json's version, and that version's entry must be dated
 * (an entry still marked Unreleased means the changelog was not finished for the release).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const CHANGELOG = join(__dirname, '..', 'CHANGELOG.md');
const PACKAGE_JSON = join(__dirname, '..', 'package.json');

export interface ChangelogEntry {
	version: string;
	/** YYYY-MM-DD; absent while the entry says Unreleased. */
	date?: string;
	/** The entry's text, without its heading. */
	body: string;
}

/** `## [1.2.3] - 2026-12-24` or `## [1.2.3] - Unreleased`, as Keep a Changelog writes them. */
const HEADING = /^## \[(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)\] - (\d{4}-\d{2}-\d{2}|Unreleased)[ \t]*$/gm;

export function changelogEntries(markdown: string): ChangelogEntry[] {
	const headings = [...markdown.matchAll(HEADING)];
	return headings.map((heading, i) => {
		const start = heading.index! + heading[0].length;
		// An entry runs to the next entry, or to the next second-level heading that is not one.
		const rest = markdown.slice(start, i + 1 < headings.length ? headings[i + 1].index : undefined);
		const end = rest.search(/^## /m);
		const body = (end < 0 ? rest : rest.slice(0, end)).trim();
		return { version: heading[1], date: heading[2] === 'Unreleased' ? undefined : heading[2], body };
	});
}

/** What stands between this tag and a release: empty when the tag, the version and the changelog agree. */
export function releaseProblems(tag: string, version: string, markdown: string): string[] {
	const problems: string[] = [];
	if (tag !== `v${version}`) problems.push(`the tag ${tag} is not v${version}, package.json's version`);
	const entries = changelogEntries(markdown).filter((entry) => entry.version === version);
	if (entries.length === 0) problems.push(`CHANGELOG.md has no "## [${version}] - YYYY-MM-DD" entry`);
	if (entries.length > 1) problems.push(`CHANGELOG.md has ${entries.length} entries for ${version}`);
	for (const entry of entries) {
		if (!entry.date) problems.push(`CHANGELOG.md's ${version} entry still says Unreleased: give it the release date`);
		if (!entry.body) problems.push(`CHANGELOG.md's ${version} entry is empty`);
	}
	return problems;
}

if (require.main === module) {
	const [flag, tag] = process.argv.slice(2);
	if (flag !== '--release' || !tag) {
		console.error('usage: ts-node scripts/changelog.ts --release <tag>');
		process.exit(2);
	}
	const { version } = JSON.parse(readFileSync(PACKAGE_JSON, 'utf8')) as { version: string };
	const problems = releaseProblems(tag, version, readFileSync(CHANGELOG, 'utf8'));
	for (const problem of problems) console.error(`not releasable: ${problem}`);
	if (problems.length > 0) process.exit(1);
	console.log(`${tag}: package.json and CHANGELOG.md agree`);
}
