import { mailboxRead } from '../shared/mailbox';

export const getManyCasSettings = mailboxRead({
	value: 'getManyCasSettings',
	name: 'Get Many Client Access Settings',
	action: 'Get the mail protocols of every mailbox',
	description:
		'List every mailbox of a tenant with the client access protocols it may use (OWA, IMAP, POP, MAPI, EWS, ActiveSync, SMTP AUTH)',
	endpoint: 'ListMailboxCAS',
});
