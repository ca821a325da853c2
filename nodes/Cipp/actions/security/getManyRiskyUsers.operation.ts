import type { IDataObject } from 'n8n-workflow';

import { reads } from '../common/endpoints';
import { tenantParameter } from '../common/pickers';
import { cachedRecords } from '../common/readers';
import type { CippOperation } from '../types';

const cached = cachedRecords();

/**
 * AllTenants comes from CIPP's Graph-request cache, where a tenant it could not read (no Entra ID
 * P2, no consent) is stored as a row {Tenant, CippStatus: "Could not connect to tenant. ..."}
 * among the users: such a row becomes an error item naming the tenant, not a nameless "user".
 */
function riskyUsers(response: unknown): IDataObject[] {
	return cached(response).map((row) =>
		typeof row.CippStatus === 'string' && row.CippStatus !== 'Good' && row.userPrincipalName === undefined
			? { status: 'error', tenant: row.Tenant ?? null, message: row.CippStatus }
			: row,
	);
}

export const getManyRiskyUsers: CippOperation = {
	resource: 'security',
	value: 'getManyRiskyUsers',
	name: 'Get Many Risky Users',
	action: 'Get many risky users',
	description:
		'List the users Entra ID Protection flags as risky (riskLevel, riskState, riskDetail, last update), one item per user; needs Entra ID P2. AllTenants is served from a cache: while CIPP fills it, one item with status "loading" says to check back in a few minutes; a tenant CIPP could not read (e.g. without P2) is one item with status "error", its tenant and CIPP\'s message.',
	...reads('ListGraphRequest', 'CIPP.Core.Read'),
	list: true,
	parameters: [tenantParameter('query', { allowAllTenants: true })],
	constants: { query: { Endpoint: 'identityProtection/riskyUsers' } },
	output: riskyUsers,
};
