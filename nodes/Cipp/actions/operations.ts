import type { INodeProperties } from 'n8n-workflow';

import * as intune from './intune';
import * as tenant from './tenant';
import type { CippOperation } from './types';
import * as user from './user';

/** Every resource the node offers. Adding an operation means adding it to its resource's index. */
export const resources = [intune, tenant, user];

export const resourceSelector: INodeProperties = {
	displayName: 'Resource',
	name: 'resource',
	type: 'options',
	noDataExpression: true,
	options: [
		{ name: 'Intune', value: 'intune' },
		{ name: 'Tenant', value: 'tenant' },
		{ name: 'User', value: 'user' },
	],
	default: 'user',
};

export const allOperations: CippOperation[] = resources.flatMap((resource) => resource.operations);

export function findOperation(resource: string, operation: string): CippOperation | undefined {
	return allOperations.find((candidate) => candidate.resource === resource && candidate.value === operation);
}
