/** CIPP endpoints behind the node's administration operations (beyond the core ones in endpoints/). */
import type { Endpoint } from '../endpoint';

export const endpoints: Endpoint[] = [];
