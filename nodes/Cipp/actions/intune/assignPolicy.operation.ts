import * as validate from '../../helpers/validation';
import { actionResult } from '../common/outputs';
import { additionalFields, tenantParameter } from '../common/parameters';
import type { CippOperation } from '../types';
import { POLICY_TYPE_OPTIONS, assignmentFields, assignmentTarget, requiredText } from './fields';

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
		requiredText(
			{ displayName: 'Policy ID', name: 'policyId', placeholder: 'e.g. 8f2c6a1e-3b7d-4e59-a0c4-6d1f2e3a4b5c', description: 'The id from Intune → Get Many Policies' },
			{ name: 'ID', in: 'body' },
			validate.guid,
		),
		{
			property: {
				displayName: 'Policy Type',
				name: 'policyType',
				type: 'options',
				required: true,
				options: POLICY_TYPE_OPTIONS,
				default: 'configurationPolicies',
				description: 'The URLName of the policy in Intune → Get Many Policies',
			},
			send: { name: 'Type', in: 'body' },
		},
		assignmentTarget('policy'),
		additionalFields(assignmentFields('policy')),
	],
	output: actionResult(),
};
