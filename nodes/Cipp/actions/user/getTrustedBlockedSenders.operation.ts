import { reads } from '../common/endpoints';
import { mailboxParameter, tenantParameter } from '../common/pickers';
import { records } from '../common/readers';
import type { CippOperation } from '../types';

export const getTrustedBlockedSenders: CippOperation = {
	resource: 'user',
	value: 'getTrustedBlockedSenders',
	name: 'Get Trusted and Blocked Senders',
	action: "Get a user's trusted and blocked senders",
	description:
		"List the senders and domains a user trusts or blocks in their mailbox's junk mail settings, one item per entry with its Type and TypeProperty",
	...reads('ListUserTrustedBlockedSenders', 'Exchange.Mailbox.Read'),
	list: true,
	parameters: [tenantParameter('query'), mailboxParameter({ name: 'UserID', in: 'query' })],
	output: records,
};
