import type { NotOffered } from './types';

/** Email-Exchange: mailbox administration, mailbox retention, reports and tools (OpenAPI tags Email-Exchange > Administration, Email-Exchange > Administration > Mailbox Retention, Email-Exchange > Reports, Email-Exchange > Tools). */
export const notOffered: NotOffered[] = [
	{
		endpoint: 'ExecEditMailboxPermissions',
		reason: 'duplicate',
		note: 'An older way to grant or remove Full Access, Send As and Send on Behalf that the CIPP front end no longer calls; the same changes are offered as Mailbox → Update Permissions (ExecModifyMBPerms).',
	},
	{ endpoint: 'ExecHVEUser', reason: 'notYetBuilt', note: 'Not offered yet.' },
	{ endpoint: 'ExecMailboxRestore', reason: 'notYetBuilt', note: 'Not offered yet.' },
	{ endpoint: 'ExecMailTest', reason: 'notYetBuilt', note: 'Not offered yet.' },
	{ endpoint: 'ExecManageRetentionPolicies', reason: 'notYetBuilt', note: 'Not offered yet.' },
	{ endpoint: 'ExecManageRetentionTags', reason: 'notYetBuilt', note: 'Not offered yet.' },
	{
		endpoint: 'ExecSetMailboxLocale',
		reason: 'notYetBuilt',
		note: "Sets a mailbox's language and regional format; CIPP reads the mailbox from body.user as text, but its OpenAPI types user as an object (it mistakes the log headers for it), so the contract check cannot accept it yet.",
	},
	{ endpoint: 'ExecSetMailboxRetentionPolicies', reason: 'notYetBuilt', note: 'Not offered yet.' },
	{ endpoint: 'ListHVEAccounts', reason: 'notYetBuilt', note: 'Not offered yet.' },
];
