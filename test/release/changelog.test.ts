import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { CHANGELOG, changelogEntries, releaseProblems } from '../../scripts/changelog';

const { version } = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string };

test("CHANGELOG.md has an entry, with text, for package.json's version", () => {
	const entry = changelogEntries(readFileSync(CHANGELOG, 'utf8')).find((e) => e.version === version);
	expect(entry).toBeDefined();
	expect(entry!.body).not.toBe('');
});

describe('reading entries', () => {
	const markdown = [
		'# Changelog',
		'## Version policy',
		'Text that is no entry.',
		'## [0.2.0] - Unreleased',
		'### Added',
		'- a thing',
		'## [0.1.0] - 2026-12-24',
		'- first',
		'## [0.0.9] - 2026-12-01',
		'## Links',
	].join('\n');

	test('each versioned heading is an entry, with its date and text, up to the next heading of its level', () => {
		expect(changelogEntries(markdown)).toEqual([
			{ version: '0.2.0', date: undefined, body: '### Added\n- a thing' },
			{ version: '0.1.0', date: '2026-12-24', body: '- first' },
			{ version: '0.0.9', date: '2026-12-01', body: '' },
		]);
	});

	test('a version the changelog does not name has no entry', () => {
		expect(changelogEntries(markdown).map((e) => e.version)).not.toContain('0.1.1');
		expect(changelogEntries('# Changelog\n## 0.1.1\n- not in the heading format')).toEqual([]);
	});

	test('a release needs the tag to name the version, and a dated entry with text', () => {
		expect(releaseProblems('v0.1.0', '0.1.0', markdown)).toEqual([]);
		expect(releaseProblems('0.1.0', '0.1.0', markdown)).toEqual(["the tag 0.1.0 is not v0.1.0, package.json's version"]);
		expect(releaseProblems('v0.2.0', '0.2.0', markdown)).toEqual([
			"CHANGELOG.md's 0.2.0 entry still says Unreleased: give it the release date",
		]);
		expect(releaseProblems('v0.0.9', '0.0.9', markdown)).toEqual(["CHANGELOG.md's 0.0.9 entry is empty"]);
		expect(releaseProblems('v0.3.0', '0.3.0', markdown)).toEqual(['CHANGELOG.md has no "## [0.3.0] - YYYY-MM-DD" entry']);
	});
});
