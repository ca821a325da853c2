import { additionalFields, numberField } from '../common/fields';
import type { FieldEntry } from '../common/fields';
import { mailboxWrite, wholeNumber } from '../shared/mailbox';

const size = (name: string, displayName: string, what: string): FieldEntry =>
	numberField(
		{
			displayName,
			name,
			default: 35,
			typeOptions: { minValue: 1, maxValue: 150 },
			description: `Largest message the mailbox may ${what}, in MB (1-150)`,
		},
		{ name, in: 'body', validate: wholeNumber(1, 150) },
	);

export const setMaxMessageSize = mailboxWrite({
	value: 'setMaxMessageSize',
	name: 'Set Max Message Size',
	action: 'Set the largest message a mailbox may send or receive',
	description: 'Set the largest message a mailbox may send and/or receive, in MB (1-150); a size left out stays as it is',
	endpoint: 'ExecSetMailboxEmailSize',
	mailbox: { name: 'id', in: 'body' },
	echo: { UPN: '' },
	parameters: [
		additionalFields([size('maxSendSize', 'Max Send Size (MB)', 'send'), size('maxReceiveSize', 'Max Receive Size (MB)', 'receive')]),
	],
});
