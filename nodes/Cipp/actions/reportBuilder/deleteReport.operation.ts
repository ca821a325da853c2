import { writes } from '../common/endpoints';
import { requiredLine } from '../common/fields';
import * as validate from '../common/validators';
import { standardsTenant } from '../shared/standard';
import { parsedAction } from '../shared/tenantTest';
import type { CippOperation } from '../types';

export const deleteReport: CippOperation = {
	resource: 'reportBuilder',
	value: 'deleteReport',
	name: 'Delete Report',
	action: 'Delete a generated report',
	description: 'Delete a report the Report Builder generated',
	...writes('ExecGenerateReportBuilderReport', 'CIPP.Core.ReadWrite'),
	constants: { body: { Action: 'delete' } },
	parameters: [
		// CIPP's delete ignores the tenant, but its access check reads it: a tenant-scoped client may only delete its tenants' reports.
		{
			...standardsTenant('body', 'TenantFilter'),
			property: { ...standardsTenant('body', 'TenantFilter').property, description: "The report's tenant" },
		},
		requiredLine('Report ID', 'reportId', 'The report, by its RowKey from Get Many Reports (reportId of Generate Report)', 'ReportGUID', {
			check: validate.guid,
		}),
	],
	// An unknown report: HTTP 200 "Report not found", nothing deleted.
	refusals: [/^Report not found$/],
	output: parsedAction(),
};
