import { mailboxRead } from '../shared/mailbox';

export const getGlobalAddressList = mailboxRead({
	value: 'getGlobalAddressList',
	name: 'Get Global Address List',
	action: 'Get every recipient of a tenant',
	description:
		'List every recipient of a tenant (mailboxes, groups, contacts) by display name, with alias, addresses, type and HiddenFromAddressListsEnabled (hidden ones are included)',
	endpoint: 'ListGlobalAddressList',
});
