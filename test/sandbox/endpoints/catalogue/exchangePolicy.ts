/** CIPP endpoints behind the node's exchangePolicy operations. */
import type { Endpoint } from '../endpoint';

export const endpoints: Endpoint[] = [];
