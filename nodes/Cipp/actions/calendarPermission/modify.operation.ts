import type { IDataObject } from 'n8n-workflow';

import { writes } from '../common/endpoints';
import { tenantParameter, userParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import * as validate from '../common/validators';
import { PERMISSION_LEVELS, trustee } from '../shared/calendarPermission';
import type { CippOperation, Validator, ValueCheck } from '../types';
import { choices } from '../common/fields';

/** One entry's users: CIPP skips an entry without users in silence, so one is refused before sending. */
function entryUsers(entry: IDataObject, index: number, check: ValueCheck): unknown[] {
	const users = String(entry.users ?? '')
		.split(/[,\n]/)
		.map((user) => user.trim())
		.filter(Boolean);
	if (users.length === 0) {
		validate.invalid(
			check,
			`Permission ${index + 1} has no Users, and CIPP would skip it without saying so.`,
			`Enter the users of Permission ${index + 1}, or remove it.`,
		);
	}
	return users.map((user) => trustee(user, check));
}

/** The editor's entries, as CIPP's calendar form sends them: one {UserID, PermissionLevel, Modification, ...} each. */
const permissionEntries: Validator = (value, check) => {
	const entries = ((value as IDataObject | undefined)?.entry ?? []) as IDataObject[];
	if (entries.length === 0) validate.text('', check);
	return entries.map((entry, index) => ({
		UserID: entryUsers(entry, index, check),
		PermissionLevel: entry.permissionLevel ?? 'Reviewer',
		Modification: entry.modification ?? 'Add',
		FolderName: validate.text(entry.folderName ?? 'Calendar', check),
		CanViewPrivateItems: entry.canViewPrivateItems === true,
		SendNotificationToUser: entry.sendNotificationToUser === true,
	}));
};

export const modify: CippOperation = {
	resource: 'calendarPermission',
	value: 'modify',
	name: 'Modify Many',
	action: "Add or remove several users' access to a mailbox's calendar",
	description:
		'Add or remove calendar permissions on one mailbox for several users at once. One item with a message per user; if any change fails, the item fails with every message.',
	...writes('ExecModifyCalPerms', 'Exchange.Mailbox.ReadWrite'),
	parameters: [
		tenantParameter('body'),
		userParameter(
			{ name: 'userID', in: 'body', encoding: 'graphId' },
			{ name: 'mailbox', displayName: 'Mailbox', description: 'The mailbox that owns the calendar, by user principal name or object ID' },
		),
		{
			property: {
				displayName: 'Permissions',
				name: 'permissions',
				type: 'fixedCollection',
				typeOptions: { multipleValues: true },
				required: true,
				default: {},
				placeholder: 'Add Permission',
				options: [
					{
						displayName: 'Permission',
						name: 'entry',
						values: [
							{
								displayName: 'Can View Private Items',
								name: 'canViewPrivateItems',
								type: 'boolean',
								default: false,
								description: 'Whether the users also see items marked private (Editor level only)',
							},
							{
								displayName: 'Change',
								name: 'modification',
								type: 'options',
								default: 'Add',
								options: choices({ Add: 'Add', Remove: 'Remove' }),
								description: 'Whether to give the users access or remove it',
							},
							{
								displayName: 'Folder Name',
								name: 'folderName',
								type: 'string',
								default: 'Calendar',
								description: "The calendar folder's name in the mailbox's language",
							},
							{
								displayName: 'Notify Users',
								name: 'sendNotificationToUser',
								type: 'boolean',
								default: false,
								description: 'Whether Exchange emails the users about the sharing',
							},
							{
								displayName: 'Permission Level',
								name: 'permissionLevel',
								type: 'options',
								default: 'Reviewer',
								options: PERMISSION_LEVELS,
								description: 'What the users may do with the calendar (for Add)',
							},
							{
								displayName: 'Users',
								name: 'users',
								type: 'string',
								default: '',
								placeholder: 'e.g. jane.doe@contoso.com, john.smith@contoso.com',
								description: 'The users this entry is for: user principal names, object IDs or Default, separated by commas',
							},
						],
					},
				],
				description: 'The changes to make, each for one or more users',
			},
			send: { name: 'permissions', in: 'body', encoding: 'json' },
			validate: permissionEntries,
		},
	],
	output: actionResult(),
};
