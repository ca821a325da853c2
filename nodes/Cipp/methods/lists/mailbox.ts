import type { RecordList } from '../recordLists';

/** Pickers' record lists for the mailbox resource, by listSearch method name. */
export const lists: Record<string, RecordList> = {
	mailboxSearchRules: { endpoint: 'ListMailboxRules', scope: 'tenant', value: 'Identity', label: 'Name', detail: 'MailboxOwnerId' },
};
