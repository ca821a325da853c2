import { actionResult } from '../common/outputs';
import { additionalFields, tenantParameter } from '../common/parameters';
import type { CippOperation } from '../types';
import { assignmentFields, assignmentTarget, policyParameters } from './fields';

export const assignPolicy: CippOperation = {
	resource: 'intune',
	value: 'assignPolicy',
	name: 'Assign Policy',
	action: 'Assign an Intune policy',
	description:
		'Assign an Intune policy to all users, all devices or groups, adding to its assignments or replacing them, optionally excluding groups',
	endpoint: 'ExecAssignPolicy',
	method: 'POST',
	access: 'write',
	role: 'Endpoint.MEM.ReadWrite',
	parameters: [
		tenantParameter('body'),
		...policyParameters('Type'),
		assignmentTarget('policy'),
		additionalFields(assignmentFields('policy')),
	],
	output: actionResult(),
};
