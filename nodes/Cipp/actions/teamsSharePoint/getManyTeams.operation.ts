import { reads } from '../common/endpoints';
import { additionalFields } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { records } from '../common/readers';
import { useReportDbProperty } from '../shared/security';
import type { CippOperation } from '../types';

export const getManyTeams: CippOperation = {
	resource: 'teamsSharePoint',
	value: 'getManyTeams',
	name: 'Get Many Teams',
	action: 'Get many Microsoft Teams',
	description:
		"List the Microsoft Teams of a tenant by name, one item per team with its ID (the Microsoft 365 group ID), description, visibility and mail nickname; AllTenants reads CIPP's report database",
	...reads('ListTeams', 'Teams.Group.Read'),
	list: true,
	parameters: [
		tenantParameter('query', { allowAllTenants: true }),
		additionalFields([{ property: useReportDbProperty, send: { name: 'UseReportDB', in: 'query', encoding: 'boolean' } }]),
	],
	constants: { query: { type: 'List' } },
	output: records,
};
