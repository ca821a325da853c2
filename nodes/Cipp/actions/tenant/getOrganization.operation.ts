import { reads } from '../common/endpoints';
import { tenantParameter } from '../common/pickers';
import { records } from '../common/readers';
import type { CippOperation } from '../types';

export const getOrganization: CippOperation = {
	resource: 'tenant',
	value: 'getOrganization',
	name: 'Get Organization',
	action: "Get a tenant's organization details",
	description:
		"Get a tenant's Entra organization object: name, address, verified domains, technical and security contacts, directory sync and assigned plans",
	...reads('ListOrg', 'CIPP.Core.Read'),
	parameters: [tenantParameter('query')],
	output: records,
};
