import { mailboxRead } from '../shared/mailbox';

export const getManyForwarding = mailboxRead({
	value: 'getManyForwarding',
	name: 'Get Many Forwarding',
	action: 'Get the mailboxes that forward mail',
	description:
		'List only the mailboxes of a tenant that forward mail, with ForwardingType (External or Internal), ForwardTo and whether they keep a copy; external forwarding is a common sign of a compromised account',
	endpoint: 'ListMailboxForwarding',
});
