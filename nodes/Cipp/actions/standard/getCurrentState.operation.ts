import { reads } from '../common/endpoints';
import { records } from '../common/readers';
import { standardsTenant } from '../shared/standard';
import type { CippOperation } from '../types';

export const getCurrentState: CippOperation = {
	resource: 'standard',
	value: 'getCurrentState',
	name: 'Get Current State',
	action: "Get a tenant's standards state",
	description:
		'List the last check of every standard for one tenant, one item per standard with Compliant, CurrentValue, ExpectedValue, LicenseAvailable and LastRefresh',
	...reads('ListStandardsCurrentState', 'Tenant.Standards.Read'),
	list: true,
	parameters: [standardsTenant('query')],
	output: records,
};
