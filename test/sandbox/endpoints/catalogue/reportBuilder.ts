/** CIPP endpoints behind the node's reportBuilder operations. */
import type { Endpoint } from '../endpoint';

export const endpoints: Endpoint[] = [];
