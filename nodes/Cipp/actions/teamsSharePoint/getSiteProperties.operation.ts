import { siteReadOperation } from '../shared/teamsSharePoint';

export const getSiteProperties = siteReadOperation(
	{
		value: 'getSiteProperties',
		name: 'Get Site Properties',
		action: "Get a SharePoint site's admin properties",
		description:
			"Get a SharePoint site's admin properties in one item: sharing settings, lock state, storage limits and usage, and file version policy",
		endpoint: 'ListSiteProperties',
		role: 'Sharepoint.Site.Read',
	},
	false,
);
