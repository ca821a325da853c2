import { siteReadOperation } from '../shared/teamsSharePoint';

export const getManySiteMembers = siteReadOperation(
	{
		value: 'getManySiteMembers',
		name: 'Get Many Site Members',
		action: 'Get many members of a SharePoint site',
		description:
			"List who belongs to a SharePoint site: the users of its Owners, Members and Visitors groups (a Team site's Microsoft 365 group expanded to its people) and its site admins, with Group, Type and IsGuest",
		endpoint: 'ListSiteMembers',
		role: 'Sharepoint.Site.Read',
	},
	true,
	[
		{
			property: {
				displayName: 'Members',
				name: 'memberFilter',
				type: 'options',
				default: '',
				options: [
					{ name: 'Everyone', value: '' },
					{ name: 'Guests Only', value: 'External' },
				],
			},
			send: { name: 'Filter', in: 'query' },
			optional: true,
		},
	],
);
