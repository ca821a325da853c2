import { reads } from '../common/endpoints';
import { tenantParameter } from '../common/pickers';
import { records } from '../common/readers';
import type { CippOperation } from '../types';

export const getManyDeletedItems: CippOperation = {
	resource: 'user',
	value: 'getManyDeletedItems',
	name: 'Get Many Deleted Items',
	action: 'Get many deleted users and directory objects',
	description:
		"List the soft-deleted users, groups, applications and other directory objects of a tenant (kept 30 days), one item each with TargetType; use an item's ID with Restore Deleted Item",
	...reads('ListDeletedItems', 'Tenant.Directory.Read'),
	list: true,
	parameters: [tenantParameter('query')],
	output: records,
};
