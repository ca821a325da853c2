import { siteMemberOperation } from '../shared/teamsSharePoint';

export const removeSiteMember = siteMemberOperation(false, {
	value: 'removeSiteMember',
	name: 'Remove Site Member',
	action: 'Remove a user from a SharePoint site role',
	description:
		"Remove a user from a SharePoint site's Owners, Members or Visitors; for a group-connected site owners and members are removed from its Microsoft 365 group (and Team). To remove someone from every group of a site, use Remove Site User.",
});
