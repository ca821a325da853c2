import { operationSelector as selectorFor } from '../common/descriptions';
import type { CippOperation } from '../types';

export const resource = { name: 'Contact', value: 'contact' };

export const operations: CippOperation[] = [];

export const operationSelector = selectorFor('contact', operations);
