/** CIPP endpoints behind the node's standard operations. */
import type { Endpoint } from '../endpoint';

export const endpoints: Endpoint[] = [];
