import { writes } from '../common/endpoints';
import { requiredLine } from '../common/fields';
import * as validate from '../common/validators';
import { parsedAction } from '../shared/tenantTest';
import type { CippOperation } from '../types';

export const deleteReport: CippOperation = {
	resource: 'tenantTest',
	value: 'deleteReport',
	name: 'Delete Report',
	action: 'Delete a custom test report',
	description: 'Delete a custom test report; test results stay',
	...writes('DeleteTestReport', 'CIPP.Dashboard.Read'),
	parameters: [
		requiredLine('Report ID', 'reportId', 'The custom report, by its id from Get Many Reports', 'ReportId', { check: validate.guid }),
	],
	output: parsedAction(),
};
