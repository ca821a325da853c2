import { reads } from '../common/endpoints';
import { records } from '../common/readers';
import * as validate from '../common/validators';
import type { CippOperation } from '../types';

export const getManyTemplates: CippOperation = {
	resource: 'group',
	value: 'getManyTemplates',
	name: 'Get Many Templates',
	action: 'Get many group templates',
	description:
		"List CIPP's group templates, one item per template with its name, type, alias and GUID; give a template ID for just that one",
	...reads('ListGroupTemplates', 'Identity.Group.Read'),
	list: true,
	parameters: [
		{
			property: {
				displayName: 'Template ID',
				name: 'templateId',
				type: 'string',
				default: '',
				placeholder: 'e.g. 3f2a1b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b',
				description: 'Return only this template (its GUID); leave empty for all',
			},
			send: { name: 'id', in: 'query' },
			optional: true,
			validate: validate.guid,
		},
	],
	output: records,
};
