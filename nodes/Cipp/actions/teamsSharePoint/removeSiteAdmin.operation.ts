import { siteAdminOperation } from '../shared/teamsSharePoint';

export const removeSiteAdmin = siteAdminOperation(true, {
	value: 'removeSiteAdmin',
	name: 'Remove Site Admin',
	action: 'Remove admin access to a OneDrive or site',
	description: "Remove users as site collection admins of a user's OneDrive or of a SharePoint site, one message per user",
});
