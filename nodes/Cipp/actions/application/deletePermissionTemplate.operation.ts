import { writes } from '../common/endpoints';
import { actionResult } from '../common/readers';
import { PERMISSION_TEMPLATES, jsonAnswer, permissionTemplateParameter, readPermissionSet } from '../shared/application';
import type { CippOperation } from '../types';

const read = actionResult();

export const deletePermissionTemplate: CippOperation = {
	resource: 'application',
	value: 'deletePermissionTemplate',
	name: 'Delete Permission Template',
	action: 'Delete an app permission template',
	description: "Delete one of CIPP's app permission templates; approval templates that use it keep their own copy of the permissions",
	...writes(PERMISSION_TEMPLATES.endpoint, PERMISSION_TEMPLATES.role),
	parameters: [permissionTemplateParameter],
	constants: { body: { Action: 'Delete' } },
	refusals: [/^No Template ID provided for deletion/],
	output: (response, context) => read(jsonAnswer(response), context),
	run: async (context) => {
		// CIPP does not check the ID: the node reads the set first, so an unknown one fails the item.
		const id = String(context.values.permissionTemplateId).toLowerCase();
		await readPermissionSet(context, id);
		return deletePermissionTemplate.output(await context.call(context.request, deletePermissionTemplate.role), context);
	},
};
