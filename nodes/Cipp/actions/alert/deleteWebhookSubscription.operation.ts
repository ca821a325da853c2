import { writes } from '../common/endpoints';
import { requiredText } from '../common/fields';
import { actionResult } from '../common/readers';
import type { CippOperation } from '../types';

export const deleteWebhookSubscription: CippOperation = {
	resource: 'alert',
	value: 'deleteWebhookSubscription',
	name: 'Delete Webhook Subscription',
	action: 'Delete a webhook subscription of CIPP',
	description:
		"Delete a webhook subscription in its tenant and from CIPP. CIPP forgets it even when Microsoft's side could not be deleted (that failure is only logged).",
	...writes('ExecWebhookSubscriptions', 'Tenant.Alert.ReadWrite'),
	parameters: [
		requiredText(
			{
				displayName: 'Subscription ID',
				name: 'webhookId',
				placeholder: 'e.g. 2b5c9a7e-1f0d-4c3b-9a8e-7d6f5e4c3b2a',
				description: 'The subscription (its RowKey), from Get Many Webhook Subscriptions',
			},
			{ name: 'WebhookID', in: 'query' },
		),
	],
	constants: { query: { Action: 'Delete' } },
	output: actionResult(),
};
