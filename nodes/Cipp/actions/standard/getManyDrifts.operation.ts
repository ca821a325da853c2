import { reads } from '../common/endpoints';
import { records } from '../common/readers';
import { optionalStandardsTenant } from '../shared/standard';
import type { CippOperation } from '../types';

export const getManyDrifts: CippOperation = {
	resource: 'standard',
	value: 'getManyDrifts',
	name: 'Get Many Drifts',
	action: 'Get the drift of tenants from their drift templates',
	description:
		'List the drift of tenants from the drift templates that apply to them, one item per tenant and template with deviation counts and the deviations by decision (currentDeviations, acceptedDeviations, deniedDeviations, customerSpecificDeviations, allDeviations), each with its standardName and Status',
	...reads('ListTenantDrift', 'Tenant.Standards.Read'),
	list: true,
	parameters: [optionalStandardsTenant()],
	output: records,
};
