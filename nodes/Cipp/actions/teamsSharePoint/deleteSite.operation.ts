import { writes } from '../common/endpoints';
import { requiredGuid } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import type { CippOperation } from '../types';

export const deleteSite: CippOperation = {
	resource: 'teamsSharePoint',
	value: 'deleteSite',
	name: 'Delete Site',
	action: 'Delete a SharePoint site',
	description:
		'Delete a SharePoint site (to the SharePoint recycle bin). For a group-connected site the Microsoft 365 group and its Team are deleted with it. Microsoft finishes the deletion in the background.',
	...writes('DeleteSharepointSite', 'Sharepoint.Site.ReadWrite'),
	parameters: [
		tenantParameter('body'),
		requiredGuid('Site ID', 'siteId', 'The site, by its ID (the siteId field of Teams & SharePoint → Get Many Sites)', 'SiteId'),
	],
	output: actionResult(),
};
