import { reads } from '../common/endpoints';
import { records } from '../common/readers';
import type { CippOperation } from '../types';

export const getManyWebhookRules: CippOperation = {
	resource: 'alert',
	value: 'getManyWebhookRules',
	name: 'Get Many Webhook Rules',
	action: "Get many of CIPP's legacy webhook alert rules",
	description:
		"List CIPP's webhook alert rules (the older audit-log rules CIPP keeps per tenant), one item per rule with its conditions (If) and actions (execution)",
	...reads('ListWebhookAlert', 'CIPP.Alert.Read'),
	list: true,
	parameters: [],
	output: records,
};
