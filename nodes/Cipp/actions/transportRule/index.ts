import { operationSelector as selectorFor } from '../common/descriptions';
import type { CippOperation } from '../types';

export const resource = { name: 'Transport Rule', value: 'transportRule' };

export const operations: CippOperation[] = [];

export const operationSelector = selectorFor('transportRule', operations);
