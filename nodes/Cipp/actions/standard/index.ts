import { operationSelector as selectorFor } from '../common/descriptions';
import type { CippOperation } from '../types';

export const resource = { name: 'Standard', value: 'standard' };

export const operations: CippOperation[] = [];

export const operationSelector = selectorFor('standard', operations);
