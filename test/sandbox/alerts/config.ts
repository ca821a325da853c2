/**
 * CIPP's notification settings: the one `CippNotifications` row of table SchedulerConfig
 * (Set-CIPPNotificationConfig), with its secrets in Key Vault and only a marker in the row.
 */
import { perSandbox } from '../directory';
import type { SandboxState } from '../fixtures';

export const KEY_VAULT_MARKER = 'SentToKeyVault';

/** The four secret columns and their Key Vault secret names. */
export const SECRET_COLUMNS: Record<string, string> = {
	webhookAuthToken: 'CIPPNotificationsWebhookAuthToken',
	webhookAuthPassword: 'CIPPNotificationsWebhookAuthPassword',
	webhookAuthHeaderValue: 'CIPPNotificationsWebhookAuthHeaderValue',
	webhookAuthHeaders: 'CIPPNotificationsWebhookAuthHeaders',
};

export type NotificationRow = Record<string, string | boolean>;

export interface NotificationState {
	/** undefined: never saved (List then answers its defaults). */
	row: NotificationRow | undefined;
	/** Key Vault: secret name → value. */
	vault: Record<string, string>;
	/** The Cloudflare Access extension (CFZTNA) with "Use CloudFlare Service Account credentials with webhooks". */
	cloudflare?: { clientId: string; secret: string };
	/** Table CippReplacemap, partition AllTenants: %name% → value. */
	variables: Record<string, string>;
}

/** The constant columns Set-CIPPNotificationConfig writes into every row. */
export const CONSTANT_COLUMNS = {
	PartitionKey: 'CippNotifications',
	RowKey: 'CippNotifications',
	tenant: 'Any',
	tenantid: 'TenantId',
	type: 'CIPPNotifications',
	schedule: 'Every 15 minutes',
} as const;

/** Seeded as an MSP that already sends alerts somewhere: a bearer token in Key Vault, two severities, one log type. */
export const notificationState = perSandbox(
	(): NotificationState => ({
		row: {
			...CONSTANT_COLUMNS,
			Severity: 'Alert,Error',
			email: 'soc@northstarit.com',
			webhook: 'https://hooks.northstarit.com/cipp',
			webhookAuthType: 'Bearer',
			webhookAuthUsername: '',
			webhookAuthHeaderName: '',
			webhookAuthToken: KEY_VAULT_MARKER,
			webhookAuthPassword: '',
			webhookAuthHeaderValue: '',
			webhookAuthHeaders: '',
			onePerTenant: false,
			sendtoIntegration: false,
			UseStandardizedSchema: false,
			includeTenantId: true,
			Standards: true,
		},
		vault: { CIPPNotificationsWebhookAuthToken: 'the-previous-receivers-token' },
		variables: {},
	}),
);

export const notificationConfig = (state: SandboxState): NotificationState => notificationState(state);

/** The columns every row has; any other true column is a selected log type. */
export const KNOWN_COLUMNS = new Set(
	[
		'PartitionKey',
		'RowKey',
		'Timestamp',
		'ETag',
		'tenant',
		'tenantid',
		'type',
		'schedule',
		'Severity',
		'email',
		'webhook',
		'webhookAuthType',
		'webhookAuthUsername',
		'webhookAuthHeaderName',
		'onePerTenant',
		'sendtoIntegration',
		'UseStandardizedSchema',
		'includeTenantId',
		...Object.keys(SECRET_COLUMNS),
	].map((name) => name.toLowerCase()),
);

/** A secret column's value at send time: the marker is looked up in Key Vault. */
export function secretValue(notifications: NotificationState, column: string): string {
	const stored = String(notifications.row?.[column] ?? '');
	return stored === KEY_VAULT_MARKER ? (notifications.vault[SECRET_COLUMNS[column]] ?? '') : stored;
}
