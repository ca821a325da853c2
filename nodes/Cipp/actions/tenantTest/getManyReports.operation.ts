import { reads } from '../common/endpoints';
import { parsedRecords } from '../common/readers';
import type { CippOperation } from '../types';

export const getManyReports: CippOperation = {
	resource: 'tenantTest',
	value: 'getManyReports',
	name: 'Get Many Reports',
	action: 'Get many test reports',
	description:
		"List the test reports (CIPP's built-in ones and custom ones), one item per report with ID, name, description, source (file or database) and, for custom reports, their tests",
	...reads('ListTestReports', 'Tenant.Reports.Read'),
	list: true,
	parameters: [],
	output: parsedRecords,
};
