import { operationSelector as selectorFor } from '../common/descriptions';
import type { CippOperation } from '../types';

export const resource = { name: 'Domain', value: 'domain' };

export const operations: CippOperation[] = [];

export const operationSelector = selectorFor('domain', operations);
