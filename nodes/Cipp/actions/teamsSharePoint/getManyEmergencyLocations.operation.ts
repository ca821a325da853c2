import { reads } from '../common/endpoints';
import { tenantParameter } from '../common/pickers';
import { recordsOrFail } from '../common/readers';
import type { CippOperation } from '../types';

export const getManyEmergencyLocations: CippOperation = {
	resource: 'teamsSharePoint',
	value: 'getManyEmergencyLocations',
	name: 'Get Many Emergency Locations',
	action: 'Get many Teams emergency locations',
	description:
		"List the tenant's Teams emergency calling locations (LIS) with their address, validation status and how many voice users and numbers use each",
	...reads('ListTeamsLisLocation', 'Teams.Voice.Read'),
	list: true,
	parameters: [tenantParameter('query')],
	output: recordsOrFail,
};
