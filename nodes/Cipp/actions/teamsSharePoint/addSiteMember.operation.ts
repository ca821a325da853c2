import { siteMemberOperation } from '../shared/teamsSharePoint';

export const addSiteMember = siteMemberOperation(true, {
	value: 'addSiteMember',
	name: 'Add Site Member',
	action: 'Add a user to a SharePoint site',
	description:
		"Add a user to a SharePoint site's Owners, Members or Visitors; for a group-connected site owners and members are added to its Microsoft 365 group (and Team)",
});
