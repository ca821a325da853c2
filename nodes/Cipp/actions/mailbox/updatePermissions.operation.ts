import { choices } from '../common/fields';
import type { IDataObject } from 'n8n-workflow';

import * as validate from '../common/validators';
import { MAILBOX_PERMISSIONS, mailboxWrite } from '../shared/mailbox';

export const updatePermissions = mailboxWrite({
	value: 'updatePermissions',
	name: 'Update Permissions',
	action: 'Grant or remove access to a mailbox',
	description:
		'Grant users Full Access, Send As or Send on Behalf on a mailbox (e.g. a shared mailbox), or remove it; one result line per user and permission',
	endpoint: 'ExecModifyMBPerms',
	mailbox: { name: 'userID', in: 'body' },
	parameters: [
		{
			property: {
				displayName: 'Change',
				name: 'modification',
				type: 'options',
				default: 'Add',
				options: choices({ Grant: 'Add', Remove: 'Remove' }),
			},
			validate: validate.matching(/^(Add|Remove)$/, 'Add'),
		},
		{
			property: {
				displayName: 'Permissions',
				name: 'permissionLevels',
				type: 'multiOptions',
				required: true,
				default: ['FullAccess'],
				options: MAILBOX_PERMISSIONS,
			},
			validate: validate.commaList,
		},
		{
			property: {
				displayName: 'Users',
				name: 'trustees',
				type: 'string',
				required: true,
				default: '',
				placeholder: 'e.g. jane@contoso.com, joe@contoso.com',
				description: 'Who gets or loses the permissions: user principal names or addresses, separated by commas',
			},
			validate: validate.commaList,
		},
		{
			property: {
				displayName: 'Automapping',
				name: 'autoMap',
				type: 'boolean',
				default: true,
				description: "Whether Outlook adds the mailbox to the users' folder list by itself (Full Access only)",
				displayOptions: { show: { modification: ['Add'] } },
			},
		},
	],
	// CIPP reads one entry per change: the users, the levels joined by commas, Add or Remove, AutoMap.
	prepare: (body, { values }) => {
		const permission: IDataObject = {
			UserID: validate.listOf(values.trustees),
			PermissionLevel: values.permissionLevels,
			Modification: values.modification,
		};
		if (values.autoMap !== undefined) permission.AutoMap = values.autoMap;
		body.permissions = [permission];
	},
	refusals: [/^Could not find user /, /^No valid permission changes to process/, /^Skipped mailbox with missing userID/],
});
