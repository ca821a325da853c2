import * as validate from '../../helpers/validation';
import { actionResult } from '../common/outputs';
import type { CippOperation } from '../types';
import { idField } from './fields';

export const deleteStandardTemplate: CippOperation = {
	resource: 'tenant',
	value: 'deleteStandardTemplate',
	name: 'Delete Standard Template',
	action: 'Delete a standards template',
	description:
		'Delete a standards template from CIPP, with its drift remediation tasks and comparison data. Tenants keep the settings already applied.',
	endpoint: 'RemoveStandardTemplate',
	method: 'POST',
	access: 'write',
	role: 'Tenant.Standards.ReadWrite',
	parameters: [
		{
			property: {
				...idField('Template ID', 'templateId', 'e.g. 7c4a1e2b-3d5f-4a6b-8c9d-0e1f2a3b4c5d', 'The template to delete (its GUID from Tenant → Get Many Standard Templates)'),
				required: true,
			},
			send: { name: 'ID', in: 'body' },
			validate: validate.guid,
		},
	],
	output: actionResult(),
};
