import { writes } from '../common/endpoints';
import { additionalFields, text } from '../common/fields';
import { templatePicker } from '../common/pickers';
import { actionResult } from '../common/readers';
import { stateProperty } from '../shared/conditionalAccess';
import { EDIT_TEMPLATE_REFUSALS, EDIT_TEMPLATE_ROLE, editTemplateRun } from '../shared/standard-templateEdit';
import type { CippOperation } from '../types';

export const updateCaTemplate: CippOperation = {
	resource: 'standard',
	value: 'updateCaTemplate',
	name: 'Update Conditional Access Template',
	action: 'Update a Conditional Access template',
	description:
		'Rename a Conditional Access template or change the state its policies are deployed with; the template is read first and the rest is kept. A template synced from a community repository is refused, as its next sync would overwrite the change.',
	...writes('ExecEditTemplate', EDIT_TEMPLATE_ROLE),
	constants: { query: { Type: 'CATemplate' } },
	parameters: [
		templatePicker(
			'conditionalAccessSearchTemplates',
			'The template to change, from the list or by its GUID (from Conditional Access → Get Many Templates)',
			{ name: 'GUID', in: 'body' },
		),
		additionalFields([
			text('Display Name', 'displayName', 'A new name for the template and its policies', 'displayName'),
			{ property: stateProperty, send: { name: 'state', in: 'body' } },
		]),
	],
	refusals: EDIT_TEMPLATE_REFUSALS,
	output: actionResult(),
	run: editTemplateRun({
		label: 'Conditional Access template',
		list: { endpoint: 'ListCAtemplates', role: 'Tenant.ConditionalAccess.Read' },
	}),
};
