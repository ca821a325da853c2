import { writes } from '../common/endpoints';
import { recordParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import { allowBlockFields, allowBlockTemplates, templateNameParameter } from '../shared/exchangePolicy';
import type { CippOperation } from '../types';

export const updateAllowBlockTemplate: CippOperation = {
	resource: 'exchangePolicy',
	value: 'updateAllowBlockTemplate',
	name: 'Update Allow/Block Template',
	action: 'Update a Tenant Allow/Block List template',
	description: 'Replace a Tenant Allow/Block List template with the values given: notes and expiry options not added are cleared',
	...writes('EditTenantAllowBlockListTemplate', allowBlockTemplates.writeRole),
	parameters: [
		recordParameter(
			{
				displayName: 'Template ID',
				name: 'templateId',
				description: 'The template, from the list or by its GUID',
				searchListMethod: allowBlockTemplates.searchListMethod,
				placeholder: 'Select a template...',
			},
			{ name: 'GUID', in: 'body' },
		),
		templateNameParameter,
		...allowBlockFields,
	],
	output: actionResult(),
};
