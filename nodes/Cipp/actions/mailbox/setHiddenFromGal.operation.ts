import { flag, mailboxWrite } from '../shared/mailbox';

export const setHiddenFromGal = mailboxWrite({
	value: 'setHiddenFromGal',
	name: 'Set Hidden From GAL',
	action: 'Hide a mailbox from the address lists or show it again',
	description: 'Hide a mailbox from the global address list and the other address lists, or show it again',
	endpoint: 'ExecHideFromGAL',
	mailbox: { name: 'ID', in: 'body' },
	parameters: [flag('hidden', 'Hidden', 'Whether to hide the mailbox (off shows it again)', 'HideFromGAL')],
});
