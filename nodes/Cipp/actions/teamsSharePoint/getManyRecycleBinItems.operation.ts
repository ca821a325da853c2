import { siteReadOperation } from '../shared/teamsSharePoint';

export const getManyRecycleBinItems = siteReadOperation(
	{
		value: 'getManyRecycleBinItems',
		name: 'Get Many Recycle Bin Items',
		action: "Get many items in a site's recycle bin",
		description:
			"List the newest 500 deleted files, folders and list items in a SharePoint site's recycle bin (both stages), with who deleted them and when",
		endpoint: 'ListSiteRecycleBin',
		role: 'Sharepoint.SiteRecycleBin.Read',
	},
	true,
);
