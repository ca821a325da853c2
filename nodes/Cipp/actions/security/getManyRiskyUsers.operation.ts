import { tenantParameter } from '../common/pickers';
import { cachedRecords } from '../common/readers';
import type { CippOperation } from '../types';

export const getManyRiskyUsers: CippOperation = {
	resource: 'security',
	value: 'getManyRiskyUsers',
	name: 'Get Many Risky Users',
	action: 'Get many risky users',
	description:
		'List the users Entra ID Protection flags as risky (riskLevel, riskState, riskDetail, last update), one item per user; needs Entra ID P2. AllTenants is served from a cache: while CIPP fills it, one item with status "loading" says to check back in a few minutes.',
	endpoint: 'ListGraphRequest',
	method: 'GET',
	access: 'read',
	role: 'CIPP.Core.Read',
	list: true,
	parameters: [tenantParameter('query', { allowAllTenants: true })],
	constants: { query: { Endpoint: 'identityProtection/riskyUsers' } },
	output: cachedRecords(),
};
