import { reads } from '../common/endpoints';
import { additionalFields, guidText, inQuery } from '../common/fields';
import { records } from '../common/readers';
import { matching } from '../common/validators';
import { optionalDomainTenantParameter } from '../shared/tenant';
import type { CippOperation } from '../types';

export const getManyAuditLogs: CippOperation = {
	resource: 'tenant',
	value: 'getManyAuditLogs',
	name: 'Get Many Audit Logs',
	action: 'Get many audit log alerts',
	description:
		'List the audit-log records that matched an alert rule, newest first, one item per record with its tenant, title and audit data. Without dates, the last 7 days.',
	...reads('ListAuditLogs', 'CIPP.Alert.Read'),
	list: true,
	parameters: [
		optionalDomainTenantParameter(),
		additionalFields([
			{
				property: {
					displayName: 'Start Date',
					name: 'startDate',
					type: 'dateTime',
					default: '',
					description: 'Only records from this moment on',
				},
				send: { name: 'StartDate', in: 'query', encoding: 'unixSeconds' },
			},
			{
				property: {
					displayName: 'End Date',
					name: 'endDate',
					type: 'dateTime',
					default: '',
					description: 'Only records up to this moment (used with Start Date)',
				},
				send: { name: 'EndDate', in: 'query', encoding: 'unixSeconds' },
			},
			{
				property: {
					displayName: 'Relative Time',
					name: 'relativeTime',
					type: 'string',
					default: '',
					placeholder: 'e.g. 24h, 7d or 30m',
					description: 'Only records of the last N days (d), hours (h) or minutes (m); overrides the dates',
				},
				send: { name: 'RelativeTime', in: 'query', validate: matching(/^\d+[dhm]$/, '24h, 7d or 30m') },
			},
			guidText(
				'Log ID',
				'logId',
				'Return only this record (its LogId); the other filters are ignored',
				inQuery('LogId'),
				'e.g. 5d0f7c2a-9b8e-4f1d-a3c6-2e7b9d4f1a08',
			),
		]),
	],
	output: records,
};
