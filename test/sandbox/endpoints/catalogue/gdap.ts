/** CIPP endpoints behind the node's gdap operations. */
import type { Endpoint } from '../endpoint';
import * as gdap from './gdap/endpoints';

export const endpoints: Endpoint[] = gdap.endpoints;
