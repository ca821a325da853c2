import type { RecordList } from '../recordLists';

/** Pickers' record lists for the mailbox resource, by listSearch method name. */
export const lists: Record<string, RecordList> = {
	mailboxSearchRules: { endpoint: 'ListMailboxRules', scope: 'tenant', value: 'Identity', label: 'Name', detail: 'MailboxOwnerId' },
	mailboxSearchRetentionPolicies: { endpoint: 'ExecManageRetentionPolicies', scope: 'tenant', value: 'Name', label: 'Name' },
	mailboxSearchRetentionTags: { endpoint: 'ExecManageRetentionTags', scope: 'tenant', value: 'Name', label: 'Name', detail: 'Type' },
	mailboxSearchHveAccounts: { endpoint: 'ListHVEAccounts', scope: 'tenant', value: 'primarySmtpAddress', label: 'displayName' },
	mailboxSearchRestoreRequests: {
		endpoint: 'ListMailboxRestores',
		scope: 'tenant',
		value: 'Identity',
		label: 'Name',
		detail: 'TargetMailbox',
	},
};
