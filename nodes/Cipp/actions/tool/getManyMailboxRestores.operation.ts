import { reads } from '../common/endpoints';
import { additionalFields, textField } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { records } from '../common/readers';
import { presenceFlag } from '../common/validators';
import type { CippOperation } from '../types';

function flag(displayName: string, name: string, description: string) {
	return {
		property: { displayName, name, type: 'boolean' as const, default: true, description },
		send: {
			name: name.charAt(0).toUpperCase() + name.slice(1),
			in: 'query' as const,
			encoding: 'boolean' as const,
			validate: presenceFlag,
		},
	};
}

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
			textField(
				{
					displayName: 'Identity',
					name: 'identity',
					placeholder: 'e.g. adele.vance@contoso.com\\MailboxRestore',
					description: 'The restore request, as its Identity from this list',
				},
				{ name: 'Identity', in: 'query' },
			),
			flag(
				'Statistics',
				'statistics',
				'Whether to return the statistics of the request given in Identity (remove the field to turn it off)',
			),
			flag('Include Report', 'includeReport', 'Whether the statistics include the detailed report (remove the field to turn it off)'),
		]),
	],
	output: records,
};
