import { operationSelector as selectorFor } from '../common/descriptions';
import type { CippOperation } from '../types';

export const resource = { name: 'Exchange Policy', value: 'exchangePolicy' };

export const operations: CippOperation[] = [];

export const operationSelector = selectorFor('exchangePolicy', operations);
