import { writes } from '../common/endpoints';
import { additionalFields, text } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import { deletedItemIdParameter } from '../shared/user';
import type { CippOperation } from '../types';

export const purgeDeletedItem: CippOperation = {
	resource: 'user',
	value: 'purgeDeletedItem',
	name: 'Purge Deleted Item',
	action: 'Permanently delete a deleted user or group',
	description:
		'Permanently delete a user or group from the Microsoft Entra recycle bin (Get Many Deleted Items lists them); it can no longer be restored',
	...writes('RemoveDeletedObject', 'Tenant.Directory.ReadWrite'),
	parameters: [
		tenantParameter('body'),
		deletedItemIdParameter,
		additionalFields([text('Display Name', 'displayName', "The item's name for CIPP's message and logbook entry", 'displayName')]),
	],
	output: actionResult(),
};
