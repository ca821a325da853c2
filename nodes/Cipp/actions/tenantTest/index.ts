import { operationSelector as selectorFor } from '../common/descriptions';
import type { CippOperation } from '../types';

export const resource = { name: 'Tenant Test', value: 'tenantTest' };

export const operations: CippOperation[] = [];

export const operationSelector = selectorFor('tenantTest', operations);
