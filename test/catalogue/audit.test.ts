/**
 * Every operation carries its audit record: the CIPP PowerShell it was read against, what CIPP
 * reads, clears and queues, and how it says no; and the operation catches each HTTP-200 refusal
 * the record names. A new operation is not complete without its record.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

import { allOperations } from '../../nodes/Cipp/actions/operations';
import type { CippOperation } from '../../nodes/Cipp/actions/types';
import type { AuditRecord } from './audit/types';

/** Every file in audit/ (one per resource) exports `audit`, its records by `<resource>:<operation>`. */
const records: Record<string, AuditRecord> = Object.assign(
	{},
	...readdirSync(join(__dirname, 'audit'))
		.filter((file) => file.endsWith('.ts') && file !== 'types.ts')
		// eslint-disable-next-line @typescript-eslint/no-require-imports
		.map((file) => (require(join(__dirname, 'audit', file)) as { audit: Record<string, AuditRecord> }).audit),
);

const keyOf = (operation: CippOperation) => `${operation.resource}:${operation.value}`;
const known = new Set(allOperations.map(keyOf));

test('every operation has an audit record, and every record an operation', () => {
	expect(allOperations.map(keyOf).filter((key) => !(key in records))).toEqual([]);
	expect(Object.keys(records).filter((key) => !known.has(key))).toEqual([]);
});

describe.each(allOperations.map(keyOf))('%s', (key) => {
	const record = records[key];

	test('its record names the CIPP source read and what CIPP reads, clears, queues and refuses', () => {
		expect(record.source).toMatch(/\.ps1\b/);
		for (const field of ['reads', 'clears', 'failure', 'async'] as const) {
			expect({ field, filled: record[field].trim().length > 0 }).toEqual({ field, filled: true });
		}
	});

	test('has no open finding: a bug is fixed and a surprise settled, each saying how', () => {
		expect(['ok', 'fixed', 'settled']).toContain(record.verdict);
		if (record.verdict !== 'ok') expect(record.note?.trim().length ?? 0).toBeGreaterThan(0);
	});
});

const refusals = allOperations.flatMap((operation) =>
	(records[keyOf(operation)]?.refusals ?? []).map((refusal) => [keyOf(operation), refusal, operation] as const),
);

test.each(refusals)('%s catches CIPP\'s refusal "%s"', (_key, refusal, operation) => {
	const caught = (operation.refusals ?? []).some((own) => own.source === refusal || own.test(refusal));
	expect(caught).toBe(true);
});
