/** CIPP endpoints behind the node's room operations. */
import type { Endpoint } from '../endpoint';

export const endpoints: Endpoint[] = [];
