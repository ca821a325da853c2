import { reads } from '../common/endpoints';
import { records } from '../common/readers';
import type { CippOperation } from '../types';

export const getNotificationConfig: CippOperation = {
	resource: 'administration',
	value: 'getNotificationConfig',
	name: 'Get Notification Config',
	action: "Get CIPP's notification settings",
	description:
		'Get where CIPP sends alerts and task results (email, webhook and its authentication, PSA), the severities and the log types it sends; secrets show as SentToKeyVault',
	...reads('ListNotificationConfig', 'CIPP.AppSettings.Read'),
	parameters: [],
	output: records,
};
