import { reads } from '../common/endpoints';
import { optionalGuidFilter } from '../common/fields';
import { records } from '../common/readers';
import type { CippOperation } from '../types';

export const getManyTemplates: CippOperation = {
	resource: 'contact',
	value: 'getManyTemplates',
	name: 'Get Many Templates',
	action: 'Get many contact templates',
	description:
		"List CIPP's mail contact templates, one item per template with its GUID, name and email; give a template ID for just that one",
	...reads('ListContactTemplates', 'Exchange.Contact.Read'),
	list: true,
	parameters: [
		optionalGuidFilter(
			'Template ID',
			'templateId',
			{ name: 'ID', in: 'query' },
			'Return only this template (its GUID); leave empty for all',
		),
	],
	output: records,
};
