import { mailboxRead } from '../shared/mailbox';

export const getManyRestrictedUsers = mailboxRead({
	value: 'getManyRestrictedUsers',
	name: 'Get Many Restricted Users',
	action: 'Get the users blocked from sending mail',
	description:
		'List the users Exchange Online blocked from sending mail for exceeding sending limits (often a compromised account), with the limit exceeded and when',
	endpoint: 'ListRestrictedUsers',
});
