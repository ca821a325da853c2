import type { IDataObject } from 'n8n-workflow';

import { writes } from '../common/endpoints';
import { additionalFields } from '../common/fields';
import { actionResult } from '../common/readers';
import * as validate from '../common/validators';
import {
	contactDetails,
	contactIdentityChanges,
	contactTemplateFields,
	contactTemplateParameter,
	readContactTemplate,
} from '../shared/contact';
import type { CippOperation } from '../types';

export const updateTemplate: CippOperation = {
	resource: 'contact',
	value: 'updateTemplate',
	name: 'Update Template',
	action: 'Update a contact template',
	description:
		'Change fields of a CIPP contact template; the others keep their current values (CIPP replaces the whole template, so the node reads it first and sends them back)',
	...writes('EditContactTemplates', 'Exchange.Contact.ReadWrite'),
	parameters: [
		contactTemplateParameter({ name: 'ContactTemplateID', in: 'body' }),
		additionalFields([...contactIdentityChanges(), ...contactDetails('template')]),
	],
	output: actionResult(),
	run: async (context) => {
		validate.requireSomeChange(context, ['ContactTemplateID'], '"Updated Contact Template"');
		const body = context.request.body as IDataObject;
		const current = await readContactTemplate(context, String(body.ContactTemplateID));
		// CIPP names the template by displayName; an older template may carry only its name.
		const kept: IDataObject = typeof current.name === 'string' ? { displayName: current.name } : {};
		for (const field of contactTemplateFields) if (current[field] !== undefined && current[field] !== null) kept[field] = current[field];
		const request = { ...context.request, body: { ...kept, ...body } };
		return updateTemplate.output(await context.call(request, updateTemplate.role), context);
	},
};
