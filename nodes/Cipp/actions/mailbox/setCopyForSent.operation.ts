import { flag, mailboxWrite } from '../shared/mailbox';

export const setCopyForSent = mailboxWrite({
	value: 'setCopyForSent',
	name: 'Set Copy for Sent',
	action: 'Keep a copy of mail sent as or on behalf of a mailbox',
	description:
		"Keep (or stop keeping) a copy of mail that delegates send as or on behalf of a shared mailbox in that mailbox's Sent Items; CIPP sets both settings to the same value",
	endpoint: 'ExecCopyForSent',
	mailbox: { name: 'ID', in: 'body' },
	parameters: [flag('keepCopy', 'Keep Copy', "Whether to keep the copy in the mailbox's Sent Items", 'messageCopyState')],
});
