import { operationSelector as selectorFor } from '../common/descriptions';
import type { CippOperation } from '../types';

export const resource = { name: 'Mailbox', value: 'mailbox' };

export const operations: CippOperation[] = [];

export const operationSelector = selectorFor('mailbox', operations);
