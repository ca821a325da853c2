import type { IDataObject } from 'n8n-workflow';

import { writes } from '../common/endpoints';
import { requiredText } from '../common/fields';
import { actionResult, records } from '../common/readers';
import { alertTenant } from '../shared/alert';
import type { CippOperation, OutputContext } from '../types';

const read = actionResult();
const REMOVED = /^Removed Alert Rule for /;
const SUBSCRIPTION_CLEANUP = /^Failed to remove Webhook Subscription\b/;

/**
 * The last legacy rule of a tenant also makes CIPP try to remove the tenant's audit-log subscription
 * without its content type, which fails; the rule is removed all the same: a warning, not a failure.
 */
function ruleOutput(response: unknown, context: OutputContext): IDataObject[] {
	const messages = records((response as IDataObject | undefined)?.Results ?? response).map((row) => String(row.value ?? ''));
	const others = messages.filter((text) => !REMOVED.test(text));
	const cleanupOnly = others.length > 0 && others.every((text) => SUBSCRIPTION_CLEANUP.test(text));
	if (!messages.some((text) => REMOVED.test(text)) || !cleanupOnly) return read(response, context);
	return [{ status: 'warning', message: messages.join(' '), messages }];
}

export const deleteWebhookRule: CippOperation = {
	resource: 'alert',
	value: 'deleteWebhookRule',
	name: 'Delete Webhook Rule',
	action: "Delete one of CIPP's legacy webhook alert rules",
	description:
		"Delete a legacy webhook alert rule (Get Many Webhook Rules) of one tenant. For the tenant's last rule CIPP also tries to remove its audit-log subscription, which fails: the item is then a warning.",
	...writes('RemoveWebhookAlert', 'CIPP.Alert.ReadWrite'),
	parameters: [
		alertTenant('query'),
		requiredText(
			{
				displayName: 'Rule ID',
				name: 'ruleId',
				placeholder: 'e.g. 2b5c9a7e-1f0d-4c3b-9a8e-7d6f5e4c3b2a',
				description: 'The rule (its RowKey), from Get Many Webhook Rules',
			},
			{ name: 'ID', in: 'query' },
		),
	],
	output: ruleOutput,
	// CIPP selects the rules by the tenant given and removes by RowKey among them: the rule is read
	// first, so an unknown ID, a rule of another tenant or of every tenant fails before anything changes.
	run: async (context) => {
		const id = String(context.values.ruleId);
		const tenant = String(context.values.tenantFilter);
		const rules = records(await context.call({ method: 'GET', endpoint: 'ListWebhookAlert', qs: {} }, 'CIPP.Alert.Read'));
		const rule = rules.find((row) => row.RowKey === id);
		if (!rule) context.fail(`No webhook rule ${id} was found, so nothing was deleted. Check Get Many Webhook Rules.`);
		const owner = String(rule?.Tenant ?? '');
		if (owner.toLowerCase() !== tenant.toLowerCase()) {
			const whose = owner.toLowerCase() === 'alltenants' ? 'every tenant (delete it in CIPP)' : owner;
			context.fail(`Webhook rule ${id} is for ${whose}, not ${tenant}, so nothing was deleted.`);
		}
		return ruleOutput(await context.call(context.request, deleteWebhookRule.role), context);
	},
};
