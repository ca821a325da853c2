import { reads } from '../common/endpoints';
import { groupParameter, tenantParameter } from '../common/pickers';
import { singleRecord } from '../common/readers';
import type { CippOperation } from '../types';

export const getTeam: CippOperation = {
	resource: 'teamsSharePoint',
	value: 'getTeam',
	name: 'Get Team',
	action: 'Get a Microsoft Team',
	description: 'Get one Microsoft Team with its settings (TeamInfo), channels (ChannelInfo), Owners, Members and InstalledApps',
	...reads('ListTeams', 'Teams.Group.Read'),
	parameters: [
		tenantParameter('query'),
		groupParameter(
			{ name: 'ID', in: 'query' },
			{ name: 'teamId', displayName: 'Team', description: 'The team, by the ID of its Microsoft 365 group' },
		),
	],
	constants: { query: { type: 'Team' } },
	output: singleRecord(({ values }) => `Team ${String(values.teamId)} in ${String(values.tenantFilter)}`),
};
