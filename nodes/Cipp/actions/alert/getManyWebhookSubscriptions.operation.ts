import { records } from '../common/readers';
import type { CippOperation } from '../types';

export const getManyWebhookSubscriptions: CippOperation = {
	resource: 'alert',
	value: 'getManyWebhookSubscriptions',
	name: 'Get Many Webhook Subscriptions',
	action: "Get many of CIPP's webhook subscriptions",
	description:
		'List the Graph and audit-log webhook subscriptions CIPP keeps for its alerts, one item per subscription with its tenant (PartitionKey), resource and expiry',
	endpoint: 'ExecWebhookSubscriptions',
	method: 'POST',
	access: 'read',
	role: 'Tenant.Alert.ReadWrite',
	list: true,
	parameters: [],
	output: records,
};
