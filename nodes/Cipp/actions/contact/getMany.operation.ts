import { reads } from '../common/endpoints';
import { tenantParameter } from '../common/pickers';
import { records } from '../common/readers';
import type { CippOperation } from '../types';

export const getMany: CippOperation = {
	resource: 'contact',
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many mail contacts',
	description:
		'List the Exchange mail contacts of a tenant, one item per contact with its Guid, DisplayName, WindowsEmailAddress and company',
	...reads('ListContacts', 'Exchange.Contact.Read'),
	list: true,
	parameters: [tenantParameter('query')],
	output: records,
};
