import { reads } from '../common/endpoints';
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
	...reads('ListSharedMailboxStatistics', 'Exchange.Mailbox.Read'),
	list: true,
	parameters: [
		{
			...tenantParameter('query'),
			// Invoke-ListSharedMailboxStatistics.ps1:17-23: `continue` in a ForEach-Object catch leaves the
			// whole pipeline, so one failing mailbox silently ends the list. The node cannot see it.
			property: {
				...tenantParameter('query').property,
				description:
					"The customer tenant to act on. If Exchange fails to read one mailbox's statistics, CIPP stops there and answers the mailboxes read so far, without an error.",
			},
		},
	],
	output: records,
};
