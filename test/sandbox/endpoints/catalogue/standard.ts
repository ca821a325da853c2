/** CIPP endpoints behind the node's standard operations. */
import type { Endpoint } from '../endpoint';
import * as baseline from './standard/baseline';
import * as drift from './standard/drift';

export const endpoints: Endpoint[] = [...drift.endpoints, ...baseline.endpoints];
