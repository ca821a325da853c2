import { writes } from '../common/endpoints';
import { additionalFields } from '../common/fields';
import { standardsTenant } from '../shared/standard';
import { parsedAction } from '../shared/tenantTest';
import { reportTemplateParameter } from '../shared/reportBuilder';
import type { CippOperation } from '../types';

const read = parsedAction();

export const generateReport: CippOperation = {
	resource: 'reportBuilder',
	value: 'generateReport',
	name: 'Generate Report',
	action: 'Generate a report for a tenant',
	description:
		"Generate a report for one tenant from a Report Builder template with the tenant's current data and test results; the item carries the reportId and CIPP's link to view it",
	...writes('ExecGenerateReportBuilderReport', 'CIPP.Core.ReadWrite'),
	parameters: [
		standardsTenant('body', 'TenantFilter'),
		reportTemplateParameter('TemplateGUID', 'The template whose sections the report has, from the list or by its GUID'),
		additionalFields([
			{
				property: {
					displayName: 'Report Name',
					name: 'templateName',
					type: 'string',
					default: '',
					placeholder: 'e.g. Monthly security report',
					description: "The report's name (default: Scheduled Report)",
				},
				send: { name: 'TemplateName', in: 'body' },
			},
		]),
	],
	output: (response, context) =>
		read(response, context).map((item) => {
			const message = String(item.message);
			return {
				...item,
				reportId: /\(GUID: ([0-9a-fA-F-]{36})\)/.exec(message)?.[1] ?? null,
				reportUrl: /View report: (\S+)$/.exec(message)?.[1] ?? null,
			};
		}),
};
