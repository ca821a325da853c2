import type { IDataObject } from 'n8n-workflow';

import { writes } from '../common/endpoints';
import { additionalFields, requiredText, text } from '../common/fields';
import * as validate from '../common/validators';
import { appIdParameter, permissionTemplateParameter, readPermissionSet, templateResult } from '../shared/application';
import type { CippOperation } from '../types';

export const createApprovalTemplate: CippOperation = {
	resource: 'application',
	value: 'createApprovalTemplate',
	name: 'Create Approval Template',
	action: 'Create or replace an app approval template',
	description:
		'Save a multi-tenant app with a permission template as an app approval template, to deploy to tenants; the item carries its templateId. With Template ID, CIPP replaces that template whole.',
	...writes('ExecAppApprovalTemplate', 'Tenant.Application.ReadWrite'),
	parameters: [
		requiredText(
			{ displayName: 'Template Name', name: 'templateName', placeholder: 'e.g. Contoso Reporting' },
			{ name: 'TemplateName', in: 'body' },
		),
		appIdParameter,
		requiredText(
			{ displayName: 'App Name', name: 'appName', placeholder: 'e.g. Contoso Reporting', description: "The app's display name" },
			{ name: 'AppName', in: 'body' },
		),
		{ ...permissionTemplateParameter, send: { name: 'PermissionSetId', in: 'body', validate: validate.guid } },
		additionalFields([
			text('Template ID', 'templateId', 'The approval template to replace whole, by its template ID', 'TemplateId', {
				check: validate.guid,
			}),
		]),
	],
	constants: { body: { Action: 'Save', AppType: 'EnterpriseApp' } },
	output: templateResult('Template Saved'),
	run: async (context) => {
		// The template carries the permission set's name and permissions, as CIPP's editor saves it: read from CIPP first.
		const id = String(context.values.permissionTemplateId).toLowerCase();
		const set = await readPermissionSet(context, id);
		const body: IDataObject = {
			...(context.request.body as IDataObject),
			PermissionSetName: set.TemplateName,
			Permissions: set.Permissions,
		};
		return createApprovalTemplate.output(await context.call({ ...context.request, body }, createApprovalTemplate.role), context);
	},
};
