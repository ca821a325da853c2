import { mailboxRead } from '../shared/mailbox';

export const getMany = mailboxRead({
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many mailboxes',
	description:
		'List the Exchange Online mailboxes of a tenant, one item per mailbox with its addresses, type, forwarding, holds, archive and address-list state',
	endpoint: 'ListMailboxes',
});
