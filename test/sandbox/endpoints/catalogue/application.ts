/** CIPP endpoints behind the node's application operations. */
import type { Endpoint } from '../endpoint';

export const endpoints: Endpoint[] = [];
