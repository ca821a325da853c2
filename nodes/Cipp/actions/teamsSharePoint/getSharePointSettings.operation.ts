import { reads } from '../common/endpoints';
import { tenantParameter } from '../common/pickers';
import { records } from '../common/readers';
import type { CippOperation } from '../types';

export const getSharePointSettings: CippOperation = {
	resource: 'teamsSharePoint',
	value: 'getSharePointSettings',
	name: 'Get SharePoint Settings',
	action: 'Get the SharePoint tenant settings',
	description:
		"Get a tenant's SharePoint and OneDrive settings (Microsoft Graph sharepointSettings: sharing capability, allowed domains, OneDrive quota, idle session sign-out...)",
	...reads('ListSharepointSettings', 'Sharepoint.Admin.Read'),
	parameters: [tenantParameter('query')],
	output: records,
};
