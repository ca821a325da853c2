import { writes } from '../common/endpoints';
import { requiredLine } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import { checkRulePairs, ruleSettings } from '../shared/transportRule';
import type { CippOperation } from '../types';

export const create: CippOperation = {
	resource: 'transportRule',
	value: 'create',
	name: 'Create',
	action: 'Create a transport rule',
	description:
		'Create an Exchange Online mail flow (transport) rule from its conditions, exceptions and actions; it is on unless State says Disabled',
	...writes('AddEditTransportRule', 'Exchange.TransportRule.ReadWrite'),
	parameters: [
		tenantParameter('body'),
		requiredLine('Name', 'name', 'The name of the new rule', 'Name', { placeholder: 'e.g. Warn on external senders' }),
		ruleSettings,
	],
	output: actionResult(),
	run: async (context) => {
		checkRulePairs(context);
		return create.output(await context.call(context.request, create.role), context);
	},
};
