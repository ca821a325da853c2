import { writes } from '../common/endpoints';
import { additionalFields, text } from '../common/fields';
import { actionResult } from '../common/readers';
import { mappingGroupIdsParameter, roleTemplateParameter, sendWithMappings } from '../shared/gdap';
import type { CippOperation } from '../types';

export const updateRoleTemplate: CippOperation = {
	resource: 'gdap',
	value: 'updateRoleTemplate',
	name: 'Update Role Template',
	action: 'Update a GDAP role template',
	description:
		"Replace a GDAP role template's role mappings with the chosen ones (mappings not chosen are dropped), and rename it if a new name is given",
	...writes('ExecGDAPRoleTemplate', 'Tenant.Relationship.ReadWrite'),
	parameters: [
		{ ...roleTemplateParameter, send: { name: 'OriginalTemplateId', in: 'body' } },
		mappingGroupIdsParameter('RoleMappings'),
		additionalFields([text('New Name', 'newName', 'Rename the template', 'TemplateId', { placeholder: 'e.g. Tier 2' })]),
	],
	constants: { query: { Action: 'Edit' } },
	output: actionResult(),
	// CIPP saves under TemplateId: without a new name it is the template's own.
	run: async (context) =>
		sendWithMappings(context, updateRoleTemplate, 'RoleMappings', { TemplateId: context.values.newName ?? context.values.templateId }),
};
