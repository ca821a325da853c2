import type { INodeProperties } from 'n8n-workflow';

import { operationOptions } from '../common/descriptions';
import type { CippOperation } from '../types';

export const resource = { name: 'Teams & SharePoint', value: 'teamsSharePoint' };

export const operations: CippOperation[] = [];

export const operationSelector: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['teamsSharePoint'] } },
	options: operationOptions(operations),
	default: '',
};
