import type { NotOffered } from './types';

/** Email-Exchange: mailbox administration, mailbox retention, reports and tools (OpenAPI tags Email-Exchange > Administration, Email-Exchange > Administration > Mailbox Retention, Email-Exchange > Reports, Email-Exchange > Tools). */
export const notOffered: NotOffered[] = [
	{
		endpoint: 'ExecEditMailboxPermissions',
		reason: 'duplicate',
		note: 'An older way to grant or remove Full Access, Send As and Send on Behalf that the CIPP front end no longer calls; the same changes are offered as Mailbox → Update Permissions (ExecModifyMBPerms).',
	},
];
