import type { IDataObject } from 'n8n-workflow';

import { writes } from '../common/endpoints';
import { templatePicker, tenantParameter } from '../common/pickers';
import { actionResult, parsedRecords } from '../common/readers';
import type { CippOperation } from '../types';

export const deployTemplate: CippOperation = {
	resource: 'application',
	value: 'deployTemplate',
	name: 'Deploy Approval Template',
	action: 'Deploy an app to a tenant from an approval template',
	description:
		"Add an app to a tenant and grant it the permissions of a CIPP app approval template (admin consent on the tenant's behalf). CIPP queues the work: the answer only says it started, results are in CIPP's logbook.",
	...writes('ExecAddMultiTenantApp', 'Tenant.Application.ReadWrite'),
	parameters: [
		{ ...tenantParameter('body'), send: { name: 'tenantFilter', in: 'body', encoding: 'labelValue' } },
		{
			...templatePicker(
				'applicationSearchApprovalTemplates',
				'The app approval template (TemplateId from Enterprise Application → Get Many Approval Templates)',
				{ name: 'selectedTemplate', in: 'body' },
			),
			send: undefined,
		},
	],
	constants: { body: { configMode: 'template' } },
	output: actionResult({ queued: { followUp: "Check CIPP's logbook (Administration → Get Many Logs) for each tenant's result" } }),
	run: async (context) => {
		// CIPP reads the template's ID, name and app ID from selectedTemplate: they are read from CIPP first.
		const id = String(context.values.templateId).toLowerCase();
		const listed = parsedRecords(
			await context.call({ method: 'GET', endpoint: 'ListAppApprovalTemplates', qs: {} }, 'Tenant.Application.Read'),
		);
		const template = listed.find((row) => String(row.TemplateId).toLowerCase() === id);
		if (!template || !template.AppId) return context.fail(`App approval template ${id} was not found in CIPP.`);
		const selectedTemplate = {
			value: template.TemplateId,
			label: template.TemplateName ?? template.TemplateId,
			addedFields: { AppId: template.AppId },
		};
		const body: IDataObject = { ...(context.request.body as IDataObject), selectedTemplate };
		return deployTemplate.output(await context.call({ ...context.request, body }, deployTemplate.role), context);
	},
};
