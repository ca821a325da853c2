import { reads } from '../common/endpoints';
import { additionalFields, text } from '../common/fields';
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
			text(
				'Report',
				'report',
				'The report name; leave empty to list the available reports',
				{ name: 'report', in: 'query' },
				{ placeholder: 'e.g. getOffice365ActiveUserDetail' },
			),
			{
				property: {
					displayName: 'Period',
					name: 'period',
					type: 'options',
					default: 'D30',
					options: REPORT_PERIODS,
					description: 'The period a usage report covers',
				},
				send: { name: 'period', in: 'query' },
			},
			{
				property: {
					displayName: 'Source',
					name: 'type',
					type: 'options',
					default: 'graph',
					options: [
						{ name: 'Microsoft Graph', value: 'graph' },
						{ name: 'Office Reports (reports.office.com)', value: 'office' },
					],
				},
				send: { name: 'type', in: 'query' },
			},
		]),
	],
	output: records,
};
