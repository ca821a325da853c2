import { additionalFields, choiceField, sameNamed } from '../common/fields';
import { customDataOperation, EXTENSION_TARGETS } from '../shared/administration-customData';

export const getManyCustomDataAttributes = customDataOperation({
	value: 'getManyCustomDataAttributes',
	name: 'Get Many Custom Data Attributes',
	action: 'Get many custom data attributes',
	description:
		'List the attributes a custom data mapping can write to (directory and schema extensions), one item per attribute and object kind',
	cippAction: 'ListAvailableAttributes',
	kind: 'list',
	parameters: [
		additionalFields([
			choiceField(
				'Target Object',
				'targetObject',
				'Only attributes of this object kind',
				{ name: 'targetObject', in: 'query' },
				'User',
				sameNamed(EXTENSION_TARGETS),
			),
		]),
	],
});
