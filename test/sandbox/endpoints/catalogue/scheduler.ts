/** CIPP endpoints behind the node's scheduler operations. */
import type { Endpoint } from '../endpoint';
import { AddScheduledItem, ListScheduledItemDetails } from './scheduler/tasks';

export const endpoints: Endpoint[] = [AddScheduledItem, ListScheduledItemDetails];
