import { writes } from '../common/endpoints';
import { tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import { stateParameter } from '../shared/exchangePolicy';
import { transportRuleParameter } from '../shared/transportRule';
import type { CippOperation } from '../types';

export const setState: CippOperation = {
	resource: 'transportRule',
	value: 'setState',
	name: 'Enable or Disable',
	action: 'Enable or disable a transport rule',
	description: 'Turn a transport rule on or off without changing its settings',
	...writes('EditTransportRule', 'Exchange.TransportRule.ReadWrite'),
	parameters: [tenantParameter('body'), transportRuleParameter('guid', 'body'), stateParameter('state', ['enable', 'disable'])],
	output: actionResult(),
};
