import { writes } from '../common/endpoints';
import { additionalFields } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import { contactDetails, contactIdentity } from '../shared/contact';
import type { CippOperation } from '../types';

export const create: CippOperation = {
	resource: 'contact',
	value: 'create',
	name: 'Create',
	action: 'Create a mail contact',
	description: 'Create an Exchange mail contact (an external address shown in the address list) in a tenant',
	...writes('AddContact', 'Exchange.Contact.ReadWrite'),
	parameters: [tenantParameter('body', { name: 'tenantid' }), ...contactIdentity(), additionalFields(contactDetails('add'))],
	output: actionResult(),
};
