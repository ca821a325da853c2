import { reads } from '../common/endpoints';
import { records } from '../common/readers';
import type { CippOperation } from '../types';

export const getManyOnboardings: CippOperation = {
	resource: 'gdap',
	value: 'getManyOnboardings',
	name: 'Get Many Onboardings',
	action: 'Get many tenant onboardings',
	description:
		'List the customer onboarding jobs CIPP ran after a GDAP invite, newest first, each with its relationship, status, steps and logs',
	...reads('ListTenantOnboarding', 'Tenant.Administration.Read'),
	list: true,
	parameters: [],
	output: records,
};
