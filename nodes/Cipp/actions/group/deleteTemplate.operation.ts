import { writes } from '../common/endpoints';
import { templatePicker } from '../common/pickers';
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
		templatePicker('searchGroupTemplates', 'The template to delete, from the list or by its GUID (from Get Many Templates)', {
			name: 'ID',
			in: 'body',
		}),
	],
	output: actionResult(),
};
