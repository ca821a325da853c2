import { writes } from '../common/endpoints';
import { additionalFields } from '../common/fields';
import { actionResult } from '../common/readers';
import { contactDetails, contactIdentity } from '../shared/contact';
import type { CippOperation } from '../types';

export const createTemplate: CippOperation = {
	resource: 'contact',
	value: 'createTemplate',
	name: 'Create Template',
	action: 'Create a contact template',
	description: 'Save a mail contact as a CIPP template (named by its display name) to deploy to tenants later',
	...writes('AddContactTemplates', 'Exchange.Contact.ReadWrite'),
	parameters: [...contactIdentity(), additionalFields(contactDetails('template'))],
	output: actionResult(),
};
