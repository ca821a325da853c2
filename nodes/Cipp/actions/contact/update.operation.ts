import { writes } from '../common/endpoints';
import { additionalFields } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import * as validate from '../common/validators';
import { contactDetails, contactIdentityChanges, contactParameter } from '../shared/contact';
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
		additionalFields([...contactIdentityChanges(), ...contactDetails('edit')]),
	],
	output: actionResult(),
	run: async (context) => {
		validate.requireSomeChange(context, ['tenantID', 'ContactID'], '"Successfully edited contact"');
		return update.output(await context.call(context.request, update.role), context);
	},
};
