import { reads } from '../common/endpoints';
import { records } from '../common/readers';
import type { CippOperation } from '../types';

export const getManyBaselineStandards: CippOperation = {
	resource: 'standard',
	value: 'getManyBaselineStandards',
	name: 'Get Many Baseline Standards',
	action: 'Get the standards a baseline can hold',
	description:
		'List the standards that can be added to a baseline, one item per standard with its name, label, category, impact and variables',
	...reads('ListBaselineStandards', 'Tenant.Standards.Read'),
	list: true,
	parameters: [],
	output: records,
};
