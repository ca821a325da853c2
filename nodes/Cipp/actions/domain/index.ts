import { operationSelector as selectorFor } from '../common/descriptions';
import type { CippOperation } from '../types';
import { create } from './create.operation';
import { deleteDomain } from './delete.operation';
import { getMany } from './getMany.operation';
import { setDefault } from './setDefault.operation';
import { verify } from './verify.operation';

export const resource = { name: 'Domain', value: 'domain' };

export const operations: CippOperation[] = [getMany, create, verify, setDefault, deleteDomain];

export const operationSelector = selectorFor('domain', operations, 'getMany');
