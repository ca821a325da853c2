/** CIPP endpoints behind the node's domain operations. */
import type { Endpoint } from '../endpoint';

export const endpoints: Endpoint[] = [];
