import { writes } from '../common/endpoints';
import { actionResult } from '../common/readers';
import { readTemplate, templateParameter } from '../shared/conditionalAccess';
import type { CippOperation } from '../types';

export const deleteTemplate: CippOperation = {
	resource: 'conditionalAccess',
	value: 'deleteTemplate',
	name: 'Delete Template',
	action: 'Delete a conditional access template',
	description: "Delete a Conditional Access template from CIPP's library; policies deployed from it stay",
	...writes('RemoveCATemplate', 'Tenant.ConditionalAccess.ReadWrite'),
	parameters: [templateParameter],
	output: actionResult(),
	run: async (context) => {
		// CIPP answers "Removed" for an ID it does not have: the template is looked up first.
		await readTemplate(context, String(context.values.templateId));
		return deleteTemplate.output(await context.call(context.request, deleteTemplate.role), context);
	},
};
