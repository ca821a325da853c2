import { reads } from '../common/endpoints';
import { additionalFields, text } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { parsedRecords } from '../common/readers';
import * as validate from '../common/validators';
import type { CippOperation } from '../types';

const tenant = tenantParameter('query', { allowAllTenants: true, defaultDomainOnly: true });

export const getManyReports: CippOperation = {
	resource: 'reportBuilder',
	value: 'getManyReports',
	name: 'Get Many Reports',
	action: 'Get many generated reports',
	description:
		'List the reports the Report Builder generated, one item per report with RowKey (its ID), TemplateName, TenantFilter, GeneratedAt, Status, Blocks and counts',
	...reads('ListGeneratedReports', 'CIPP.Core.Read'),
	list: true,
	parameters: [
		{
			...tenant,
			property: {
				...tenant.property,
				required: false,
				description: 'Only this tenant (by default domain), AllTenants, or empty for every report',
			},
			optional: true,
		},
		additionalFields([text('Report ID', 'reportId', 'Only this report', { name: 'ReportGUID', in: 'query', validate: validate.guid })]),
	],
	output: parsedRecords,
};
