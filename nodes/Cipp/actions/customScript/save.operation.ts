import { writes } from '../common/endpoints';
import {
	additionalFields,
	booleanField,
	choiceField,
	flag,
	requiredParameter,
	requiredText,
	sameNamed,
	text,
	textField,
} from '../common/fields';
import * as validate from '../common/validators';
import { resultModeProperty, scriptResult } from '../shared/customScript';
import type { CippOperation } from '../types';

/** Low, Medium or High, as CIPP requires for user impact and implementation effort. */
const level = (displayName: string, name: string, cippName: string) =>
	requiredParameter(
		{ displayName, name, type: 'options', default: 'Low', options: sameNamed(['High', 'Low', 'Medium']) },
		{ name: cippName, in: 'body' },
	);

export const save: CippOperation = {
	resource: 'customScript',
	value: 'save',
	name: 'Save',
	action: 'Create a custom script or a new version',
	description:
		'Save a custom PowerShell test script, or with Script GUID a new version of one; the item carries its scriptGuid. A new version keeps only the script and result schema of the last one: other fields not given are empty.',
	...writes('AddCustomScript', 'CIPP.Tests.ReadWrite'),
	parameters: [
		requiredText(
			{ displayName: 'Script Name', name: 'scriptName', placeholder: 'e.g. Stale guest accounts' },
			{
				name: 'ScriptName',
				in: 'body',
				validate: validate.matching(/^[a-zA-Z0-9\s\-_]+$/, 'Stale guest accounts (letters, digits, spaces, - and _)'),
			},
		),
		requiredText(
			{ displayName: 'Script', name: 'scriptContent', typeOptions: { rows: 8 }, description: 'The PowerShell script' },
			{ name: 'ScriptContent', in: 'body', validate: validate.message },
		),
		requiredParameter(
			{
				displayName: 'Pillar',
				name: 'pillar',
				type: 'options',
				default: 'Identity',
				options: sameNamed(['Data', 'Devices', 'Identity']),
			},
			{ name: 'Pillar', in: 'body' },
		),
		level('User Impact', 'userImpact', 'UserImpact'),
		level('Implementation Effort', 'implementationEffort', 'ImplementationEffort'),
		flag('Enabled', 'enabled', 'Whether test runs include the script', 'Enabled', true),
		additionalFields([
			booleanField({ displayName: 'Alert On Failure', name: 'alertOnFailure' }, { name: 'AlertOnFailure', in: 'body' }),
			textField({ displayName: 'Category', name: 'category' }, { name: 'Category', in: 'body' }),
			textField({ displayName: 'Description', name: 'description' }, { name: 'Description', in: 'body', validate: validate.longText }),
			text('Markdown Template', 'markdownTemplate', 'With Return Type Markdown: the result template', {
				name: 'MarkdownTemplate',
				in: 'body',
				validate: validate.message,
			}),
			{ property: resultModeProperty, send: { name: 'ResultMode', in: 'body' } },
			choiceField('Return Type', 'returnType', '', 'ReturnType', 'JSON', sameNamed(['JSON', 'Markdown'])),
			textField({ displayName: 'Risk', name: 'risk', placeholder: 'e.g. Medium' }, { name: 'Risk', in: 'body' }),
			text('Script GUID', 'scriptGuid', 'Save as a new version of this script', {
				name: 'ScriptGuid',
				in: 'body',
				validate: validate.guid,
			}),
		]),
	],
	output: scriptResult,
};
