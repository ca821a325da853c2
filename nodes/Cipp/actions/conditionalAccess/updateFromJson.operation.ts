import { writes } from '../common/endpoints';
import { requiredParameter } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import * as validate from '../common/validators';
import { policyParameter } from '../shared/conditionalAccess';
import type { CippOperation } from '../types';

export const updateFromJson: CippOperation = {
	resource: 'conditionalAccess',
	value: 'updateFromJson',
	name: 'Update From JSON',
	action: 'Update a conditional access policy from JSON',
	description:
		"Change a Conditional Access policy by sending Graph properties as JSON. A top-level property given (e.g. conditions) replaces the policy's whole property; ID and dates are ignored.",
	...writes('ExecEditCAPolicyFull', 'Tenant.ConditionalAccess.ReadWrite'),
	parameters: [
		tenantParameter('body'),
		policyParameter({ name: 'PolicyId', in: 'body', validate: validate.guid }),
		requiredParameter(
			{
				displayName: 'Policy JSON',
				name: 'policyBody',
				type: 'json',
				default: '{}',
				description:
					'The conditionalAccessPolicy properties to set, e.g. rawjson from Tenant → Get Many Conditional Access Policies, edited',
			},
			{
				name: 'PolicyBody',
				in: 'body',
				encoding: 'json',
				validate: validate.jsonObject('{"state": "enabled"}', 'the policy properties to set'),
			},
		),
	],
	output: actionResult(),
};
