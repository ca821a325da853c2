import { mailboxRead } from '../shared/mailbox';

export const getManySharedWithSignIn = mailboxRead({
	value: 'getManySharedWithSignIn',
	name: 'Get Many Shared With Sign-In',
	action: 'Get the shared mailboxes whose account can sign in',
	description:
		'List the shared mailboxes of a tenant whose user account is still enabled, so someone could sign in to them (Microsoft advises blocking it); no items means none',
	endpoint: 'ListSharedMailboxAccountEnabled',
});
