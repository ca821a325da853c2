/** CIPP endpoints behind the node's customScript operations. */
import type { Endpoint } from '../endpoint';

export const endpoints: Endpoint[] = [];
