import type { IDataObject } from 'n8n-workflow';

import { writes } from '../common/endpoints';
import { tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import { contactTemplateParameter, readContactTemplate } from '../shared/contact';
import type { CippOperation } from '../types';

export const deployTemplate: CippOperation = {
	resource: 'contact',
	value: 'deployTemplate',
	name: 'Deploy Template',
	action: 'Create a mail contact from a template',
	description:
		'Create the mail contact of a CIPP contact template in a tenant. If a contact with that email already exists there, CIPP skips it and the item fails with its words.',
	...writes('DeployContactTemplates', 'Exchange.Contact.ReadWrite'),
	parameters: [
		{ ...tenantParameter('body'), send: { name: 'selectedTenants', in: 'body', encoding: 'labelValueList' } },
		contactTemplateParameter({ name: 'TemplateList', in: 'body', encoding: 'labelValueList' }),
	],
	// An existing contact is skipped with this answer (HTTP 200, no state).
	refusals: [/already exists in tenant/],
	output: actionResult(),
	run: async (context) => {
		// CIPP reads each TemplateList entry's value as the whole template (its email, names, phones), not its ID.
		const body = context.request.body as IDataObject;
		const [entry] = body.TemplateList as IDataObject[];
		const template = await readContactTemplate(context, String(entry.value));
		const request = { ...context.request, body: { ...body, TemplateList: [{ value: template, label: template.name ?? entry.value }] } };
		return deployTemplate.output(await context.call(request, deployTemplate.role), context);
	},
};
