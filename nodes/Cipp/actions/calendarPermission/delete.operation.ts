import { writes } from '../common/endpoints';
import { tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import { calendarMailbox, folderNameField, trustee, trusteeField } from '../shared/calendarPermission';
import type { CippOperation } from '../types';

export const deletePermission: CippOperation = {
	resource: 'calendarPermission',
	value: 'delete',
	name: 'Delete',
	action: "Remove a user's access to a mailbox's calendar",
	description: "Remove a user's permission entry from a mailbox's calendar",
	...writes('ExecEditCalendarPermissions', 'Exchange.Mailbox.ReadWrite'),
	parameters: [
		tenantParameter('body'),
		calendarMailbox('userid'),
		{
			property: trusteeField('User', 'Whose access to remove: a user principal name or object ID'),
			send: { name: 'RemoveAccess', in: 'body', encoding: 'labelValue' },
			validate: trustee,
		},
		folderNameField,
	],
	output: actionResult(),
};
