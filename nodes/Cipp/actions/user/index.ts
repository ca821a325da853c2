import type { INodeProperties } from 'n8n-workflow';

import { operationOptions } from '../common/descriptions';
import { get } from './get.operation';
import { getMany } from './getMany.operation';
import { resetPassword } from './resetPassword.operation';

export const operations = [resetPassword, get, getMany];

export const operationSelector: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['user'] } },
	options: operationOptions(operations),
	default: 'resetPassword',
};
