import { booleanField, requiredText } from '../common/fields';
import * as validate from '../common/validators';
import { customDataOperation, extensionDataType, extensionTargets } from '../shared/administration-customData';

export const createDirectoryExtension = customDataOperation({
	value: 'createDirectoryExtension',
	name: 'Create Directory Extension',
	action: 'Create a directory extension',
	description:
		"Add a directory extension attribute to CIPP's app registration, for custom data mappings to write; Microsoft names it extension_(CIPP app ID)_(name)",
	cippAction: 'AddDirectoryExtension',
	kind: 'write',
	parameters: [
		requiredText(
			{
				displayName: 'Name',
				name: 'extensionName',
				placeholder: 'e.g. costCentre',
				description: 'The short name: letters, digits and underscores',
			},
			{ name: 'name', in: 'body', validate: validate.matching(/^[A-Za-z][A-Za-z0-9_]{0,99}$/, 'costCentre (letters, digits, _)') },
		),
		extensionDataType,
		extensionTargets,
		booleanField(
			{ displayName: 'Multi-Valued', name: 'isMultiValued', description: 'Whether the attribute holds a list of values' },
			{ name: 'isMultiValued', in: 'body' },
		),
	],
});
