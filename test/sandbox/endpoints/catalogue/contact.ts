/** CIPP endpoints behind the node's contact operations. */
import type { Endpoint } from '../endpoint';

export const endpoints: Endpoint[] = [];
