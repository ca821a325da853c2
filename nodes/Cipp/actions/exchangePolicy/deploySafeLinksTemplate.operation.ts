import type { IDataObject } from 'n8n-workflow';

import { writes } from '../common/endpoints';
import { actionResult, records } from '../common/readers';
import { safeLinksTemplates, selectedTenantParameter, templateIdParameter } from '../shared/exchangePolicy';
import type { CippOperation, StepContext } from '../types';

const output = actionResult();

/** CIPP deploys the template object given as each TemplateList entry's `.value` (not its GUID): it is read from the list first. */
async function deployTemplate(context: StepContext): Promise<IDataObject[]> {
	const id = String(context.values.templateId);
	const listed = await context.call({ method: 'GET', endpoint: 'ListSafeLinksPolicyTemplates', qs: {} }, 'Exchange.SafeLinks.Read');
	const template = records(listed).find((row) => String(row.GUID).toLowerCase() === id.toLowerCase());
	if (!template) context.fail(`No Safe Links template has the ID "${id}" (see Get Many Safe Links Templates).`);
	const body = {
		...(context.request.body as IDataObject),
		TemplateList: [{ value: template, label: String(template.TemplateName ?? id) }],
	};
	return output(await context.call({ ...context.request, body }, 'Exchange.SafeLinks.ReadWrite'), context);
}

export const deploySafeLinksTemplate: CippOperation = {
	resource: 'exchangePolicy',
	value: 'deploySafeLinksTemplate',
	name: 'Deploy Safe Links Template',
	action: 'Deploy a Safe Links template to a tenant',
	description:
		"Create a template's Safe Links policy and rule in a tenant. CIPP creates nothing when a policy or rule of that name already exists there; the item then fails.",
	...writes('AddSafeLinksPolicyFromTemplate', 'Exchange.SafeLinks.ReadWrite'),
	parameters: [
		selectedTenantParameter,
		// Sent by the run hook as TemplateList: [{value: <the template>, label}].
		{ ...templateIdParameter(safeLinksTemplates), send: undefined },
	],
	refusals: [/already exists in tenant/],
	output,
	run: deployTemplate,
};
