/** CIPP endpoints behind the node's gdap operations. */
import type { Endpoint } from '../endpoint';

export const endpoints: Endpoint[] = [];
