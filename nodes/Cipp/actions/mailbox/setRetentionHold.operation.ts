import { mailboxWrite, removeHold } from '../shared/mailbox';

export const setRetentionHold = mailboxWrite({
	value: 'setRetentionHold',
	name: 'Set Retention Hold',
	action: 'Turn retention hold on or off for a mailbox',
	description:
		'Turn retention hold on (the retention policy stops deleting or archiving items, e.g. while the user is away) or off for a mailbox',
	endpoint: 'ExecSetRetentionHold',
	mailbox: { name: 'Identity', in: 'body' },
	echo: { UPN: '' },
	parameters: [removeHold],
});
