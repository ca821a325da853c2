import { reads } from '../common/endpoints';
import { parsedRecords } from '../common/readers';
import type { CippOperation } from '../types';

export const getManyBpaTemplates: CippOperation = {
	resource: 'standard',
	value: 'getManyBpaTemplates',
	name: 'Get Many BPA Templates',
	action: 'Get many Best Practice Analyser templates',
	description:
		'List the Best Practice Analyser templates (reports), one item per template with its GUID, Name, Style (Table or Tenant) and checks (Data)',
	...reads('ListBPATemplates', 'Tenant.BestPracticeAnalyser.Read'),
	list: true,
	parameters: [],
	output: parsedRecords,
};
