import { tenantParameter } from '../common/pickers';
import { records } from '../common/readers';
import type { CippOperation } from '../types';

export const getManySharedMailboxStatistics: CippOperation = {
	resource: 'tenant',
	value: 'getManySharedMailboxStatistics',
	name: 'Get Many Shared Mailbox Statistics',
	action: 'Get many shared mailbox statistics',
	description:
		"List the statistics of a tenant's shared mailboxes (Exchange Get-MailboxStatistics), one item per mailbox with size, item count and last logon",
	endpoint: 'ListSharedMailboxStatistics',
	method: 'GET',
	access: 'read',
	role: 'Exchange.Mailbox.Read',
	list: true,
	parameters: [tenantParameter('query')],
	output: records,
};
