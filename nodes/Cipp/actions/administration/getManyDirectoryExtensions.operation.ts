import { customDataOperation } from '../shared/administration-customData';

export const getManyDirectoryExtensions = customDataOperation({
	value: 'getManyDirectoryExtensions',
	name: 'Get Many Directory Extensions',
	action: 'Get many directory extensions',
	description:
		"List the directory extension attributes on CIPP's own app registration, one item each with its ID, name, data type and targets",
	cippAction: 'ListDirectoryExtensions',
	kind: 'list',
	parameters: [],
});
