import { writes } from '../common/endpoints';
import { additionalFields, guidText, requiredLine, text } from '../common/fields';
import { actionResult } from '../common/readers';
import * as validate from '../common/validators';
import { groupSettings, newGroupTypeParameter } from '../shared/group';
import type { CippOperation } from '../types';

export const createTemplate: CippOperation = {
	resource: 'group',
	value: 'createTemplate',
	name: 'Create Template',
	action: 'Create a group template',
	description:
		'Save a group template in CIPP (or, with a Template ID, overwrite one), to create the same group in many tenants. The alias may contain variables such as %tenantfilter%.',
	...writes('AddGroupTemplate', 'Identity.Group.ReadWrite'),
	parameters: [
		requiredLine('Display Name', 'displayName', 'The name of groups made from the template', 'displayName', {
			placeholder: 'e.g. Sales Team',
		}),
		newGroupTypeParameter,
		additionalFields([
			...groupSettings.map((setting) =>
				setting.property.name === 'licenses' ? { ...setting, send: { ...setting.send, encoding: 'stringList' as const } } : setting,
			),
			text('Alias', 'username', 'The mail nickname of groups made from the template', 'username', {
				placeholder: 'e.g. sales',
				check: validate.text,
			}),
			guidText(
				'Template ID',
				'guid',
				'An existing template to overwrite (its GUID from Get Many Templates)',
				'GUID',
				'e.g. 3f2a1b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b',
			),
		]),
	],
	output: actionResult(),
};
