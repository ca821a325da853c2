import { operationSelector as selectorFor } from '../common/descriptions';
import type { CippOperation } from '../types';
import { deleteScript } from './delete.operation';
import { getMany } from './getMany.operation';
import { restoreVersion } from './restoreVersion.operation';
import { run } from './run.operation';
import { save } from './save.operation';
import { setState } from './setState.operation';

export const resource = { name: 'Custom Script', value: 'customScript' };

export const operations: CippOperation[] = [getMany, save, setState, restoreVersion, run, deleteScript];

export const operationSelector = selectorFor('customScript', operations);
