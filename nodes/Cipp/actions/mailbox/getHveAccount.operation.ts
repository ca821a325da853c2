import { singleRecord } from '../common/readers';
import { hveAccount, mailboxRead } from '../shared/mailbox';

export const getHveAccount = mailboxRead({
	value: 'getHveAccount',
	name: 'Get HVE Account',
	action: 'Get a high volume email account',
	description: 'Get one High Volume Email (HVE) account with its reply-to address, billing policy and SMTP settings',
	endpoint: 'ListHVEAccounts',
	parameters: [{ ...hveAccount, send: { name: 'Identity', in: 'query' } }],
	single: true,
	output: singleRecord((context) => `The HVE account ${String(context.values.hveAccount)}`),
});
