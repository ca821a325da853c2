import { reads } from '../common/endpoints';
import { additionalFields, guidText, inQuery, pascalCase, text } from '../common/fields';
import { records } from '../common/readers';
import * as validate from '../common/validators';
import { commaList } from '../common/validators';
import type { CippOperation } from '../types';

const SEVERITIES = ['Alert', 'Critical', 'Debug', 'Error', 'Info', 'Warn', 'Warning'];

function day(displayName: string, name: string, description: string) {
	return {
		property: { displayName, name, type: 'dateTime' as const, default: '', description },
		send: { name: pascalCase(name), in: 'query' as const, validate: validate.day },
	};
}

export const getManyLogs: CippOperation = {
	resource: 'administration',
	value: 'getManyLogs',
	name: 'Get Many Logs',
	action: 'Get many logbook entries',
	description:
		"Read CIPP's logbook, newest first, one item per entry (time, tenant, API, message, user, severity): today's entries unless a day or date range is given",
	...reads('ListLogs', 'CIPP.Core.Read'),
	list: true,
	parameters: [
		additionalFields([
			day('Day', 'dateFilter', 'Entries of this day (CIPP keeps one log partition per day)'),
			day('Start Date', 'startDate', 'First day of a date range'),
			day('End Date', 'endDate', 'Last day of a date range'),
			{
				property: {
					displayName: 'Severity',
					name: 'severity',
					type: 'multiOptions',
					default: [],
					options: SEVERITIES.map((name) => ({ name, value: name })),
					description: 'Only entries of these severities; by default all but Debug',
				},
				send: { name: 'Severity', in: 'query', validate: commaList },
			},
			text('User', 'user', 'Only entries of this user or API client (wildcards * allowed)', inQuery('User'), {
				placeholder: 'e.g. jane@northstarit.com',
			}),
			text('Tenant', 'tenant', 'Only entries whose tenant contains this text, or this tenant ID', inQuery('Tenant'), {
				placeholder: 'e.g. contoso.onmicrosoft.com',
			}),
			text('API', 'api', 'Only entries of APIs matching this (a regular expression)', inQuery('API'), {
				placeholder: 'e.g. ExecResetPass',
				check: validate.longText,
			}),
			guidText('Standard Template ID', 'standardTemplateId', 'Only entries of this standards template', inQuery('StandardTemplateId')),
			guidText(
				'Scheduled Task ID',
				'scheduledTaskId',
				'Only entries of this scheduled task, from Get Many Scheduled Items',
				inQuery('ScheduledTaskId'),
			),
			guidText('Baseline Run ID', 'baselineRunId', 'Only entries of this baseline run', inQuery('BaselineRunId')),
			guidText('Log Entry ID', 'logEntryId', 'Only this entry (its RowKey), together with its Day', inQuery('logentryid')),
		]),
	],
	constants: { query: { Filter: true } },
	output: records,
};
