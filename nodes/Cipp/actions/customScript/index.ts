import { operationSelector as selectorFor } from '../common/descriptions';
import type { CippOperation } from '../types';

export const resource = { name: 'Custom Script', value: 'customScript' };

export const operations: CippOperation[] = [];

export const operationSelector = selectorFor('customScript', operations);
