import { choiceField, requiredText, sameNamed } from '../common/fields';
import * as validate from '../common/validators';
import { customDataOperation, schemaExtensionId } from '../shared/administration-customData';

export const addSchemaExtensionProperty = customDataOperation({
	value: 'addSchemaExtensionProperty',
	name: 'Add Schema Extension Property',
	action: 'Add a property to a schema extension',
	description: 'Add a property to a schema extension CIPP owns; Microsoft never removes a property once the extension is Available',
	cippAction: 'AddSchemaProperty',
	kind: 'write',
	parameters: [
		schemaExtensionId,
		requiredText(
			{
				displayName: 'Property Name',
				name: 'propertyName',
				placeholder: 'e.g. contractEnd',
				description: 'The new property: letters and digits',
			},
			{ name: 'name', in: 'body', validate: validate.matching(/^[A-Za-z][A-Za-z0-9]*$/, 'contractEnd (letters, digits)') },
		),
		choiceField(
			'Property Type',
			'propertyType',
			'The type of value the property holds',
			'type',
			'String',
			sameNamed(['String', 'Integer', 'Boolean', 'DateTime', 'Binary']),
		),
	],
});
