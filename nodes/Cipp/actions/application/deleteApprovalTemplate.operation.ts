import { writes } from '../common/endpoints';
import { recordParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import { jsonAnswer } from '../shared/application';
import type { CippOperation } from '../types';

const read = actionResult();

export const deleteApprovalTemplate: CippOperation = {
	resource: 'application',
	value: 'deleteApprovalTemplate',
	name: 'Delete Approval Template',
	action: 'Delete an app approval template',
	description: "Delete one of CIPP's app approval templates; apps deployed from it stay in their tenants",
	...writes('ExecAppApprovalTemplate', 'Tenant.Application.ReadWrite'),
	parameters: [
		recordParameter(
			{
				displayName: 'Template ID',
				name: 'templateId',
				description: 'The app approval template (TemplateId from Enterprise Application → Get Many Approval Templates)',
				searchListMethod: 'applicationSearchApprovalTemplates',
				placeholder: 'Select a template...',
			},
			{ name: 'TemplateId', in: 'body' },
		),
	],
	constants: { body: { Action: 'Delete' } },
	refusals: [/^No template found with the provided ID/],
	output: (response, context) => read(jsonAnswer(response), context),
};
