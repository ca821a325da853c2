import { reads } from '../common/endpoints';
import { tenantParameter } from '../common/pickers';
import { cachedRecords } from '../common/readers';
import type { CippOperation } from '../types';

export const getManyMdoAlerts: CippOperation = {
	resource: 'security',
	value: 'getManyMdoAlerts',
	name: 'Get Many MDO Alerts',
	action: 'Get many Defender for Office 365 alerts',
	description:
		'List the Microsoft Defender for Office 365 alerts of a tenant (Graph alerts_v2 objects: phishing, malware, suspicious mail). AllTenants is served from a cache: while CIPP fills it, one item with status "loading" says to check back in a few minutes.',
	...reads('ExecMDOAlertsList', 'Security.Alert.Read'),
	list: true,
	parameters: [tenantParameter('query', { allowAllTenants: true })],
	output: cachedRecords(),
};
