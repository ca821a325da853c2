import { reads } from '../common/endpoints';
import { additionalFields, guidText, inQuery } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { records } from '../common/readers';
import { useReportDbField } from '../shared/intune';
import type { CippOperation } from '../types';

export const getManyAssignmentFilters: CippOperation = {
	resource: 'intune',
	value: 'getManyAssignmentFilters',
	name: 'Get Many Assignment Filters',
	action: 'Get many Intune assignment filters',
	description: 'List the Intune assignment filters of a customer tenant, one item each with ID, displayName, platform and rule',
	...reads('ListAssignmentFilters', 'Endpoint.MEM.Read'),
	list: true,
	parameters: [
		tenantParameter('query', { allowAllTenants: true }),
		additionalFields([
			guidText(
				'Filter ID',
				'filterId',
				'Return only this filter (read live, even with Use Report Database)',
				inQuery('filterId'),
				'e.g. 8f2c6a1e-3b7d-4e59-a0c4-6d1f2e3a4b5c',
			),
			useReportDbField,
		]),
	],
	output: records,
};
