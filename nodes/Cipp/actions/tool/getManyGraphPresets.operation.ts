import { reads } from '../common/endpoints';
import { additionalFields, textField } from '../common/fields';
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
			textField(
				{ displayName: 'Graph Endpoint', name: 'endpoint', placeholder: 'e.g. users', description: 'Only presets for this Graph endpoint' },
				{ name: 'Endpoint', in: 'query' },
			),
		]),
	],
	output: resultRecords,
};
