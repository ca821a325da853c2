import { writes } from '../common/endpoints';
import { additionalFields, requiredParameter, requiredText } from '../common/fields';
import * as validate from '../common/validators';
import { parsedAction } from '../shared/tenantTest';
import type { CippOperation } from '../types';

export const saveTemplate: CippOperation = {
	resource: 'reportBuilder',
	value: 'saveTemplate',
	name: 'Save Template',
	action: 'Create or replace a report template',
	description:
		'Save a Report Builder template from its sections (blocks); the item carries its templateId. With Template ID, CIPP replaces that template whole.',
	...writes('ExecReportBuilderTemplate', 'CIPP.Core.ReadWrite'),
	constants: { body: { Action: 'save' } },
	parameters: [
		// CIPP's OpenAPI types Name as a list; CIPP reads it as text, which a one-entry list becomes.
		requiredText(
			{ displayName: 'Name', name: 'name', placeholder: 'e.g. Monthly security report' },
			{ name: 'Name', in: 'body', encoding: 'json', validate: (value, check) => [validate.text(value, check)] },
		),
		requiredParameter(
			{
				displayName: 'Blocks (JSON)',
				name: 'blocks',
				type: 'json',
				default: '[]',
				description: 'The sections, as in Blocks of Get Many Templates (e.g. {"type": "test", "testId": "ZTNA21772"})',
			},
			{
				name: 'Blocks',
				in: 'body',
				encoding: 'json',
				validate: (value, check) => validate.parsedJson(value, check, '[{"type": "blank", "title": "Summary"}]'),
			},
		),
		additionalFields([
			{
				property: { displayName: 'Settings (JSON)', name: 'settings', type: 'json', default: '{}', description: 'Page setup and branding' },
				send: { name: 'Settings', in: 'body', encoding: 'json' },
			},
			{
				property: {
					displayName: 'Template ID',
					name: 'templateId',
					type: 'string',
					default: '',
					description: 'The template to replace whole, by GUID',
				},
				send: { name: 'GUID', in: 'body', validate: validate.guid },
			},
		]),
	],
	output: parsedAction({ GUID: 'templateId' }),
};
