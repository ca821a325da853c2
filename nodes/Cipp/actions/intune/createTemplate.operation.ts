import { writes } from '../common/endpoints';
import { additionalFields, choiceProperty, choices, requiredLine, shownWhen, text } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import * as validate from '../common/validators';
import { odataTypeField, policyParameters } from '../shared/intune';
import { addPolicy } from './addPolicy.operation';
import type { CippOperation } from '../types';

const fromPolicy = { source: ['policy'] };
const fromJson = { source: ['json'] };
/** Add Policy's Policy Type and Policy JSON fields: a template stores exactly what Add Policy deploys. */
const [templateType, rawJson] = addPolicy.parameters.filter((parameter) => ['templateType', 'rawJson'].includes(parameter.property.name));

export const createTemplate: CippOperation = {
	resource: 'intune',
	value: 'createTemplate',
	name: 'Create Template',
	action: 'Save an Intune policy as a CIPP template',
	description: "Save an Intune policy as a CIPP Intune template: copied from a tenant's policy, or from its JSON",
	...writes('AddIntuneTemplate', 'Endpoint.MEM.ReadWrite'),
	parameters: [
		{
			property: choiceProperty(
				'Source',
				'source',
				'policy',
				choices({ "A Tenant's Policy": 'policy', 'Policy JSON': 'json' }),
				'Where the template comes from',
			),
		},
		shownWhen(fromPolicy, tenantParameter('body')),
		...policyParameters('URLName').map((parameter) => shownWhen(fromPolicy, parameter)),
		shownWhen(
			fromJson,
			requiredLine('Display Name', 'displayName', 'The name of the template', 'displayName', { placeholder: 'e.g. Windows - BitLocker' }),
		),
		shownWhen(fromJson, { ...templateType, send: { name: 'TemplateType', in: 'body' } }),
		shownWhen(fromJson, { ...rawJson, send: { name: 'RawJSON', in: 'body' } }),
		additionalFields([
			text('Description', 'description', 'The description of the template (Policy JSON only)', 'description', { check: validate.longText }),
			odataTypeField,
		]),
	],
	output: actionResult(),
};
