import { writes } from '../common/endpoints';
import { requiredParameter } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import { allowBlockFields, listTypeProperty } from '../shared/exchangePolicy';
import type { CippOperation } from '../types';

export const removeAllowBlockEntries: CippOperation = {
	resource: 'exchangePolicy',
	value: 'removeAllowBlockEntries',
	name: 'Remove Allow/Block Entries',
	action: 'Remove Tenant Allow/Block List entries',
	description: 'Remove entries from the Tenant Allow/Block List by their value and list type',
	...writes('RemoveTenantAllowBlockList', 'Exchange.SpamFilter.ReadWrite'),
	parameters: [
		tenantParameter('body'),
		{ ...allowBlockFields[0], send: { name: 'Entries', in: 'body', encoding: 'stringList' } },
		requiredParameter(listTypeProperty, { name: 'ListType', in: 'body' }),
	],
	output: actionResult(),
};
