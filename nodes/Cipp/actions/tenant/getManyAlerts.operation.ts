import { reads } from '../common/endpoints';
import { records } from '../common/readers';
import type { CippOperation } from '../types';

export const getManyAlerts: CippOperation = {
	resource: 'tenant',
	value: 'getManyAlerts',
	name: 'Get Many Alerts',
	action: 'Get many alert rules',
	description:
		"List CIPP's alert rules, one item per rule: audit-log rules (from Create Alert) and scripted alerts, with their tenants, conditions and actions",
	...reads('ListAlertsQueue', 'CIPP.Alert.Read'),
	list: true,
	parameters: [],
	output: records,
};
