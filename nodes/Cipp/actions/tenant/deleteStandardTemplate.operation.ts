import { recordParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import type { CippOperation } from '../types';

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
		recordParameter(
			{
				displayName: 'Template ID',
				name: 'templateId',
				description: 'The template to delete, from the list or by its GUID (from Tenant → Get Many Standard Templates)',
				searchListMethod: 'searchStandardTemplates',
				placeholder: 'Select a template...',
			},
			{ name: 'ID', in: 'body' },
		),
	],
	output: actionResult(),
};
