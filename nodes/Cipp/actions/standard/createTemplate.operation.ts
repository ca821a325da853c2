import { writes } from '../common/endpoints';
import { additionalFields, excludedTenantsField, requiredParameter, requiredLine, requiredText, textField } from '../common/fields';
import { actionResult, isRecord } from '../common/readers';
import * as validate from '../common/validators';
import { templateTenants, runManuallyParameter } from '../shared/standard';
import type { CippOperation, Validator } from '../types';

const standardsObject: Validator = (value, check) =>
	validate.parsedJsonWhere(
		value,
		check,
		'{"AuditLog": {"action": [{"label": "Remediate", "value": "Remediate"}]}}',
		(parsed) => isRecord(parsed) && Object.keys(parsed).length > 0,
		'the standards are not an object with at least one standard.',
		'Copy the standards of a template from Tenant → Get Many Standard Templates.',
	);

const read = actionResult();

export const createTemplate: CippOperation = {
	resource: 'standard',
	value: 'createTemplate',
	name: 'Create Template',
	action: 'Create or replace a standards template',
	description:
		'Save a standards template for tenants; the item carries its templateId. With Template ID, CIPP replaces that template whole: every setting not given is gone.',
	...writes('AddStandardsTemplate', 'Tenant.Standards.ReadWrite'),
	parameters: [
		requiredText(
			{ displayName: 'Template Name', name: 'templateName', placeholder: 'e.g. MSP Baseline' },
			{ name: 'templateName', in: 'body' },
		),
		requiredLine(
			'Tenants',
			'tenants',
			'Default domains the template applies to, separated by commas, or AllTenants',
			{ name: 'tenantFilter', in: 'body', encoding: 'json', validate: templateTenants(true) },
			{ placeholder: 'e.g. contoso.onmicrosoft.com, AllTenants' },
		),
		requiredParameter(
			{
				displayName: 'Standards (JSON)',
				name: 'standards',
				type: 'json',
				default: '{}',
				description: 'The standards and their settings, as in the standards of Tenant → Get Many Standard Templates',
			},
			{ name: 'standards', in: 'body', encoding: 'json', validate: standardsObject },
		),
		runManuallyParameter,
		additionalFields([
			textField({ displayName: 'Description', name: 'description' }, { name: 'description', in: 'body' }, validate.longText),
			excludedTenantsField('With AllTenants: default domains to leave out, separated by commas', templateTenants(false)),
			{
				property: {
					displayName: 'Template ID',
					name: 'templateId',
					type: 'string',
					default: '',
					description: 'The template to replace whole, by its GUID (Tenant → Get Many Standard Templates)',
				},
				send: { name: 'GUID', in: 'body', validate: validate.guid },
			},
		]),
	],
	output: (response, context) => {
		const metadata = isRecord(response) && isRecord(response.Metadata) ? response.Metadata : {};
		return read(response, context).map((item) => ({ ...item, templateId: metadata.id ?? null }));
	},
};
