import { mailboxRead } from '../shared/mailbox';

export const getManyPermissions = mailboxRead({
	value: 'getManyPermissions',
	name: 'Get Many Permissions',
	action: 'Get who has access to a mailbox',
	description:
		"List who may open (Full Access), send as or send on behalf of a mailbox, one item per grant with User and Permissions; Exchange's own NT AUTHORITY\\SELF entries are included",
	endpoint: 'ListmailboxPermissions',
	mailbox: { name: 'userId', in: 'query' },
});
