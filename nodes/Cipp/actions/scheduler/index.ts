import { operationSelector as selectorFor } from '../common/descriptions';
import type { CippOperation } from '../types';

export const resource = { name: 'Scheduler', value: 'scheduler' };

export const operations: CippOperation[] = [];

export const operationSelector = selectorFor('scheduler', operations);
