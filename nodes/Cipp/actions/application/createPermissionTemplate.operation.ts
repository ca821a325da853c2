import { writes } from '../common/endpoints';
import { additionalFields, requiredLine, requiredParameter, text } from '../common/fields';
import * as validate from '../common/validators';
import { PERMISSION_TEMPLATES, templateResult } from '../shared/application';
import type { CippOperation } from '../types';

export const createPermissionTemplate: CippOperation = {
	resource: 'application',
	value: 'createPermissionTemplate',
	name: 'Create Permission Template',
	action: 'Create or replace an app permission template',
	description:
		'Save a set of API permissions as a CIPP permission template; the item carries its templateId. With Template ID, CIPP replaces that set whole.',
	...writes(PERMISSION_TEMPLATES.endpoint, PERMISSION_TEMPLATES.role),
	parameters: [
		requiredLine('Template Name', 'templateName', '', 'TemplateName', { placeholder: 'e.g. Reporting app' }),
		requiredParameter(
			{
				displayName: 'Permissions (JSON)',
				name: 'permissions',
				type: 'json',
				default: '{}',
				description:
					'Per API app ID, its applicationPermissions and delegatedPermissions (lists of ID and value), as Get Many Permission Templates lists them',
			},
			{
				name: 'Permissions',
				in: 'body',
				encoding: 'json',
				validate: validate.jsonObject(
					'{"00000003-0000-0000-c000-000000000000": {"applicationPermissions": [{"id": "df021288-bdef-4463-88db-98f22de89214", "value": "User.Read.All"}], "delegatedPermissions": []}}',
					'the permissions per API',
				),
			},
		),
		additionalFields([
			text('Template ID', 'templateId', 'The permission template to replace whole, by its template ID', 'TemplateId', {
				check: validate.guid,
			}),
		]),
	],
	constants: { body: { Action: 'Save' } },
	output: templateResult('Template Saved'),
};
