import { writes } from '../common/endpoints';
import { tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import { namedRecordParameter, stateParameter } from '../shared/exchangePolicy';
import type { CippOperation } from '../types';

export const setSpamFilterState: CippOperation = {
	resource: 'exchangePolicy',
	value: 'setSpamFilterState',
	name: 'Enable or Disable Spam Filter',
	action: 'Enable or disable an anti-spam rule',
	description: 'Turn the rule of an anti-spam policy on or off; the policy keeps its settings',
	...writes('EditSpamFilter', 'Exchange.SpamFilter.ReadWrite'),
	parameters: [
		tenantParameter('query'),
		namedRecordParameter('Spam Filter', 'spamFilter', 'searchSpamFilters', { name: 'name', in: 'body' }),
		stateParameter('state', ['enable', 'disable']),
	],
	output: actionResult(),
};
