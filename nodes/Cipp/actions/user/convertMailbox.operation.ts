import { writes } from '../common/endpoints';
import { choices, requiredChoice } from '../common/fields';
import { mailboxParameter, tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import type { CippOperation } from '../types';

export const convertMailbox: CippOperation = {
	resource: 'user',
	value: 'convertMailbox',
	name: 'Convert Mailbox',
	action: "Convert a user's mailbox type",
	description:
		"Convert a mailbox to a shared, regular (user), room or equipment mailbox, e.g. to keep a leaver's mail as a shared mailbox without a licence",
	...writes('ExecConvertMailbox', 'Exchange.Mailbox.ReadWrite'),
	parameters: [
		tenantParameter('body'),
		mailboxParameter({ name: 'ID', in: 'body' }),
		requiredChoice(
			'Mailbox Type',
			'mailboxType',
			'The type to convert the mailbox to',
			'MailboxType',
			'Shared',
			choices({ Equipment: 'Equipment', 'Regular (User Mailbox)': 'Regular', Room: 'Room', Shared: 'Shared' }),
		),
	],
	output: actionResult(),
};
