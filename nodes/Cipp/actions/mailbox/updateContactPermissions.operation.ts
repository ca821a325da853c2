import { choiceProperty, choices } from '../common/fields';
import * as validate from '../common/validators';
import { PERMISSION_LEVELS } from '../shared/calendarPermission';
import { mailboxWrite } from '../shared/mailbox';

export const updateContactPermissions = mailboxWrite({
	value: 'updateContactPermissions',
	name: 'Update Contact Permissions',
	action: "Give or remove users' access to a mailbox's contacts folder",
	description:
		"Give several users a permission level on a mailbox's Contacts folder, or remove their access; one message per user, the item fails if any fails",
	endpoint: 'ExecModifyContactPerms',
	mailbox: { name: 'userID', in: 'body' },
	parameters: [
		{
			property: choiceProperty(
				'Change',
				'modification',
				'Add',
				choices({ 'Add or Change': 'Add', Remove: 'Remove' }),
				'Whether to give the users access or remove it',
			),
		},
		{
			property: {
				displayName: 'Users',
				name: 'users',
				type: 'string',
				required: true,
				default: '',
				placeholder: 'e.g. jane@contoso.com, joe@contoso.com',
				description: 'Who gets or loses access: user principal names or Default, separated by commas',
			},
			validate: (value, check) => (validate.listOf(value).length ? validate.listOf(value) : validate.text('', check)),
		},
		{
			property: choiceProperty(
				'Permission Level',
				'permissionLevel',
				'Reviewer',
				PERMISSION_LEVELS,
				'What the users may do with the contacts (for Add or Change)',
			),
		},
		{
			property: {
				displayName: 'Folder Name',
				name: 'folderName',
				type: 'string',
				required: true,
				default: 'Contacts',
				description: "The contacts folder's name in the mailbox's language",
			},
			validate: validate.text,
		},
		{
			property: {
				displayName: 'Notify Users',
				name: 'sendNotificationToUser',
				type: 'boolean',
				default: false,
				description: 'Whether Exchange emails the users about the sharing',
			},
		},
	],
	prepare: (body, { values }) => {
		// CIPP's default folder is "Contact", which no mailbox has: the folder is always sent.
		body.permissions = [
			{
				UserID: values.users,
				PermissionLevel: values.permissionLevel,
				Modification: values.modification,
				FolderName: values.folderName,
				SendNotificationToUser: values.sendNotificationToUser === true,
			},
		];
	},
});
