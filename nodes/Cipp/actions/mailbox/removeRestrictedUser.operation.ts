import { upnParameter } from '../common/fields';
import { mailboxWrite } from '../shared/mailbox';

export const removeRestrictedUser = mailboxWrite({
	value: 'removeRestrictedUser',
	name: 'Remove Restricted User',
	action: 'Let a blocked user send mail again',
	description:
		'Take a user off the restricted senders list so it can send mail again (secure the account first: the block is often a sign of compromise)',
	endpoint: 'ExecRemoveRestrictedUser',
	parameters: [
		upnParameter(
			{ name: 'SenderAddress', in: 'body' },
			{ displayName: 'Sender Address', name: 'senderAddress', description: 'The SenderAddress from Get Many Restricted Users' },
		),
	],
});
