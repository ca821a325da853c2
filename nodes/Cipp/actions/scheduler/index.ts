import { operationSelector as selectorFor } from '../common/descriptions';
import type { CippOperation } from '../types';
import { addTask } from './addTask.operation';
import { getTask } from './getTask.operation';
import { runTaskNow } from './runTaskNow.operation';

export const resource = { name: 'Scheduler', value: 'scheduler' };

export const operations: CippOperation[] = [addTask, getTask, runTaskNow];

export const operationSelector = selectorFor('scheduler', operations, 'addTask');
