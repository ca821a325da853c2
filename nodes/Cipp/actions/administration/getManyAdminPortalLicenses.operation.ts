import { reads } from '../common/endpoints';
import { records } from '../common/readers';
import { tenantParameter } from '../common/pickers';
import type { CippOperation } from '../types';

export const getManyAdminPortalLicenses: CippOperation = {
	resource: 'administration',
	value: 'getManyAdminPortalLicenses',
	name: 'Get Many Trial Licenses',
	action: "Get many of a tenant's self-service trial licenses",
	description:
		"List a tenant's low-friction (self-service) trial licenses from the Microsoft 365 admin portal, one item per product. CIPP answers an empty list when the portal cannot be read.",
	...reads('ListAdminPortalLicenses', 'CIPP.Core.Read'),
	list: true,
	parameters: [tenantParameter('query')],
	output: records,
};
