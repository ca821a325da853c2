import { writes } from '../common/endpoints';
import { tenantParameter, userParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import type { CippOperation } from '../types';

export const deleteUser: CippOperation = {
	resource: 'user',
	value: 'delete',
	name: 'Delete',
	action: 'Delete a user',
	description:
		'Delete a user (soft delete): the account moves to the deleted items for 30 days, where Restore Deleted Item can bring it back',
	...writes('RemoveUser', 'Identity.User.ReadWrite'),
	parameters: [tenantParameter('body'), userParameter({ name: 'ID', in: 'body', encoding: 'graphId' })],
	output: actionResult(),
};
