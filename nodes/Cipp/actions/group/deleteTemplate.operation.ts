import * as validate from '../../helpers/validation';
import { actionResult } from '../common/outputs';
import { requiredParameter } from '../common/parameters';
import type { CippOperation } from '../types';

export const deleteTemplate: CippOperation = {
	resource: 'group',
	value: 'deleteTemplate',
	name: 'Delete Template',
	action: 'Delete a group template',
	description: 'Delete a group template from CIPP; groups already made from it stay',
	endpoint: 'RemoveGroupTemplate',
	method: 'POST',
	access: 'write',
	role: 'Identity.Group.ReadWrite',
	parameters: [
		requiredParameter(
			{
				displayName: 'Template ID',
				name: 'templateId',
				type: 'string',
				default: '',
				placeholder: 'e.g. 3f2a1b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b',
				description: 'The template to delete (its GUID from Get Many Templates)',
			},
			{ name: 'ID', in: 'body', validate: validate.guid },
		),
	],
	output: actionResult(),
};
