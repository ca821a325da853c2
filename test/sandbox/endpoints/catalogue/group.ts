/** CIPP endpoints behind the node's group operations (beyond the core ones in endpoints/). */
import type { Endpoint } from '../endpoint';
import * as exchange from './group/exchange';
import * as groups from './group/groups';
import * as templates from './group/templates';

export const endpoints: Endpoint[] = [groups, exchange, templates].flatMap((module) => module.endpoints);
