import { reads } from '../common/endpoints';
import { tenantParameter } from '../common/pickers';
import { resultRecords } from '../common/readers';
import type { CippOperation } from '../types';

export const getManyDeletedSites: CippOperation = {
	resource: 'teamsSharePoint',
	value: 'getManyDeletedSites',
	name: 'Get Many Deleted Sites',
	action: 'Get many deleted SharePoint sites',
	description: "List the deleted SharePoint sites still in the tenant's recycle bin, with deletion time and days left to restore them",
	...reads('ListDeletedSites', 'Sharepoint.Site.Read'),
	list: true,
	parameters: [tenantParameter('query')],
	output: resultRecords,
};
