import { reads } from '../common/endpoints';
import { tenantParameter } from '../common/pickers';
import { recordsOrFail } from '../common/readers';
import type { CippOperation } from '../types';

export const getMany: CippOperation = {
	resource: 'domain',
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many domains',
	description:
		"List a tenant's domains, default first, one item per domain with its name (ID), isDefault and isInitial; CIPP does not say whether a domain is verified",
	...reads('ListDomains', 'Tenant.Administration.Read'),
	list: true,
	parameters: [tenantParameter('query')],
	output: recordsOrFail,
};
