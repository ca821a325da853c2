import { writes } from '../common/endpoints';
import { tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import { transportRuleParameter } from '../shared/transportRule';
import type { CippOperation } from '../types';

export const deleteRule: CippOperation = {
	resource: 'transportRule',
	value: 'delete',
	name: 'Delete',
	action: 'Delete a transport rule',
	description: 'Delete a transport rule from the tenant',
	...writes('RemoveTransportRule', 'Exchange.TransportRule.ReadWrite'),
	parameters: [tenantParameter('body'), transportRuleParameter('guid', 'body')],
	output: actionResult(),
};
