import type { INodeProperties } from 'n8n-workflow';

import { operationOptions } from '../common/descriptions';
import { getManyDevices } from './getManyDevices.operation';

export const resource = { name: 'Intune', value: 'intune' };

export const operations = [getManyDevices];

export const operationSelector: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['intune'] } },
	options: operationOptions(operations),
	default: 'getManyDevices',
};
