import type { BeyondSpec } from './types';

/** Email-Exchange contacts and resources; Security compliance. */
export const beyondSpec: Record<string, BeyondSpec> = {};
