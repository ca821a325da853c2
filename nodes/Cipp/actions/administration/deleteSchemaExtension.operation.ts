import { customDataOperation, schemaExtensionId } from '../shared/administration-customData';

export const deleteSchemaExtension = customDataOperation({
	value: 'deleteSchemaExtension',
	name: 'Delete Schema Extension',
	action: 'Delete a schema extension',
	description: 'Delete a schema extension CIPP owns; Microsoft allows it only while its status is In Development',
	cippAction: 'DeleteSchema',
	kind: 'write',
	parameters: [schemaExtensionId],
});
