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
		validate.requireSomeChange(context, ['tenantID', 'ContactID'], '"Successfully edited contact"');
		return update.output(await context.call(context.request, update.role), context);
	},
};
