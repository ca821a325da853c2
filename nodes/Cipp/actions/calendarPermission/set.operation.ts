import { writes } from '../common/endpoints';
import { pascalFlag } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import { PERMISSION_LEVELS, calendarMailbox, folderNameField, trustee, trusteeField } from '../shared/calendarPermission';
import type { CippOperation } from '../types';

export const set: CippOperation = {
	resource: 'calendarPermission',
	value: 'set',
	name: 'Set',
	action: "Give a user access to a mailbox's calendar",
	description: "Give a user (or the Default or Anonymous entry) a permission level on a mailbox's calendar, replacing the level they had",
	...writes('ExecEditCalendarPermissions', 'Exchange.Mailbox.ReadWrite'),
	parameters: [
		tenantParameter('body'),
		calendarMailbox('userid'),
		{
			property: trusteeField(
				'User',
				'Who gets access: a user principal name, an object ID, or Default (everyone in the organisation) or Anonymous',
			),
			send: { name: 'UserToGetPermissions', in: 'body', encoding: 'labelValue' },
			validate: trustee,
		},
		{
			property: {
				displayName: 'Permission Level',
				name: 'permissions',
				type: 'options',
				required: true,
				default: 'Reviewer',
				options: PERMISSION_LEVELS,
				description: 'What the user may do with the calendar',
			},
			send: { name: 'Permissions', in: 'body', encoding: 'labelValue' },
		},
		folderNameField,
		pascalFlag(
			'Can View Private Items',
			'canViewPrivateItems',
			'Whether the user, as a delegate, also sees items marked private (Editor level only)',
		),
	],
	output: actionResult(),
};
