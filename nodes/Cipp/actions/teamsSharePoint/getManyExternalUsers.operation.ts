import { reads } from '../common/endpoints';
import { tenantParameter } from '../common/pickers';
import { resultRecords } from '../common/readers';
import type { CippOperation } from '../types';

export const getManyExternalUsers: CippOperation = {
	resource: 'teamsSharePoint',
	value: 'getManyExternalUsers',
	name: 'Get Many External Users',
	action: 'Get many SharePoint external users',
	description:
		"List the guests SharePoint knows (its external users store and every site's users), each with GuestType (Entra B2B, orphaned, or SharePoint-only), EntraUserId, LoginName and Sites",
	...reads('ListSharePointExternalUsers', 'Sharepoint.Site.Read'),
	list: true,
	parameters: [tenantParameter('query')],
	output: resultRecords,
};
