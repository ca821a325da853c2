/** CIPP endpoints behind the node's compliance operations. */
import type { Endpoint } from '../endpoint';
import * as compliance from './compliance/endpoints';

export const endpoints: Endpoint[] = compliance.endpoints;
