import { reads } from '../common/endpoints';
import { additionalFields, textField } from '../common/fields';
import { records } from '../common/readers';
import * as validate from '../common/validators';
import { commaList } from '../common/validators';
import type { CippOperation } from '../types';

const SEVERITIES = ['Alert', 'Critical', 'Debug', 'Error', 'Info', 'Warn', 'Warning'];

function day(displayName: string, name: string, description: string) {
	return {
		property: { displayName, name, type: 'dateTime' as const, default: '', description },
		send: { name: name.charAt(0).toUpperCase() + name.slice(1), in: 'query' as const, validate: validate.day },
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
			textField(
				{
					displayName: 'User',
					name: 'user',
					placeholder: 'e.g. jane@northstarit.com',
					description: 'Only entries of this user or API client (wildcards * allowed)',
				},
				{ name: 'User', in: 'query' },
			),
			textField(
				{
					displayName: 'Tenant',
					name: 'tenant',
					placeholder: 'e.g. contoso.onmicrosoft.com',
					description: 'Only entries whose tenant contains this text, or this tenant ID',
				},
				{ name: 'Tenant', in: 'query' },
			),
			textField(
				{
					displayName: 'API',
					name: 'api',
					placeholder: 'e.g. ExecResetPass',
					description: 'Only entries of APIs matching this (a regular expression)',
				},
				{ name: 'API', in: 'query' },
				validate.longText,
			),
			textField(
				{
					displayName: 'Standard Template ID',
					name: 'standardTemplateId',
					placeholder: 'e.g. 2b5c9a7e-1f0d-4c3b-9a8e-7d6f5e4c3b2a',
					description: 'Only entries of this standards template',
				},
				{ name: 'StandardTemplateId', in: 'query' },
				validate.guid,
			),
			textField(
				{
					displayName: 'Scheduled Task ID',
					name: 'scheduledTaskId',
					placeholder: 'e.g. 2b5c9a7e-1f0d-4c3b-9a8e-7d6f5e4c3b2a',
					description: 'Only entries of this scheduled task, from Get Many Scheduled Items',
				},
				{ name: 'ScheduledTaskId', in: 'query' },
				validate.guid,
			),
			textField(
				{
					displayName: 'Baseline Run ID',
					name: 'baselineRunId',
					placeholder: 'e.g. 2b5c9a7e-1f0d-4c3b-9a8e-7d6f5e4c3b2a',
					description: 'Only entries of this baseline run',
				},
				{ name: 'BaselineRunId', in: 'query' },
				validate.guid,
			),
			textField(
				{
					displayName: 'Log Entry ID',
					name: 'logEntryId',
					placeholder: 'e.g. 2b5c9a7e-1f0d-4c3b-9a8e-7d6f5e4c3b2a',
					description: 'Only this entry (its RowKey), together with its Day',
				},
				{ name: 'logentryid', in: 'query' },
				validate.guid,
			),
		]),
	],
	constants: { query: { Filter: true } },
	output: records,
};
