import { choiceField, sameNamed } from '../common/fields';
import { customDataOperation, schemaExtensionId } from '../shared/administration-customData';

export const setSchemaExtensionStatus = customDataOperation({
	value: 'setSchemaExtensionStatus',
	name: 'Set Schema Extension Status',
	action: 'Set the status of a schema extension',
	description:
		'Move a schema extension CIPP owns to Available or Deprecated; Microsoft only moves forward (In Development, Available, Deprecated), and a Deprecated one leaves CIPP',
	cippAction: 'ChangeSchemaState',
	kind: 'write',
	parameters: [
		schemaExtensionId,
		choiceField(
			'Status',
			'schemaStatus',
			'Available: usable on objects. Deprecated: no new values, and CIPP stops listing it.',
			'status',
			'Available',
			sameNamed(['Available', 'Deprecated']),
		),
	],
});
