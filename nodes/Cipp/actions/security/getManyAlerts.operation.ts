import type { IDataObject } from 'n8n-workflow';

import { reads } from '../common/endpoints';
import { tenantParameter } from '../common/pickers';
import { cachedRecords } from '../common/readers';
import type { CippOperation } from '../types';

/** CIPP wraps the alerts in a summary with counts; each alert is in MSResults. */
function alertsOf(results: unknown): unknown {
	return results && typeof results === 'object' && !Array.isArray(results) ? (results as IDataObject).MSResults : results;
}

export const getManyAlerts: CippOperation = {
	resource: 'security',
	value: 'getManyAlerts',
	name: 'Get Many Alerts',
	action: 'Get many security alerts',
	description:
		'List the Microsoft Graph security alerts of a tenant, newest first, one item per alert with title, category, severity, status and the raw alert (its vendorInformation is needed to update it). AllTenants is served from a cache: while CIPP fills it, one item with status "loading" says to check back in a few minutes.',
	...reads('ExecAlertsList', 'Security.Alert.Read'),
	list: true,
	parameters: [tenantParameter('query', { allowAllTenants: true })],
	output: cachedRecords(alertsOf),
};
