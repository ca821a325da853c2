import { customDataOperation } from '../shared/administration-customData';

export const getManySchemaExtensions = customDataOperation({
	value: 'getManySchemaExtensions',
	name: 'Get Many Schema Extensions',
	action: 'Get many schema extensions',
	description:
		'List the schema extensions CIPP owns, one item each with its ID, status, target types and properties. When CIPP has none stored yet it first creates its built-in ones in Microsoft Graph.',
	cippAction: 'ListSchemaExtensions',
	kind: 'list',
	parameters: [],
});
