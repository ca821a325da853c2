/** Every endpoint not offered, from the files beside this one (one per part of CIPP's API). */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

import type { NotOffered } from './types';

export type { NotOffered };

export const notOffered: NotOffered[] = readdirSync(__dirname)
	.filter((file) => file.endsWith('.ts') && !['index.ts', 'types.ts'].includes(file))
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	.flatMap((file) => (require(join(__dirname, file)) as { notOffered: NotOffered[] }).notOffered);
