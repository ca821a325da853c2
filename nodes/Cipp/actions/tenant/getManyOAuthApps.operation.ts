import { reads } from '../common/endpoints';
import { tenantParameter } from '../common/pickers';
import { recordsOrFail } from '../common/readers';
import type { CippOperation } from '../types';

export const getManyOAuthApps: CippOperation = {
	resource: 'tenant',
	value: 'getManyOAuthApps',
	name: 'Get Many OAuth Apps',
	action: 'Get the apps granted delegated permissions',
	description:
		'List the delegated permission grants (OAuth consents) of a tenant, one item per grant with the app name, application ID, object ID, scopes and start time',
	...reads('ListOAuthApps', 'Tenant.Application.Read'),
	list: true,
	parameters: [tenantParameter('query')],
	output: recordsOrFail,
};
