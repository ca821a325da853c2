import { reads } from '../common/endpoints';
import { tenantParameter } from '../common/pickers';
import { records } from '../common/readers';
import type { CippOperation } from '../types';

export const getSharePointQuota: CippOperation = {
	resource: 'teamsSharePoint',
	value: 'getSharePointQuota',
	name: 'Get SharePoint Quota',
	action: 'Get the SharePoint storage quota',
	description:
		'Get a tenant\'s SharePoint storage use: used and total megabytes and the percentage used (Percentage is "Not available" when SharePoint could not be read)',
	...reads('ListSharepointQuota', 'Sharepoint.Admin.Read'),
	parameters: [tenantParameter('query')],
	output: records,
};
