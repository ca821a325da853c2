import { siteReadOperation } from '../shared/teamsSharePoint';

export const getManySiteLibraries = siteReadOperation(
	{
		value: 'getManySiteLibraries',
		name: 'Get Many Site Libraries',
		action: 'Get many document libraries of a SharePoint site',
		description: 'List the visible document libraries of a SharePoint site with their titles, templates, URLs and list IDs',
		endpoint: 'ListSiteLibraries',
		role: 'Sharepoint.Site.Read',
	},
	true,
);
