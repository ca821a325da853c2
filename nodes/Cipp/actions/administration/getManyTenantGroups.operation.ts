import { reads } from '../common/endpoints';
import { resultRecords } from '../common/readers';
import type { CippOperation } from '../types';

export const getManyTenantGroups: CippOperation = {
	resource: 'administration',
	value: 'getManyTenantGroups',
	name: 'Get Many Tenant Groups',
	action: 'Get many CIPP tenant groups',
	description: "List CIPP's tenant groups, one item per group with its type (static or dynamic), rules and member tenants",
	...reads('ListTenantGroups', 'CIPP.Core.Read'),
	list: true,
	parameters: [],
	output: resultRecords,
};
