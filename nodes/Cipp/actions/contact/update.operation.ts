import type { IDataObject } from 'n8n-workflow';

import { writes } from '../common/endpoints';
import { additionalFields, textField } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import * as validate from '../common/validators';
import { contactDetails, contactParameter, emailAddress } from '../shared/contact';
import type { CippOperation } from '../types';

export const update: CippOperation = {
	resource: 'contact',
	value: 'update',
	name: 'Update',
	action: 'Update a mail contact',
	description:
		'Change the details of a mail contact; only the fields you add change, and an empty field is left as it is. A new Email changes both the shown and the delivery address.',
	...writes('EditContact', 'Exchange.Contact.ReadWrite'),
	parameters: [
		tenantParameter('body', { name: 'tenantID' }),
		contactParameter({ name: 'ContactID', in: 'body' }),
		additionalFields([
			textField(
				{ displayName: 'Display Name', name: 'displayName', placeholder: 'e.g. Jane Doe (Fabrikam)' },
				{ name: 'displayName', in: 'body' },
			),
			textField(
				{ displayName: 'Email', name: 'email', placeholder: 'e.g. jane@fabrikam.com' },
				{ name: 'email', in: 'body' },
				emailAddress,
			),
			...contactDetails('LastName'),
		]),
	],
	output: actionResult(),
	run: async (context) => {
		const body = context.request.body as IDataObject;
		// With no field CIPP runs no cmdlet and still answers "Successfully edited contact".
		if (Object.keys(body).every((field) => field === 'tenantID' || field === 'ContactID')) {
			validate.invalid(
				{ node: context.node, field: 'Additional Fields', itemIndex: context.itemIndex, access: 'write' },
				'nothing to change: CIPP would change nothing and still answer "Successfully edited contact".',
				'Add at least one field to change.',
			);
		}
		return update.output(await context.call(context.request, update.role), context);
	},
};
