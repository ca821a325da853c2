/** CIPP endpoints behind the node's room operations. */
import type { Endpoint } from '../endpoint';
import * as reads from './room/reads';
import * as writes from './room/writes';

export const endpoints: Endpoint[] = [...reads.endpoints, ...writes.endpoints];
