import { reads } from '../common/endpoints';
import { additionalFields, choiceProperty, choices, guidText, inQuery } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { records } from '../common/readers';
import type { CippOperation } from '../types';

export const getManySiteActivity: CippOperation = {
	resource: 'teamsSharePoint',
	value: 'getManySiteActivity',
	name: 'Get Many Site Activity',
	action: 'Get many SharePoint site activity rows',
	description:
		"List the activity of a tenant's SharePoint and Teams sites (OneDrives left out), one item per site, from CIPP's report database (refreshed by its cache sync, not live)",
	...reads('ListSiteActivity', 'Sharepoint.Site.Read'),
	list: true,
	parameters: [
		tenantParameter('query'),
		additionalFields([
			{
				property: choiceProperty(
					'Site Type',
					'type',
					'SharePoint',
					choices({ 'SharePoint Sites': 'SharePoint', 'Teams Sites': 'TeamsSite' }),
					'Only sites of this kind',
				),
				send: { name: 'Type', in: 'query' },
			},
			guidText(
				'Site ID',
				'siteId',
				'Only this site (the siteId field of Get Many Sites)',
				inQuery('siteId'),
				'e.g. 6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f',
			),
		]),
	],
	output: records,
};
