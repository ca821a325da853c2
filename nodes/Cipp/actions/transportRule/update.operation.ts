import type { IDataObject } from 'n8n-workflow';

import { writes } from '../common/endpoints';
import { tenantParameter } from '../common/pickers';
import { actionResult, cachedRecords } from '../common/readers';
import { checkRulePairs, ruleSettings, transportRuleParameter } from '../shared/transportRule';
import type { CippOperation } from '../types';

export const update: CippOperation = {
	resource: 'transportRule',
	value: 'update',
	name: 'Update',
	action: 'Update a transport rule',
	description:
		"Change the settings you add on a transport rule; a list you add replaces the rule's list. CIPP would turn the rule off unless told its state, so the node reads the rule first and keeps its name and state.",
	...writes('AddEditTransportRule', 'Exchange.TransportRule.ReadWrite'),
	parameters: [tenantParameter('body'), transportRuleParameter('ruleId', 'body'), ruleSettings],
	output: actionResult(),
	run: async (context) => {
		checkRulePairs(context);
		const body = context.request.body as IDataObject;
		const read = { method: 'GET' as const, endpoint: 'ListTransportRules', qs: { tenantFilter: body.tenantFilter, id: body.ruleId } };
		const [rule] = cachedRecords()(await context.call(read, 'Exchange.TransportRule.Read'));
		if (!rule?.Name) context.fail(`Transport rule ${String(body.ruleId)} was not found.`);
		const state = body.State ?? { value: rule.State, label: rule.State };
		const request = { ...context.request, body: { ...body, Name: rule.Name, State: (state as IDataObject).value } };
		return update.output(await context.call(request, update.role), context);
	},
};
