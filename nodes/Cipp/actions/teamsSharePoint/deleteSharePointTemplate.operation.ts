import { sharePointTemplateAction, sharePointTemplateParameter } from '../shared/teamsSharePoint';

export const deleteSharePointTemplate = sharePointTemplateAction('Delete', {
	value: 'deleteSharePointTemplate',
	name: 'Delete SharePoint Template',
	action: 'Delete a SharePoint template',
	description: 'Delete a saved SharePoint provisioning template from CIPP',
	parameters: [sharePointTemplateParameter],
	refusals: [/^No template found with the provided ID$/],
});
