/** CIPP endpoints behind the node's tenantTest operations. */
import type { Endpoint } from '../endpoint';

export const endpoints: Endpoint[] = [];
