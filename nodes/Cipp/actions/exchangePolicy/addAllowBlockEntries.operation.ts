import { writes } from '../common/endpoints';
import { tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import { allowBlockFields } from '../shared/exchangePolicy';
import type { CippOperation } from '../types';

export const addAllowBlockEntries: CippOperation = {
	resource: 'exchangePolicy',
	value: 'addAllowBlockEntries',
	name: 'Add Allow/Block Entries',
	action: 'Add Tenant Allow/Block List entries',
	description:
		'Allow or block senders, URLs, file hashes or IP addresses in the Tenant Allow/Block List; without Never Expire, Exchange removes the entries after 30 days',
	...writes('AddTenantAllowBlockList', 'Exchange.SpamFilter.ReadWrite'),
	parameters: [{ ...tenantParameter('body'), send: { name: 'tenantID', in: 'body', encoding: 'labelValue' } }, ...allowBlockFields],
	output: actionResult(),
};
