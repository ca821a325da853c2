/**
 * Saved workflows keep working: every operation shows the same parameters (names, types,
 * defaults, option values, nested fields, picker modes, conditions) as when the snapshot was
 * taken, before the description was deduplicated. A deliberate, compatible addition updates the
 * snapshot with `CIPP_UPDATE_SNAPSHOT=1 npx jest test/contract/storedParameters.test.ts`; a
 * change to anything existing ships as a new node version instead.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { Cipp } from '../../nodes/Cipp/Cipp.node';
import { storedParameters } from '../support/storedParameters';

const SNAPSHOT = join(__dirname, 'stored-parameters.snapshot.json');

const current = storedParameters(new Cipp().description);
if (process.env.CIPP_UPDATE_SNAPSHOT === '1') writeFileSync(SNAPSHOT, `${JSON.stringify(current, null, '\t')}\n`);
const snapshot = JSON.parse(readFileSync(SNAPSHOT, 'utf8')) as typeof current;

test('every resource saved workflows name is still offered (new ones may be added)', () => {
	expect(snapshot.resources.filter((resource) => !current.resources.includes(resource))).toEqual([]);
});

test('no operation that saved workflows name has gone', () => {
	expect(Object.keys(snapshot.operations).filter((key) => !(key in current.operations))).toEqual([]);
});

test.each(Object.keys(snapshot.operations))('%s shows the parameters saved workflows store', (key) => {
	expect(current.operations[key]).toEqual(snapshot.operations[key]);
});
