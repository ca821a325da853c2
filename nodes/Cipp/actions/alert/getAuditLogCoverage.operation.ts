import { reads } from '../common/endpoints';
import { additionalFields, inQuery, text } from '../common/fields';
import { optionalTenantParameter } from '../common/pickers';
import { parsedRecords } from '../common/readers';
import * as validate from '../common/validators';
import type { CippOperation } from '../types';

export const getAuditLogCoverage: CippOperation = {
	resource: 'alert',
	value: 'getAuditLogCoverage',
	name: 'Get Audit Log Coverage',
	action: "Get CIPP's audit-log search coverage",
	description:
		'List the hourly audit-log search windows CIPP ran for its alert rules (by default the last 48 hours), one item per tenant and window with its state, record count, attempts and last error',
	...reads('ListAuditLogCoverage', 'Tenant.Alert.Read'),
	list: true,
	parameters: [
		optionalTenantParameter(),
		additionalFields([
			text('Relative Time', 'relativeTime', 'Windows of the last 15m, 48h, 7d ... (minutes, hours or days)', inQuery('RelativeTime'), {
				placeholder: 'e.g. 7d',
				check: validate.matching(/^\d+[dhm]$/, '48h or 7d'),
			}),
		]),
	],
	// ConvertTo-Json text {Results, Metadata}.
	output: parsedRecords,
};
