import { operationSelector as selectorFor } from '../common/descriptions';
import type { CippOperation } from '../types';

export const resource = { name: 'Room & Equipment', value: 'room' };

export const operations: CippOperation[] = [];

export const operationSelector = selectorFor('room', operations);
