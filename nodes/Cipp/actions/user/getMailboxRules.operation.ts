import { reads } from '../common/endpoints';
import { mailboxParameter, tenantParameter } from '../common/pickers';
import { records } from '../common/readers';
import type { CippOperation } from '../types';

export const getMailboxRules: CippOperation = {
	resource: 'user',
	value: 'getMailboxRules',
	name: 'Get Mailbox Rules',
	action: "Get a user's inbox rules",
	description:
		"List the inbox rules of a user's mailbox, hidden ones included (Exchange's junk mail and out-of-office rules are left out), one item per rule",
	...reads('ListUserMailboxRules', 'Exchange.Mailbox.Read'),
	list: true,
	parameters: [tenantParameter('query'), mailboxParameter({ name: 'UserID', in: 'query' })],
	output: records,
};
