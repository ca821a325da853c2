import { reads } from '../common/endpoints';
import { additionalFields, flag, inQuery, text } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { records } from '../common/readers';
import { presenceFlag } from '../common/validators';
import type { CippOperation } from '../types';

export const getManyMailboxRestores: CippOperation = {
	resource: 'tool',
	value: 'getManyMailboxRestores',
	name: 'Get Many Mailbox Restores',
	action: 'Get many mailbox restore requests',
	description:
		'List the mailbox restore requests of a customer tenant with their status, or with Identity and Statistics the statistics (and report) of one request',
	...reads('ListMailboxRestores', 'Exchange.Mailbox.Read'),
	list: true,
	parameters: [
		tenantParameter('query'),
		additionalFields([
			text('Identity', 'identity', 'The restore request, as its Identity from this list', inQuery('Identity'), {
				placeholder: 'e.g. adele.vance@contoso.com\\MailboxRestore',
			}),
			flag(
				'Statistics',
				'statistics',
				'Whether to return the statistics of the request given in Identity (remove the field to turn it off)',
				{ name: 'Statistics', in: 'query', validate: presenceFlag },
				true,
			),
			flag(
				'Include Report',
				'includeReport',
				'Whether the statistics include the detailed report (remove the field to turn it off)',
				{ name: 'IncludeReport', in: 'query', validate: presenceFlag },
				true,
			),
		]),
	],
	output: records,
};
