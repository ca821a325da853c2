import { siteWriteOperation } from '../shared/teamsSharePoint';

export const restoreDeletedSite = siteWriteOperation({
	value: 'restoreDeletedSite',
	name: 'Restore Deleted Site',
	action: 'Restore a deleted SharePoint site',
	description:
		"Restore a deleted SharePoint site from the tenant's recycle bin (Get Many Deleted Sites lists them). Large sites finish restoring in the background.",
	endpoint: 'ExecRestoreDeletedSite',
	role: 'Sharepoint.Site.ReadWrite',
});
