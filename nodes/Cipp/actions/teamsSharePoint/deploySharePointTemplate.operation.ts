import { upnParameter } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { sharePointTemplateAction, sharePointTemplateParameter } from '../shared/teamsSharePoint';

export const deploySharePointTemplate = sharePointTemplateAction(
	'Deploy',
	{
		value: 'deploySharePointTemplate',
		name: 'Deploy SharePoint Template',
		action: 'Deploy a SharePoint template to a tenant',
		description:
			"Queue the creation of a saved SharePoint template's sites, Teams, libraries and permissions in a tenant; Get SharePoint Template Deployment follows it by deploymentId",
		parameters: [
			tenantParameter('body'),
			sharePointTemplateParameter,
			upnParameter(
				{ name: 'SiteOwner', in: 'body' },
				{ name: 'siteOwner', displayName: 'Owner', description: 'The site owner, by user principal name' },
			),
		],
	},
	{ queued: { followUp: 'Run Teams & SharePoint → Get SharePoint Template Deployment with this deploymentId' } },
);
