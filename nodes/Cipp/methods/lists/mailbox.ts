import { tenantList, type RecordList } from '../recordLists';

/** Pickers' record lists for the mailbox resource, by listSearch method name. */
export const lists: Record<string, RecordList> = {
	mailboxSearchRules: tenantList('ListMailboxRules', 'Identity', 'Name', 'MailboxOwnerId'),
	mailboxSearchRetentionPolicies: tenantList('ExecManageRetentionPolicies', 'Name', 'Name'),
	mailboxSearchRetentionTags: tenantList('ExecManageRetentionTags', 'Name', 'Name', 'Type'),
	mailboxSearchHveAccounts: tenantList('ListHVEAccounts', 'primarySmtpAddress', 'displayName'),
	mailboxSearchRestoreRequests: tenantList('ListMailboxRestores', 'Identity', 'Name', 'TargetMailbox'),
};
