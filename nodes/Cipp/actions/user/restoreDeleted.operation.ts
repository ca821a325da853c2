import { writes } from '../common/endpoints';
import { requiredText } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import * as validate from '../common/validators';
import type { CippOperation } from '../types';

export const restoreDeleted: CippOperation = {
	resource: 'user',
	value: 'restoreDeleted',
	name: 'Restore Deleted Item',
	action: 'Restore a deleted user or other directory object',
	description:
		'Restore a soft-deleted user, group or application from the deleted items (kept for 30 days) with its ID from Get Many Deleted Items',
	...writes('ExecRestoreDeleted', 'Tenant.Directory.ReadWrite'),
	parameters: [
		tenantParameter('body'),
		requiredText(
			{
				displayName: 'Deleted Item ID',
				name: 'deletedItemId',
				placeholder: 'e.g. 2b5c9a7e-1f0d-4c3b-9a8e-7d6f5e4c3b2a',
				description: 'Object ID of the deleted item, from User → Get Many Deleted Items',
			},
			{ name: 'ID', in: 'body', validate: validate.guid },
		),
	],
	output: actionResult(),
};
