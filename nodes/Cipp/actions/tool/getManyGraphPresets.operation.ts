import { reads } from '../common/endpoints';
import { additionalFields, inQuery, text } from '../common/fields';
import { resultRecords } from '../common/readers';
import type { CippOperation } from '../types';

export const getManyGraphPresets: CippOperation = {
	resource: 'tool',
	value: 'getManyGraphPresets',
	name: 'Get Many Graph Presets',
	action: 'Get many Graph Explorer presets',
	description:
		"List the shared Graph Explorer presets saved in CIPP (a name and the query's endpoint, $filter, $select and options), for Tool → Graph Request; presets a technician kept private are not listed",
	...reads('ListGraphExplorerPresets', 'CIPP.Core.Read'),
	list: true,
	parameters: [
		additionalFields([
			text('Graph Endpoint', 'endpoint', 'Only presets for this Graph endpoint', inQuery('Endpoint'), { placeholder: 'e.g. users' }),
		]),
	],
	output: resultRecords,
};
