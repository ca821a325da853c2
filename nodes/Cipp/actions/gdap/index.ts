import { operationSelector as selectorFor } from '../common/descriptions';
import type { CippOperation } from '../types';

export const resource = { name: 'GDAP', value: 'gdap' };

export const operations: CippOperation[] = [];

export const operationSelector = selectorFor('gdap', operations);
