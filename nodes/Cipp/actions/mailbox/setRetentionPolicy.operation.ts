import { mailboxWrite, retentionPicker } from '../shared/mailbox';

export const setRetentionPolicy = mailboxWrite({
	value: 'setRetentionPolicy',
	name: 'Set Retention Policy',
	action: 'Set the retention policy of a mailbox',
	description: 'Apply an Exchange retention (MRM) policy to a mailbox, replacing the one it had',
	endpoint: 'ExecSetMailboxRetentionPolicies',
	mailbox: { name: 'Mailboxes', in: 'body', encoding: 'stringList' },
	parameters: [retentionPicker('Policy', { name: 'PolicyName', in: 'body' })],
});
