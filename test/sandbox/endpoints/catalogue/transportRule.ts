/** CIPP endpoints behind the node's transportRule operations. */
import type { Endpoint } from '../endpoint';

export const endpoints: Endpoint[] = [];
