import { guidText, additionalFields, requiredParameter } from '../common/fields';
import { customDataOperation, mappingObject } from '../shared/administration-customData';

export const saveCustomDataMapping = customDataOperation({
	value: 'saveCustomDataMapping',
	name: 'Save Custom Data Mapping',
	action: 'Create or update a custom data mapping',
	description:
		"Store a custom data mapping as CIPP's front end does (the JSON Get Custom Data Mapping returns); with a mapping ID, that mapping is replaced whole",
	cippAction: 'AddEditMapping',
	kind: 'write',
	parameters: [
		requiredParameter(
			{
				displayName: 'Mapping',
				name: 'mapping',
				type: 'json',
				default: '{}',
				description:
					'The mapping: tenantFilter, sourceType, directoryObjectType, customDataAttribute and the source fields, each as {label, value}',
			},
			{ name: 'Mapping', in: 'body', encoding: 'json', validate: mappingObject },
		),
		additionalFields([guidText('Mapping ID', 'mappingId', 'The mapping to replace; none: a new one', 'id')]),
	],
});
