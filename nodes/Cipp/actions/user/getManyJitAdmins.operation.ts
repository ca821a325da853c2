import { reads } from '../common/endpoints';
import { tenantParameter } from '../common/pickers';
import { cachedRecords } from '../common/readers';
import type { CippOperation } from '../types';

export const getManyJitAdmins: CippOperation = {
	resource: 'user',
	value: 'getManyJitAdmins',
	name: 'Get Many JIT Admins',
	action: 'Get many just-in-time admins',
	description:
		'List the users CIPP made just-in-time admins, with whether the access is active, its start, expiry and reason, and their roles and groups (memberOf). AllTenants is served from a cache: the first call answers status "loading".',
	...reads('ListJITAdmin', 'Identity.Role.Read'),
	list: true,
	parameters: [tenantParameter('query', { allowAllTenants: true })],
	output: cachedRecords(),
};
