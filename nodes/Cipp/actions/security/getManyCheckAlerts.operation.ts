import { reads } from '../common/endpoints';
import { tenantParameter } from '../common/pickers';
import { records } from '../common/readers';
import type { CippOperation } from '../types';

export const getManyCheckAlerts: CippOperation = {
	resource: 'security',
	value: 'getManyCheckAlerts',
	name: 'Get Many Check Alerts',
	action: 'Get many alerts from the Check browser extension',
	description:
		"List the alerts CIPP received from the Check browser extension (phishing pages that imitate the Microsoft sign-in), newest first; AllTenants lists every tenant's",
	...reads('ListCheckExtAlerts', 'CIPP.Core.Read'),
	list: true,
	parameters: [tenantParameter('query', { allowAllTenants: true })],
	output: records,
};
