import type { INodeProperties } from 'n8n-workflow';

import { operationOptions } from '../common/descriptions';
import { get } from './get.operation';
import { getMany } from './getMany.operation';

export const resource = { name: 'Tenant', value: 'tenant' };

export const operations = [get, getMany];

export const operationSelector: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['tenant'] } },
	options: operationOptions(operations),
	default: 'getAll',
};
