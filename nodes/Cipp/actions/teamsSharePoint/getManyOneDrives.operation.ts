import { siteListOperation } from '../shared/teamsSharePoint';

export const getManyOneDrives = siteListOperation('OneDriveUsageAccount', {
	value: 'getManyOneDrives',
	name: 'Get Many OneDrives',
	action: 'Get many OneDrive accounts',
	description:
		"List the OneDrive accounts of a tenant by name, one item per OneDrive with its URL, owner, last activity, file count and storage used; AllTenants reads CIPP's report database",
});
