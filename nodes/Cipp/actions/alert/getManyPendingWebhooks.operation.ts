import { reads } from '../common/endpoints';
import { resultRecords } from '../common/readers';
import type { CippOperation } from '../types';

export const getManyPendingWebhooks: CippOperation = {
	resource: 'alert',
	value: 'getManyPendingWebhooks',
	name: 'Get Many Pending Webhooks',
	action: 'Get many incoming webhooks CIPP has not processed yet',
	description: 'List the Microsoft webhook events (audit-log notifications) CIPP has received but not processed yet, one item per event',
	...reads('ListPendingWebhooks', 'CIPP.Alert.Read'),
	list: true,
	parameters: [],
	output: resultRecords,
};
