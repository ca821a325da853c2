/** Every field CIPP reads beyond its OpenAPI, by endpoint, from the files beside this one (one per part of CIPP's API). */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

import type { BeyondSpec } from './types';

export type { BeyondSpec };

export const beyondSpec: Record<string, BeyondSpec> = Object.assign(
	{},
	...readdirSync(__dirname)
		.filter((file) => file.endsWith('.ts') && !['index.ts', 'types.ts'].includes(file))
		// eslint-disable-next-line @typescript-eslint/no-require-imports
		.map((file) => (require(join(__dirname, file)) as { beyondSpec: Record<string, BeyondSpec> }).beyondSpec),
);

/** An endpoint method of the spec (cipp-contract.json), as far as its field types go. */
export interface SpecFields {
	query: Record<string, string>;
	body: Record<string, string>;
}

/**
 * The type CIPP's PowerShell reads a field as: a correction of the spec's type first, then the type
 * the first of the endpoint's spec methods declares, then a field the spec leaves out; undefined if
 * CIPP does not read it.
 */
export function typeCippReads(endpoint: string, where: 'query' | 'body', field: string, methods: SpecFields[]): string | undefined {
	const entry = beyondSpec[endpoint];
	const declared = methods.map((method) => method[where][field]).find((type) => type !== undefined);
	return entry?.corrected?.[where]?.[field] ?? declared ?? entry?.[where]?.[field];
}
