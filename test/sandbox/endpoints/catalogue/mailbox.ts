/** CIPP endpoints behind the node's mailbox operations. */
import type { Endpoint } from '../endpoint';
import * as settings from './mailbox/settings';

export const endpoints: Endpoint[] = [...settings.endpoints];
