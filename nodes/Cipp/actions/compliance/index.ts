import { operationSelector as selectorFor } from '../common/descriptions';
import type { CippOperation } from '../types';

export const resource = { name: 'Compliance', value: 'compliance' };

export const operations: CippOperation[] = [];

export const operationSelector = selectorFor('compliance', operations);
