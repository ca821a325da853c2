import { reads } from '../common/endpoints';
import { idField } from '../common/fields';
import { records } from '../common/readers';
import * as validate from '../common/validators';
import type { CippOperation } from '../types';

export const getManyStandardTemplates: CippOperation = {
	resource: 'tenant',
	value: 'getManyStandardTemplates',
	name: 'Get Many Standard Templates',
	action: 'Get many standards templates',
	description:
		"List CIPP's standards templates, one item per template with its name, GUID, tenants and standards; give a template ID for just that one",
	...reads('listStandardTemplates', 'Tenant.Standards.Read'),
	list: true,
	parameters: [
		{
			property: idField(
				'Template ID',
				'templateId',
				'e.g. 7c4a1e2b-3d5f-4a6b-8c9d-0e1f2a3b4c5d',
				'Return only this template (its GUID); leave empty for all',
			),
			send: { name: 'id', in: 'query' },
			optional: true,
			validate: validate.guid,
		},
	],
	output: records,
};
