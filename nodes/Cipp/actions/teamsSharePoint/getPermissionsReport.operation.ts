import { reads } from '../common/endpoints';
import { tenantParameter } from '../common/pickers';
import { records } from '../common/readers';
import type { CippOperation } from '../types';

export const getPermissionsReport: CippOperation = {
	resource: 'teamsSharePoint',
	value: 'getPermissionsReport',
	name: 'Get Permissions Report',
	action: 'Get the SharePoint permissions report of a tenant',
	description:
		"Get one item with the tenant's SharePoint oversharing report (summary, counts by level, principal type and broad claim, skipped sites, every assignment), compiled from CIPP's report database, not live",
	...reads('ListSharePointPermissions', 'Sharepoint.Site.Read'),
	parameters: [tenantParameter('query')],
	output: records,
};
