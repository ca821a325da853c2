import type { INodeProperties } from 'n8n-workflow';

import { operationOptions } from '../common/descriptions';
import { get } from './get.operation';
import { getMany } from './getMany.operation';
import { resetPassword } from './resetPassword.operation';
import { revokeSessions } from './revokeSessions.operation';

export const resource = { name: 'User', value: 'user' };

export const operations = [resetPassword, get, getMany, revokeSessions];

export const operationSelector: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['user'] } },
	options: operationOptions(operations),
	default: 'resetPassword',
};
