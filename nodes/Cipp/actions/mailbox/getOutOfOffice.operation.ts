import { parsedRecords } from '../common/readers';
import { mailboxRead } from '../shared/mailbox';

export const getOutOfOffice = mailboxRead({
	value: 'getOutOfOffice',
	name: 'Get Out of Office',
	action: "Get a mailbox's automatic replies",
	description:
		"Get a mailbox's automatic replies (out of office): state, start and end (yyyy-MM-dd HH:mm), internal and external message and calendar options",
	endpoint: 'ListOoO',
	mailbox: { name: 'userid', in: 'query' },
	single: true,
	output: parsedRecords,
});
