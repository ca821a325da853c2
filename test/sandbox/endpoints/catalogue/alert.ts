/** CIPP endpoints behind the node's alert operations. */
import type { Endpoint } from '../endpoint';

export const endpoints: Endpoint[] = [];
