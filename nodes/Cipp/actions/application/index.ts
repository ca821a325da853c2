import { operationSelector as selectorFor } from '../common/descriptions';
import type { CippOperation } from '../types';

export const resource = { name: 'Enterprise Application', value: 'application' };

export const operations: CippOperation[] = [];

export const operationSelector = selectorFor('application', operations);
