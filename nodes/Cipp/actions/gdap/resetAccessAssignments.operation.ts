import { writes } from '../common/endpoints';
import { actionResult, records } from '../common/readers';
import { relationshipParameter, roleTemplateMappings, roleTemplateParameter } from '../shared/gdap';
import type { CippOperation } from '../types';

export const resetAccessAssignments: CippOperation = {
	resource: 'gdap',
	value: 'resetAccessAssignments',
	name: 'Reset Access Assignments',
	action: "Reset a GDAP relationship's access assignments to a role template",
	description:
		"Make a GDAP relationship's access assignments match a role template: CIPP deletes the assignments of every group not in the template, corrects wrong roles, and creates the missing ones for roles the relationship includes",
	...writes('ExecGDAPAccessAssignment', 'Tenant.Relationship.ReadWrite'),
	parameters: [
		relationshipParameter({ name: 'Id', in: 'body' }),
		{ ...roleTemplateParameter, send: { name: 'RoleTemplateId', in: 'body' } },
	],
	constants: { body: { Action: 'ResetMappings' } },
	output: actionResult(),
	run: async (context) => {
		// An unknown relationship makes CIPP answer "already has the correct access assignments", and an
		// unknown or empty template deletes every assignment (Invoke-ExecGDAPAccessAssignment.ps1:182-186, :74-91):
		// both are checked first.
		const { relationshipId, templateId } = context.values as { relationshipId: string; templateId: string };
		const relationships = records(
			await context.call({ method: 'GET', endpoint: 'ListGDAPRelationships', qs: {} }, 'Tenant.Relationship.Read'),
		);
		if (!relationships.some((relationship) => relationship.id === relationshipId)) {
			context.fail(`GDAP relationship ${relationshipId} was not found; see GDAP → Get Many Relationships.`);
		}
		const mappings = await roleTemplateMappings(context, templateId, resetAccessAssignments.role);
		if (mappings.length === 0) {
			context.fail(`GDAP role template "${templateId}" was not found or has no role mappings: CIPP would delete every access assignment.`);
		}
		return resetAccessAssignments.output(await context.call(context.request, resetAccessAssignments.role), context);
	},
};
