import { reads } from '../common/endpoints';
import { additionalFields } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { records } from '../common/readers';
import { useReportDbProperty } from '../shared/security';
import type { CippOperation } from '../types';

export const getTeamsActivity: CippOperation = {
	resource: 'teamsSharePoint',
	value: 'getTeamsActivity',
	name: 'Get Teams Activity',
	action: 'Get the Teams activity of users',
	description:
		"List each user's Microsoft Teams activity over the last 30 days: last active date, chat messages, calls and meetings (UPN, LastActive, TeamsChat, CallCount, MeetingCount), one item per user",
	...reads('ListTeamsActivity', 'Teams.Activity.Read'),
	list: true,
	parameters: [
		tenantParameter('query'),
		additionalFields([{ property: useReportDbProperty, send: { name: 'UseReportDB', in: 'query', encoding: 'boolean' } }]),
	],
	constants: { query: { Type: 'TeamsUserActivityUser' } },
	output: records,
};
