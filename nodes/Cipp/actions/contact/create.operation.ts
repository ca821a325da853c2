import { writes } from '../common/endpoints';
import { additionalFields, requiredText } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import { contactDetails, emailAddress } from '../shared/contact';
import type { CippOperation } from '../types';

export const create: CippOperation = {
	resource: 'contact',
	value: 'create',
	name: 'Create',
	action: 'Create a mail contact',
	description: 'Create an Exchange mail contact (an external address shown in the address list) in a tenant',
	...writes('AddContact', 'Exchange.Contact.ReadWrite'),
	parameters: [
		tenantParameter('body', { name: 'tenantid' }),
		requiredText(
			{
				displayName: 'Display Name',
				name: 'displayName',
				placeholder: 'e.g. Jane Doe (Fabrikam)',
				description: 'The name shown in the address list',
			},
			{ name: 'displayName', in: 'body' },
		),
		requiredText(
			{ displayName: 'Email', name: 'email', placeholder: 'e.g. jane@fabrikam.com', description: 'The external email address' },
			{ name: 'email', in: 'body', validate: emailAddress },
		),
		additionalFields(contactDetails('lastName')),
	],
	output: actionResult(),
};
