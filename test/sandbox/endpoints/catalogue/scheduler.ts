/** CIPP endpoints behind the node's scheduler operations. */
import type { Endpoint } from '../endpoint';

export const endpoints: Endpoint[] = [];
