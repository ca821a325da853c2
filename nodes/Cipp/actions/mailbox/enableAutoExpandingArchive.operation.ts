import { mailboxWrite } from '../shared/mailbox';

export const enableAutoExpandingArchive = mailboxWrite({
	value: 'enableAutoExpandingArchive',
	name: 'Enable Auto-Expanding Archive',
	action: "Enable a mailbox's auto-expanding archive",
	description: 'Enable the auto-expanding archive of a mailbox whose online archive is on; Exchange cannot turn it off again',
	endpoint: 'ExecEnableAutoExpandingArchive',
	mailbox: { name: 'ID', in: 'body' },
	echo: { username: '' },
});
