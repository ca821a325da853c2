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

/** The type CIPP reads a field as beyond its spec, if an entry names it. */
export function typeBeyondSpec(endpoint: string, where: 'query' | 'body', field: string): string | undefined {
	return beyondSpec[endpoint]?.[where]?.[field];
}
