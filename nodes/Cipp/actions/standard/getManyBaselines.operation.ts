import { reads } from '../common/endpoints';
import { records } from '../common/readers';
import type { CippOperation } from '../types';

export const getManyBaselines: CippOperation = {
	resource: 'standard',
	value: 'getManyBaselines',
	name: 'Get Many Baselines',
	action: 'Get many baselines',
	description:
		"List the baselines, one item per baseline with its GUID, name, stages and their standards, assigned and excluded tenants, and each tenant's stage (tenantStates)",
	...reads('ListBaselines', 'Tenant.Standards.Read'),
	list: true,
	parameters: [],
	output: records,
};
