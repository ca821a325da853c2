import * as validate from '../../helpers/validation';
import { actionResult } from '../common/outputs';
import { tenantParameter } from '../common/parameters';
import type { CippOperation } from '../types';
import { POLICY_TYPE_OPTIONS, requiredText } from './fields';

export const deletePolicy: CippOperation = {
	resource: 'intune',
	value: 'deletePolicy',
	name: 'Delete Policy',
	action: 'Delete an Intune policy',
	description: 'Delete an Intune configuration or compliance policy from a customer tenant',
	endpoint: 'RemovePolicy',
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
			send: { name: 'URLName', in: 'body' },
		},
	],
	output: actionResult(),
};
