import { writes } from '../common/endpoints';
import { requiredLine } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import * as validate from '../common/validators';
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
		requiredLine('Site ID', 'siteId', 'The site, by its ID (the siteId field of Teams & SharePoint → Get Many Sites)', 'SiteId', {
			placeholder: 'e.g. 2b5c9a7e-1f0d-4c3b-9a8e-7d6f5e4c3b2a',
			check: validate.guid,
		}),
	],
	output: actionResult(),
};
