import { reads } from '../common/endpoints';
import { tenantParameter } from '../common/pickers';
import { singleRecord } from '../common/readers';
import { contactParameter } from '../shared/contact';
import type { CippOperation } from '../types';

export const get: CippOperation = {
	resource: 'contact',
	value: 'get',
	name: 'Get',
	action: 'Get a mail contact',
	description: 'Get one mail contact with its addresses, phones, mail tip and whether it is hidden from the address list',
	...reads('ListContacts', 'Exchange.Contact.Read'),
	parameters: [tenantParameter('query'), contactParameter({ name: 'id', in: 'query' })],
	output: singleRecord(({ values }) => `Contact ${String(values.contactId)}`),
};
