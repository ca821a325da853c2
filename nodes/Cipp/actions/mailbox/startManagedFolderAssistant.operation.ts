import { mailboxWrite } from '../shared/mailbox';

export const startManagedFolderAssistant = mailboxWrite({
	value: 'startManagedFolderAssistant',
	name: 'Start Managed Folder Assistant',
	action: 'Apply retention and archive policies to a mailbox now',
	description:
		"Start Exchange's Managed Folder Assistant on a mailbox (full crawl), so its retention and archive policies are applied now instead of within a week",
	endpoint: 'ExecStartManagedFolderAssistant',
	mailbox: { name: 'Id', in: 'body' },
});
