import { siteReadOperation } from '../shared/teamsSharePoint';

export const getVersionCleanupStatus = siteReadOperation(
	{
		value: 'getVersionCleanupStatus',
		name: 'Get Version Cleanup Status',
		action: "Get the status of a site's file version cleanup",
		description:
			"Get the progress of a SharePoint site's file version cleanup job in one item: its status, versions and storage reclaimed so far; Status NoJob when none was started",
		endpoint: 'ListSPOVersionCleanup',
		role: 'Sharepoint.Site.Read',
	},
	false,
);
