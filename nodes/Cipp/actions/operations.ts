import type { INodeProperties } from 'n8n-workflow';

import * as administration from './administration';
import * as alert from './alert';
import * as application from './application';
import * as calendarPermission from './calendarPermission';
import * as compliance from './compliance';
import * as conditionalAccess from './conditionalAccess';
import * as contact from './contact';
import * as customScript from './customScript';
import * as domain from './domain';
import * as exchangePolicy from './exchangePolicy';
import * as gdap from './gdap';
import * as group from './group';
import * as intune from './intune';
import * as license from './license';
import * as mailbox from './mailbox';
import * as reportBuilder from './reportBuilder';
import * as room from './room';
import * as scheduler from './scheduler';
import * as security from './security';
import * as standard from './standard';
import * as teamsSharePoint from './teamsSharePoint';
import * as tenant from './tenant';
import * as tenantTest from './tenantTest';
import * as tool from './tool';
import * as transportRule from './transportRule';
import * as user from './user';
import type { CippOperation } from './types';

/**
 * Every resource the node offers, in the editor's order. Adding an operation means adding its
 * file to its resource's index; a resource appears once it has an operation.
 */
export const resources = [
	administration,
	alert,
	application,
	calendarPermission,
	compliance,
	conditionalAccess,
	contact,
	customScript,
	domain,
	exchangePolicy,
	gdap,
	group,
	intune,
	license,
	mailbox,
	reportBuilder,
	room,
	scheduler,
	security,
	standard,
	teamsSharePoint,
	tenant,
	tenantTest,
	tool,
	transportRule,
	user,
]
	.filter((resource) => resource.operations.length > 0)
	.sort((a, b) => a.resource.name.localeCompare(b.resource.name));

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
