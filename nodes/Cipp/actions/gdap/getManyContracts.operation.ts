import { reads } from '../common/endpoints';
import { resultRecords } from '../common/readers';
import type { CippOperation } from '../types';

export const getManyContracts: CippOperation = {
	resource: 'gdap',
	value: 'getManyContracts',
	name: 'Get Many Contracts',
	action: 'Get many partner contracts',
	description: "List your partner tenant's customer contracts (Graph /contracts: customerId, defaultDomainName, displayName, contractType)",
	...reads('ListGDAPContracts', 'Tenant.Relationship.Read'),
	list: true,
	parameters: [],
	output: resultRecords,
};
