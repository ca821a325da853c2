import type { IDataObject } from 'n8n-workflow';

import { writes } from '../common/endpoints';
import { requiredParameter } from '../common/fields';
import { actionResult } from '../common/readers';
import * as validate from '../common/validators';
import type { CippOperation, Validator } from '../types';

/** The conditionalAccessPolicy properties a template keeps; IDs, dates and other read-only fields are left out. */
const POLICY_PROPERTIES = ['displayName', 'state', 'conditions', 'grantControls', 'sessionControls'];

const policyObject = validate.jsonObject('{"displayName": "Require MFA", "state": "enabled", "conditions": {...}}', 'a displayName');

const policyTemplate: Validator = (value, check) => {
	const parsed = policyObject(value, check) as IDataObject;
	if (typeof parsed.displayName !== 'string' || parsed.displayName.trim() === '') {
		validate.invalid(check, 'the policy has no displayName.', 'Give the policy its displayName.');
	}
	return Object.fromEntries(POLICY_PROPERTIES.filter((name) => parsed[name] !== undefined).map((name) => [name, parsed[name]]));
};

const read = actionResult();

export const createTemplateFromJson: CippOperation = {
	resource: 'conditionalAccess',
	value: 'createTemplateFromJson',
	name: 'Create Template From JSON',
	action: 'Create a conditional access template from JSON',
	description:
		'Save a Conditional Access policy given as JSON as a CIPP template (its displayName, state, conditions, grantControls and sessionControls); the item carries the new templateId',
	...writes('ExecCreateCATemplate', 'Tenant.ConditionalAccess.ReadWrite'),
	parameters: [
		{
			...requiredParameter(
				{
					displayName: 'Policy JSON',
					name: 'policy',
					type: 'json',
					default: '{}',
					description: 'A conditionalAccessPolicy, e.g. rawjson from Tenant → Get Many Conditional Access Policies',
				},
				{ name: 'policy', in: 'body', validate: policyTemplate },
			),
			send: undefined,
		},
	],
	output: (response, context) =>
		read(response, context).map((item) => ({ ...item, templateId: /with GUID ([0-9a-f-]{36})/i.exec(String(item.message))?.[1] ?? null })),
	run: async (context) => {
		// CIPP stores the request body itself as the template: the policy's properties are the body.
		const body = context.values.policy as IDataObject;
		return createTemplateFromJson.output(await context.call({ ...context.request, body }, createTemplateFromJson.role), context);
	},
};
