import { reads } from '../common/endpoints';
import { additionalFields, text } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { errorRowRecords } from '../shared/administration';
import type { CippOperation } from '../types';

export const getManyCustomDataMappings: CippOperation = {
	resource: 'administration',
	value: 'getManyCustomDataMappings',
	name: 'Get Many Custom Data Mappings',
	action: 'Get many custom data mappings',
	description:
		"List CIPP's custom data mappings (extension data or manual fields written to directory attributes), one item each with its tenant, source and attribute. CIPP checks your access against the tenant but lists the mappings of every tenant: filter on the tenant field.",
	...reads('ListCustomDataMappings', 'CIPP.Core.Read'),
	list: true,
	parameters: [
		tenantParameter('query'),
		additionalFields([
			text(
				'Source Type',
				'sourceType',
				'Only mappings with this source, by its label',
				{ name: 'sourceType', in: 'query' },
				{ placeholder: 'e.g. Manual Entry' },
			),
			text(
				'Directory Object',
				'directoryObject',
				'Only mappings for this kind of object, by its label',
				{ name: 'directoryObject', in: 'query' },
				{ placeholder: 'e.g. User' },
			),
		]),
	],
	output: errorRowRecords,
};
