import { reads } from '../common/endpoints';
import { additionalFields } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { records } from '../common/readers';
import { useReportDbProperty } from '../shared/security';
import type { CippOperation } from '../types';

export const getManyPhoneNumbers: CippOperation = {
	resource: 'teamsSharePoint',
	value: 'getManyPhoneNumbers',
	name: 'Get Many Phone Numbers',
	action: 'Get many Teams phone numbers',
	description:
		'List the Teams Phone numbers of a tenant, one item per number with its type, city, capabilities, emergency location and AssignedTo (the user, or "Unassigned")',
	...reads('ListTeamsVoice', 'Teams.Voice.Read'),
	list: true,
	parameters: [
		tenantParameter('query'),
		additionalFields([{ property: useReportDbProperty, send: { name: 'UseReportDB', in: 'query', encoding: 'boolean' } }]),
	],
	output: records,
};
