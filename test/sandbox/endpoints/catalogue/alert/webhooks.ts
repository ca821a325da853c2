/** Invoke-ExecWebhookSubscriptions (CIPP/Settings): the webhookTable rows of CIPP's Graph and audit-log subscriptions. */
import { perSandbox, stableGuid } from '../../../directory';
import { psString } from '../../../powershell';
import type { Endpoint } from '../../endpoint';

interface WebhookRow {
	PartitionKey: string;
	RowKey: string;
	EventType: string;
	Resource: string;
	Expiration: string;
	SubscriptionID: string;
	TypeofSubscription: string;
	WebhookNotificationUrl: string;
}

const row = (tenant: string, key: string, resource: string, eventType: string): WebhookRow => ({
	PartitionKey: tenant,
	RowKey: stableGuid(`webhook/${key}`),
	EventType: eventType,
	Resource: resource,
	Expiration: new Date(Date.now() + 86_400_000).toISOString(),
	SubscriptionID: stableGuid(`webhook/${key}/graph`),
	TypeofSubscription: 'created,updated',
	WebhookNotificationUrl: `https://graph.microsoft.com/beta/subscriptions/${stableGuid(`webhook/${key}/graph`)}`,
});

const webhooks = perSandbox((): WebhookRow[] => [
	row('contoso.onmicrosoft.com', 'contoso/users', 'users', 'UserUpdated'),
	row('fabrikam.onmicrosoft.com', 'fabrikam/users', 'users', 'UserUpdated'),
]);

const results = (text: string) => ({ status: 200, body: { Results: text } });

export const ExecWebhookSubscriptions: Endpoint = {
	name: 'ExecWebhookSubscriptions',
	role: 'Tenant.Alert.ReadWrite',
	handle(ctx) {
		const id = psString(ctx.fromQuery('WebhookID'));
		const rows = webhooks(ctx.state);
		// switch is case-insensitive; the sandbox models Delete and the list (default).
		switch (psString(ctx.fromQuery('Action')).toLowerCase()) {
			case 'delete': {
				const index = rows.findIndex((entry) => entry.RowKey === id);
				if (index < 0) return results(`Subscription ${id} not found`);
				const [removed] = rows.splice(index, 1);
				return results(`Deleted subscription ${removed.RowKey} for ${removed.PartitionKey}`);
			}
			default:
				return { status: 200, body: rows.map((entry) => ({ ...entry })) };
		}
	},
};
