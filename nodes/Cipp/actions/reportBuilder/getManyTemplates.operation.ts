import { reads } from '../common/endpoints';
import { parsedRecords } from '../common/readers';
import type { CippOperation } from '../types';

export const getManyTemplates: CippOperation = {
	resource: 'reportBuilder',
	value: 'getManyTemplates',
	name: 'Get Many Templates',
	action: 'Get many report templates',
	description: 'List the Report Builder templates, one item per template with GUID, Name, Blocks (its sections), Settings and counts',
	...reads('ListReportBuilderTemplates', 'CIPP.Core.Read'),
	list: true,
	parameters: [],
	output: parsedRecords,
};
