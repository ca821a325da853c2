import { NodeConnectionTypes } from 'n8n-workflow';
import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';

import { operationProperties } from './actions/common/descriptions';
import { allOperations, resources, resourceSelector } from './actions/operations';
import { router } from './actions/router';
import { listSearch } from './methods';

export class Cipp implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'CIPP',
		name: 'cipp',
		icon: { light: 'file:../../icons/cipp.svg', dark: 'file:../../icons/cipp.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Manage Microsoft 365 customer tenants through CIPP: reset passwords, look up users, tenants and devices',
		defaults: { name: 'CIPP' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'cippApi', required: true }],
		properties: [resourceSelector, ...resources.map((resource) => resource.operationSelector), ...operationProperties(allOperations)],
	};

	methods = { listSearch };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
