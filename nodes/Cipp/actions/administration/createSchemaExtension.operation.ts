import { requiredParameter } from '../common/fields';
import { customDataOperation, schemaDefinition } from '../shared/administration-customData';

export const createSchemaExtension = customDataOperation({
	value: 'createSchemaExtension',
	name: 'Create Schema Extension',
	action: 'Create a schema extension',
	description:
		'Define a schema extension CIPP owns and create it in Microsoft Graph (In Development, with a prefixed ID); given an ID CIPP already has, its properties and targets are replaced',
	cippAction: 'AddSchemaExtension',
	kind: 'write',
	parameters: [
		requiredParameter(
			{
				displayName: 'Definition',
				name: 'schemaDefinition',
				type: 'json',
				default: '{}',
				description: 'The extension as Graph takes it: a short ID, a description, targetTypes and properties [{name, type}]',
			},
			{ name: 'schemaExtension', in: 'body', encoding: 'json', validate: schemaDefinition },
		),
	],
});
