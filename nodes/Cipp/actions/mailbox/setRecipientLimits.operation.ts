import { requiredParameter } from '../common/fields';
import { mailboxWrite, wholeNumber } from '../shared/mailbox';

export const setRecipientLimits = mailboxWrite({
	value: 'setRecipientLimits',
	name: 'Set Recipient Limit',
	action: 'Set how many recipients one message from a mailbox may have',
	description: 'Set the most recipients (To, Cc and Bcc together) one message sent from a mailbox may have, 1 to 1,000',
	endpoint: 'ExecSetRecipientLimits',
	mailbox: { name: 'Identity', in: 'body' },
	echo: { userid: '' },
	parameters: [
		requiredParameter(
			{
				displayName: 'Recipient Limit',
				name: 'recipientLimit',
				type: 'number',
				typeOptions: { minValue: 1, maxValue: 1000 },
				default: 500,
			},
			{ name: 'recipientLimit', in: 'body', encoding: 'number', validate: wholeNumber(1, 1000) },
		),
	],
});
