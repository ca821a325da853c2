import { requiredLine } from '../common/fields';
import { isRecord } from '../common/readers';
import * as validate from '../common/validators';
import { sharePointTemplateAction } from '../shared/teamsSharePoint';
import type { Validator } from '../types';

const EXAMPLE =
	'[{"displayName": "Sales", "siteType": "sharePoint", "libraries": [{"name": "Contracts"}], "permissions": [{"principal": "Sales Team", "permissionLevel": "edit"}]}]';

/** CIPP refuses a site template without a root-level permission object (:27-33): checked, with the others, before sending. */
const siteTemplates: Validator = (value, check) => {
	const parsed = validate.parsedJson(value, check, EXAMPLE);
	const sites = Array.isArray(parsed) ? parsed : [parsed];
	if (sites.length === 0) validate.invalid(check, 'the list is empty.', `Give at least one site template, e.g. ${EXAMPLE}.`);
	sites.forEach((site, index) => {
		if (!isRecord(site) || typeof site.displayName !== 'string' || site.displayName.trim() === '') {
			validate.invalid(check, `site template ${index + 1} has no displayName.`, `Give each site template a displayName, e.g. ${EXAMPLE}.`);
		}
		if (!Array.isArray(site.permissions) || site.permissions.length === 0) {
			validate.invalid(
				check,
				`site template "${String(site.displayName)}" has no permissions; CIPP refuses to save it.`,
				'Give each site template at least one entry in permissions.',
			);
		}
	});
	return sites;
};

export const createSharePointTemplate = sharePointTemplateAction('Save', {
	value: 'createSharePointTemplate',
	name: 'Create SharePoint Template',
	action: 'Create a SharePoint template',
	description:
		"Save a SharePoint provisioning template (site templates with their libraries and permissions, in the shape of CIPP's template editor) for Deploy SharePoint Template",
	parameters: [
		requiredLine('Template Name', 'templateName', 'The name CIPP lists the template by', 'templateName', {
			placeholder: 'e.g. Department site',
		}),
		{
			property: {
				displayName: 'Site Templates',
				name: 'siteTemplates',
				type: 'json',
				required: true,
				default: '',
				placeholder: EXAMPLE,
				description: "The template's sites as CIPP's template editor saves them; each needs a displayName and at least one permission",
			},
			send: { name: 'siteTemplates', in: 'body', encoding: 'json' },
			validate: siteTemplates,
		},
	],
});
