import { writes } from '../common/endpoints';
import { asLabelValue, choiceField, choices, requiredText, text } from '../common/fields';
import { actionResult } from '../common/readers';
import * as validate from '../common/validators';
import { variableName, variableScope, variableTenant } from '../shared/administration';
import type { CippOperation } from '../types';

export const saveCustomVariable: CippOperation = {
	resource: 'administration',
	value: 'saveCustomVariable',
	name: 'Save Custom Variable',
	action: 'Create or update a custom variable',
	description:
		'Set a %variable% CIPP replaces in templates, for one tenant or globally: an existing one is overwritten, its description too (left empty: cleared). CIPP checks the value against the type.',
	...writes('ExecCippReplacemap', 'Tenant.Config.ReadWrite'),
	parameters: [
		variableScope,
		variableTenant,
		variableName,
		requiredText(
			{ displayName: 'Value', name: 'variableValue', description: 'The value templates get in place of %name%' },
			{ name: 'Value', in: 'body', validate: validate.longText },
		),
		choiceField(
			'Type',
			'variableType',
			'How the value is written into templates: as text, or as a JSON number, boolean or object',
			asLabelValue('VariableType'),
			'string',
			choices({ String: 'string', Integer: 'integer', Boolean: 'boolean', JSON: 'json' }),
		),
		{
			...text('Description', 'variableDescription', 'What the variable is for; CIPP stores exactly this (empty clears it)', 'Description', {
				check: validate.longText,
			}),
			optional: true,
		},
	],
	constants: { body: { Action: 'AddEdit' } },
	output: actionResult(),
};
