/** CIPP endpoints behind the node's mailbox operations. */
import type { Endpoint } from '../endpoint';

export const endpoints: Endpoint[] = [];
