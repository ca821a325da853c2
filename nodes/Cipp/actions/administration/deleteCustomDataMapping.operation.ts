import { customDataOperation, mappingId } from '../shared/administration-customData';

export const deleteCustomDataMapping = customDataOperation({
	value: 'deleteCustomDataMapping',
	name: 'Delete Custom Data Mapping',
	action: 'Delete a custom data mapping',
	description: 'Delete a custom data mapping; CIPP stops syncing it (values already written stay on the objects)',
	cippAction: 'DeleteMapping',
	kind: 'write',
	parameters: [mappingId('body')],
});
