import { operationSelector as selectorFor } from '../common/descriptions';
import type { CippOperation } from '../types';

export const resource = { name: 'Alert', value: 'alert' };

export const operations: CippOperation[] = [];

export const operationSelector = selectorFor('alert', operations);
