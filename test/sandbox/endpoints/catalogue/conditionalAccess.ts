/** CIPP endpoints behind the node's conditionalAccess operations. */
import type { Endpoint } from '../endpoint';

export const endpoints: Endpoint[] = [];
