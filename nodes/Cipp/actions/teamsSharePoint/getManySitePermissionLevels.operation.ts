import { siteReadOperation } from '../shared/teamsSharePoint';

export const getManySitePermissionLevels = siteReadOperation(
	{
		value: 'getManySitePermissionLevels',
		name: 'Get Many Site Permission Levels',
		action: 'Get many permission levels of a SharePoint site',
		description:
			'List the permission levels a SharePoint site offers (built-in and custom) with their IDs; hidden levels and Limited Access, which SharePoint manages itself, are left out',
		endpoint: 'ListSiteRoleDefinitions',
		role: 'Sharepoint.Site.Read',
	},
	true,
);
