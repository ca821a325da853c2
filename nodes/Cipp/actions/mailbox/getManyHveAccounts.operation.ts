import { mailboxRead } from '../shared/mailbox';

export const getManyHveAccounts = mailboxRead({
	value: 'getManyHveAccounts',
	name: 'Get Many HVE Accounts',
	action: 'Get many high volume email accounts',
	description: "List the tenant's High Volume Email (HVE) accounts, the mail users apps and devices use to send bulk mail over SMTP",
	endpoint: 'ListHVEAccounts',
});
