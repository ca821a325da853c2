import { siteListOperation } from '../shared/teamsSharePoint';

export const getManySites = siteListOperation('SharePointSiteUsage', {
	value: 'getManySites',
	name: 'Get Many Sites',
	action: 'Get many SharePoint sites',
	description:
		"List the SharePoint sites of a tenant by name, one item per site with siteId, webUrl, owner, last activity, file count, storage used and allocated, and template (rootWebTemplate); AllTenants reads CIPP's report database",
});
