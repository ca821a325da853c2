import { writes } from '../common/endpoints';
import { requiredLine } from '../common/fields';
import { actionResult } from '../common/readers';
import { mappingGroupIdsParameter, sendWithMappings } from '../shared/gdap';
import type { CippOperation } from '../types';

export const createRoleTemplate: CippOperation = {
	resource: 'gdap',
	value: 'createRoleTemplate',
	name: 'Create Role Template',
	action: 'Create a GDAP role template',
	description:
		'Save the chosen role mappings as a GDAP role template for onboarding and access resets. For an existing template name CIPP adds them, skipping mappings for roles the template already has.',
	...writes('ExecGDAPRoleTemplate', 'Tenant.Relationship.ReadWrite'),
	parameters: [
		requiredLine('Template Name', 'templateName', "The template's name (its ID)", 'TemplateId', { placeholder: 'e.g. Tier 1' }),
		mappingGroupIdsParameter('RoleMappings'),
	],
	constants: { query: { Action: 'Add' } },
	output: actionResult(),
	run: async (context) => sendWithMappings(context, createRoleTemplate, 'RoleMappings'),
};
