import { reads } from '../common/endpoints';
import { additionalFields, choiceField, choices, inQuery, text } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { records } from '../common/readers';
import type { CippOperation } from '../types';
import { REPORT_PERIODS } from '../shared/tenant';

export const getUsageReport: CippOperation = {
	resource: 'tenant',
	value: 'getUsageReport',
	name: 'Get Usage Report',
	action: 'Get a Microsoft 365 usage report',
	description:
		'Get a Microsoft Graph usage report of a tenant (e.g. getOffice365ActiveUserDetail), one item per row; without Report, list the reports available',
	...reads('ListGraphReports', 'Tenant.Reports.Read'),
	list: true,
	parameters: [
		tenantParameter('query'),
		additionalFields([
			text('Report', 'report', 'The report name; leave empty to list the available reports', inQuery('report'), {
				placeholder: 'e.g. getOffice365ActiveUserDetail',
			}),
			choiceField('Period', 'period', 'The period a usage report covers', inQuery('period'), 'D30', REPORT_PERIODS),
			choiceField(
				'Source',
				'type',
				'',
				inQuery('type'),
				'graph',
				choices({ 'Microsoft Graph': 'graph', 'Office Reports (reports.office.com)': 'office' }),
			),
		]),
	],
	output: records,
};
