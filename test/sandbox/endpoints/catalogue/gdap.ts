/** CIPP endpoints behind the node's gdap operations. */
import type { Endpoint } from '../endpoint';
import * as gdap from './gdap/endpoints';
import * as onboarding from './gdap/onboarding';
import * as templates from './gdap/templates';

export const endpoints: Endpoint[] = [...gdap.endpoints, ...onboarding.endpoints, ...templates.endpoints];
