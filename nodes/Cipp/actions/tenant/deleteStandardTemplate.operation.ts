import { writes } from '../common/endpoints';
import { recordParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import { refusalMeans } from '../shared/tenant';
import type { CippOperation } from '../types';

export const deleteStandardTemplate: CippOperation = {
	resource: 'tenant',
	value: 'deleteStandardTemplate',
	name: 'Delete Standard Template',
	action: 'Delete a standards template',
	description:
		'Delete a standards template from CIPP, with its drift remediation tasks and comparison data. Tenants keep the settings already applied.',
	...writes('RemoveStandardTemplate', 'Tenant.Standards.ReadWrite'),
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
	// An unknown ID finds no row and CIPP still answers "Removed … named: '' with id" (HTTP 200).
	refusals: [/^Removed Standards Template named: '' with id/],
	output: refusalMeans(
		(context) =>
			`No standards template has the ID ${String(context.values.templateId)}, so nothing was removed. Pick the template from Tenant → Get Many Standard Templates.`,
		actionResult(),
	),
};
