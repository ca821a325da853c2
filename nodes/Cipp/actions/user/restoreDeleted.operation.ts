import { writes } from '../common/endpoints';
import { tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import { deletedItemIdParameter } from '../shared/user';
import type { CippOperation } from '../types';

export const restoreDeleted: CippOperation = {
	resource: 'user',
	value: 'restoreDeleted',
	name: 'Restore Deleted Item',
	action: 'Restore a deleted user or other directory object',
	description:
		'Restore a soft-deleted user, group or application from the deleted items (kept for 30 days) with its ID from Get Many Deleted Items',
	...writes('ExecRestoreDeleted', 'Tenant.Directory.ReadWrite'),
	parameters: [tenantParameter('body'), deletedItemIdParameter],
	output: actionResult(),
};
