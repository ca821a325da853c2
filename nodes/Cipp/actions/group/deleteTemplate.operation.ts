import { writes } from '../common/endpoints';
import { recordParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import type { CippOperation } from '../types';

export const deleteTemplate: CippOperation = {
	resource: 'group',
	value: 'deleteTemplate',
	name: 'Delete Template',
	action: 'Delete a group template',
	description: 'Delete a group template from CIPP; groups already made from it stay',
	...writes('RemoveGroupTemplate', 'Identity.Group.ReadWrite'),
	parameters: [
		recordParameter(
			{
				displayName: 'Template ID',
				name: 'templateId',
				description: 'The template to delete, from the list or by its GUID (from Get Many Templates)',
				searchListMethod: 'searchGroupTemplates',
				placeholder: 'Select a template...',
			},
			{ name: 'ID', in: 'body' },
		),
	],
	output: actionResult(),
};
