/** CIPP's legacy webhook alert rules (SchedulerConfig, PartitionKey WebhookAlert): Invoke-ListWebhookAlert and -RemoveWebhookAlert. */
import { perSandbox, stableGuid } from '../../../directory';
import { psString } from '../../../powershell';
import type { Endpoint } from '../../endpoint';

interface LegacyRule {
	PartitionKey: 'WebhookAlert';
	RowKey: string;
	Tenant: string;
	If: string;
	execution: string;
	type: string;
}

const rule = (tenant: string, name: string, operation: string): LegacyRule => ({
	PartitionKey: 'WebhookAlert',
	RowKey: stableGuid(`legacy-webhook/${tenant}/${name}`),
	Tenant: tenant,
	If: JSON.stringify([{ selection: 'Operation', value: operation }]),
	execution: JSON.stringify({ email: 'alerts@northstarit.com', webhook: '', psa: false }),
	type: 'Audit.Exchange',
});

const legacyRules = perSandbox((): LegacyRule[] => [
	rule('contoso.onmicrosoft.com', 'inbox-rules', 'New-InboxRule'),
	rule('contoso.onmicrosoft.com', 'mailbox-permissions', 'Add-MailboxPermission'),
	rule('fabrikam.onmicrosoft.com', 'inbox-rules', 'New-InboxRule'),
	rule('AllTenants', 'admin-roles', 'Add member to role.'),
]);

const ListWebhookAlert: Endpoint = {
	name: 'ListWebhookAlert',
	role: 'CIPP.Alert.Read',
	handle(ctx) {
		const body = legacyRules(ctx.state).map((row) => ({
			...row,
			If: JSON.parse(row.If) as unknown,
			execution: JSON.parse(row.execution) as unknown,
		}));
		return { status: 200, body };
	},
};

const NULL_ENTITY = "Cannot bind argument to parameter 'Entity' because it is null.";

/**
 * Several rules of the tenant: the one with that RowKey is removed (:18-21). The tenant's last one:
 * Remove-CIPPGraphSubscription -Type AuditLog without an EventType finds no subscription row and its
 * removal of a null entity fails (its text lands in Results), then the rule is removed (:36-45).
 */
const RemoveWebhookAlert: Endpoint = {
	name: 'RemoveWebhookAlert',
	role: 'CIPP.Alert.ReadWrite',
	handle(ctx) {
		const tenant = psString(ctx.fromQuery('tenantFilter'));
		const id = psString(ctx.fromQuery('ID'));
		const rows = legacyRules(ctx.state);
		const ofTenant = rows.filter((row) => row.Tenant.toLowerCase() === tenant.toLowerCase());
		const target = ofTenant.find((row) => row.RowKey === id);
		if (!target) return { status: 200, body: { Results: `Failed to remove webhook alert: ${NULL_ENTITY}` } };
		rows.splice(rows.indexOf(target), 1);
		const removed = `Removed Alert Rule for ${tenant}`;
		const results = ofTenant.length > 1 ? removed : [`Failed to remove Webhook Subscription : ${NULL_ENTITY}`, removed];
		return { status: 200, body: { Results: results } };
	},
};

export const endpoints: Endpoint[] = [ListWebhookAlert, RemoveWebhookAlert];
