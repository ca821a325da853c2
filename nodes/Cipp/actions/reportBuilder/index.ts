import { operationSelector as selectorFor } from '../common/descriptions';
import type { CippOperation } from '../types';

export const resource = { name: 'Report Builder', value: 'reportBuilder' };

export const operations: CippOperation[] = [];

export const operationSelector = selectorFor('reportBuilder', operations);
