import { customDataOperation, mappingId } from '../shared/administration-customData';

export const getCustomDataMapping = customDataOperation({
	value: 'getCustomDataMapping',
	name: 'Get Custom Data Mapping',
	action: 'Get a custom data mapping',
	description: 'Get one custom data mapping as CIPP stores it (the JSON Save Custom Data Mapping takes)',
	cippAction: 'GetMapping',
	kind: 'get',
	parameters: [mappingId('query')],
});
