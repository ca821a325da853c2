import { reads } from '../common/endpoints';
import { additionalFields } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { records } from '../common/readers';
import { useReportDbField } from '../shared/intune';
import type { CippOperation } from '../types';

export const getManyApps: CippOperation = {
	resource: 'intune',
	value: 'getManyApps',
	name: 'Get Many Apps',
	action: 'Get many Intune apps',
	description:
		'List the Intune apps of a customer tenant (Microsoft Graph mobileApps), one item per app with its type and assignments (AppAssignment, AppExclude)',
	...reads('ListApps', 'Endpoint.Application.Read'),
	list: true,
	parameters: [tenantParameter('query', { allowAllTenants: true }), additionalFields([useReportDbField])],
	output: records,
};
