import { siteAdminOperation } from '../shared/teamsSharePoint';

export const addSiteAdmin = siteAdminOperation(false, {
	value: 'addSiteAdmin',
	name: 'Add Site Admin',
	action: 'Give users admin access to a OneDrive or site',
	description:
		"Make users site collection admins of a user's OneDrive (e.g. to hand a leaver's files to their manager) or of a SharePoint site, one message per user",
});
