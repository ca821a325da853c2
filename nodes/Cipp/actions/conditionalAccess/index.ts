import { operationSelector as selectorFor } from '../common/descriptions';
import type { CippOperation } from '../types';

export const resource = { name: 'Conditional Access', value: 'conditionalAccess' };

export const operations: CippOperation[] = [];

export const operationSelector = selectorFor('conditionalAccess', operations);
