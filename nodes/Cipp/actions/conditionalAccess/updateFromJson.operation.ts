import { writes } from '../common/endpoints';
import { requiredParameter } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import * as validate from '../common/validators';
import { policyParameter } from '../shared/conditionalAccess';
import type { CippOperation, Validator } from '../types';

const policyObject: Validator = (value, check) => {
	const parsed = validate.parsedJson(value, check, '{"state": "enabled", "conditions": {...}}');
	if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed) || Object.keys(parsed).length === 0) {
		validate.invalid(check, 'expected a JSON object with the policy properties to set.', 'Enter e.g. {"state": "enabled"}.');
	}
	return parsed;
};

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
			{ name: 'PolicyBody', in: 'body', encoding: 'json', validate: policyObject },
		),
	],
	output: actionResult(),
};
