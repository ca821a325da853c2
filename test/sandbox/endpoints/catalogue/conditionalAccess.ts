/** CIPP endpoints behind the node's conditionalAccess operations. */
import type { Endpoint } from '../endpoint';
import * as policies from './conditionalAccess/policies';
import * as templates from './conditionalAccess/templateEndpoints';

export const endpoints: Endpoint[] = [...templates.endpoints, ...policies.endpoints];
