import { mailboxRead } from '../shared/mailbox';

export const getManyContactPermissions = mailboxRead({
	value: 'getManyContactPermissions',
	name: 'Get Many Contact Permissions',
	action: "Get the permissions on a mailbox's contacts folder",
	description: "List who may use a mailbox's Contacts folder, with their access rights",
	endpoint: 'ListContactPermissions',
	mailbox: { name: 'UserID', in: 'query' },
});
