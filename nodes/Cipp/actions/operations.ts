import type { INodeProperties } from 'n8n-workflow';

import * as administration from './administration';
import * as calendarPermission from './calendarPermission';
import * as group from './group';
import * as intune from './intune';
import * as license from './license';
import * as security from './security';
import * as teamsSharePoint from './teamsSharePoint';
import * as tenant from './tenant';
import * as tool from './tool';
import type { CippOperation } from './types';
import * as user from './user';

/**
 * Every resource the node offers, in the editor's order. Adding an operation means adding its
 * file to its resource's index; a resource appears once it has an operation.
 */
export const resources = [administration, calendarPermission, group, intune, license, security, teamsSharePoint, tenant, tool, user].filter(
	(resource) => resource.operations.length > 0,
);

export const resourceSelector: INodeProperties = {
	displayName: 'Resource',
	name: 'resource',
	type: 'options',
	noDataExpression: true,
	options: resources.map(({ resource }) => resource),
	default: 'user',
};

export const allOperations: CippOperation[] = resources.flatMap((resource) => resource.operations);

export function findOperation(resource: string, operation: string): CippOperation | undefined {
	return allOperations.find((candidate) => candidate.resource === resource && candidate.value === operation);
}
