import { reads } from '../common/endpoints';
import { additionalFields } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { cachedRecords } from '../common/readers';
import * as validate from '../common/validators';
import type { CippOperation } from '../types';

export const getManyIncidents: CippOperation = {
	resource: 'security',
	value: 'getManyIncidents',
	name: 'Get Many Incidents',
	action: 'Get many Defender incidents',
	description:
		'List the Microsoft Defender XDR incidents of a tenant, newest first, one item per incident with status, severity, classification and assignee. AllTenants is served from a cache: while CIPP fills it, one item with status "loading" says to check back in a few minutes.',
	...reads('ExecIncidentsList', 'Security.Incident.Read'),
	list: true,
	parameters: [
		tenantParameter('query', { allowAllTenants: true }),
		additionalFields([
			{
				property: {
					displayName: 'Created After',
					name: 'startDate',
					type: 'dateTime',
					default: '',
					description: 'Only incidents created on or after this day',
				},
				send: { name: 'StartDate', in: 'query', validate: validate.day },
			},
			{
				property: {
					displayName: 'Created Before',
					name: 'endDate',
					type: 'dateTime',
					default: '',
					description: 'Only incidents created on or before this day',
				},
				send: { name: 'EndDate', in: 'query', validate: validate.day },
			},
		]),
	],
	output: cachedRecords(),
};
