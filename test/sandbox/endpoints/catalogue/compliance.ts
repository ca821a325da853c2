/** CIPP endpoints behind the node's compliance operations. */
import type { Endpoint } from '../endpoint';

export const endpoints: Endpoint[] = [];
