import { writes } from '../common/endpoints';
import { additionalFields, labelChoice, requiredLine, upnParameter } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import * as validate from '../common/validators';
import type { CippOperation } from '../types';

export const createSite: CippOperation = {
	resource: 'teamsSharePoint',
	value: 'createSite',
	name: 'Create Site',
	action: 'Create a SharePoint site',
	description:
		'Create a SharePoint communication site or team site (without a Microsoft 365 group) whose URL is /sites/ and the name without spaces, in English. The answer says whether it is ready or still being provisioned.',
	...writes('AddSite', 'Sharepoint.Site.ReadWrite'),
	parameters: [
		tenantParameter('body'),
		requiredLine('Site Name', 'siteName', 'The title, which also makes the URL', 'siteName', { placeholder: 'e.g. Sales Hub' }),
		requiredLine('Description', 'siteDescription', '', 'siteDescription', {
			placeholder: 'e.g. News and files of the sales team',
			check: validate.longText,
		}),
		upnParameter(
			{ name: 'siteOwner', in: 'body', encoding: 'labelValue' },
			{ name: 'siteOwner', displayName: 'Owner', description: 'The site owner, by user principal name' },
		),
		labelChoice('Template', 'templateName', 'templateName', 'Communication', {
			'Communication Site': 'Communication',
			'Team Site (No Microsoft 365 Group)': 'Team',
		}),
		labelChoice('Design', 'siteDesign', 'siteDesign', 'Showcase', { Blank: 'Blank', Showcase: 'Showcase', Topic: 'Topic' }),
		additionalFields([
			{
				property: {
					displayName: 'Sensitivity Label ID',
					name: 'sensitivityLabel',
					type: 'string',
					default: '',
					placeholder: 'e.g. 27451a5b-5823-4853-bcd4-2204d03ab477',
					description: 'The Purview sensitivity label to apply, by its ID',
				},
				send: { name: 'sensitivityLabel', in: 'body' },
			},
		]),
	],
	output: actionResult(),
};
