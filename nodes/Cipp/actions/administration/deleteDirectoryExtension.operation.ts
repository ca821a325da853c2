import { requiredGuid, requiredText } from '../common/fields';
import * as validate from '../common/validators';
import { customDataOperation } from '../shared/administration-customData';

export const deleteDirectoryExtension = customDataOperation({
	value: 'deleteDirectoryExtension',
	name: 'Delete Directory Extension',
	action: 'Delete a directory extension',
	description: "Remove a directory extension attribute from CIPP's app registration; its values on every object go with it",
	cippAction: 'DeleteDirectoryExtension',
	kind: 'write',
	parameters: [
		requiredGuid('Extension ID', 'extensionId', 'The id, as Get Many Directory Extensions lists it', 'id'),
		requiredText(
			{
				displayName: 'Extension Name',
				name: 'extensionFullName',
				placeholder: 'e.g. extension_0123abcd_costCentre',
				description: 'The full name, as Get Many Directory Extensions lists it',
			},
			{ name: 'name', in: 'body', validate: validate.matching(/^extension_[0-9a-f]{32}_\w+$/i, 'extension_<CIPP app ID>_costCentre') },
		),
	],
});
