import { additionalFields } from '../common/fields';
import { groupParameter, tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import * as validate from '../common/validators';
import { userReferences, usersField } from '../shared/group';
import type { CippOperation } from '../types';

const boolean = (displayName: string, name: string, description: string) => ({
	property: { displayName, name, type: 'boolean' as const, default: true, description },
	send: { name, in: 'body' as const, encoding: 'boolean' as const },
});

export const update: CippOperation = {
	resource: 'group',
	value: 'update',
	name: 'Update',
	action: 'Update a group',
	description:
		"Change a group: add or remove members and owners, rename it, change its description, rule or licences, and its Exchange settings. One item per call with CIPP's message for each change; any failed change fails the item.",
	endpoint: 'EditGroup',
	method: 'POST',
	access: 'write',
	role: 'Identity.Group.ReadWrite',
	parameters: [
		tenantParameter('body'),
		groupParameter({ name: 'groupId', in: 'body', encoding: 'labelValue' }),
		additionalFields([
			{
				property: usersField('Add Members', 'addMembers', 'Users to add as members: user principal names or object IDs, separated by commas'),
				send: { name: 'AddMember', in: 'body', encoding: 'json', validate: userReferences({ resolve: true }) },
			},
			{
				property: usersField(
					'Remove Members',
					'removeMembers',
					'Members to remove, separated by commas: object IDs (user principal names work only for distribution lists and mail-enabled security groups)',
				),
				send: { name: 'RemoveMember', in: 'body', encoding: 'json', validate: userReferences({ resolve: false }) },
			},
			{
				property: usersField(
					'Add Owners',
					'addOwners',
					'Users to add as owners, separated by commas: object IDs (user principal names work only for distribution lists and mail-enabled security groups)',
				),
				send: { name: 'AddOwner', in: 'body', encoding: 'json', validate: userReferences({ resolve: false }) },
			},
			{
				property: usersField(
					'Remove Owners',
					'removeOwners',
					'Owners to remove, separated by commas: object IDs (user principal names work only for distribution lists and mail-enabled security groups)',
				),
				send: { name: 'RemoveOwner', in: 'body', encoding: 'json', validate: userReferences({ resolve: false }) },
			},
			{
				property: {
					displayName: 'Add Contacts',
					name: 'addContacts',
					type: 'string',
					default: '',
					placeholder: 'e.g. partner@fabrikam.com',
					description: 'Mail contacts to add (distribution lists and mail-enabled security groups): email addresses or IDs, separated by commas',
				},
				send: { name: 'AddContact', in: 'body', encoding: 'labelValueList' },
			},
			{
				property: {
					displayName: 'Remove Contacts',
					name: 'removeContacts',
					type: 'string',
					default: '',
					placeholder: 'e.g. partner@fabrikam.com',
					description: 'Mail contacts to remove (distribution lists and mail-enabled security groups): email addresses or IDs, separated by commas',
				},
				send: { name: 'RemoveContact', in: 'body', encoding: 'labelValueList' },
			},
			{
				property: { displayName: 'Display Name', name: 'displayName', type: 'string', default: '', placeholder: 'e.g. Sales Team', description: 'A new name for the group' },
				send: { name: 'displayName', in: 'body', validate: validate.text },
			},
			{
				property: { displayName: 'Description', name: 'description', type: 'string', default: '', description: 'A new description' },
				send: { name: 'description', in: 'body', validate: validate.longText },
			},
			{
				property: { displayName: 'Alias', name: 'mailNickname', type: 'string', default: '', placeholder: 'e.g. sales', description: 'A new mail nickname' },
				send: { name: 'mailNickname', in: 'body', validate: validate.text },
			},
			{
				property: {
					displayName: 'Membership Rule',
					name: 'membershipRules',
					type: 'string',
					default: '',
					placeholder: 'e.g. (user.department -eq "Sales")',
					description: 'A new membership rule (dynamic groups)',
				},
				send: { name: 'membershipRules', in: 'body', validate: validate.longText },
			},
			{
				property: {
					displayName: 'Visibility',
					name: 'visibility',
					type: 'options',
					default: 'Private',
					options: [
						{ name: 'Hidden Membership', value: 'HiddenMembership' },
						{ name: 'Private', value: 'Private' },
						{ name: 'Public', value: 'Public' },
					],
					description: 'Who can see a Microsoft 365 group and its content',
				},
				send: { name: 'visibility', in: 'body' },
			},
			{
				property: {
					displayName: 'Group Email',
					name: 'mail',
					type: 'string',
					default: '',
					placeholder: 'e.g. sales@contoso.com',
					description: "The group's email address: needed with Allow External Senders and Send Copies",
				},
				send: { name: 'mail', in: 'body', validate: validate.text },
			},
			boolean('Allow External Senders', 'allowExternal', 'Whether people outside the organisation may email the group (needs Group Email)'),
			boolean('Send Copies', 'sendCopies', "Whether members of a Microsoft 365 group get the group's email and events in their own inbox"),
			boolean('Hide From Outlook', 'hideFromOutlookClients', 'Whether the Microsoft 365 group is hidden from Outlook'),
			{
				property: {
					displayName: 'Add Licences',
					name: 'addLicenses',
					type: 'string',
					default: '',
					placeholder: 'e.g. cbdc14ab-d96c-4c30-b9f4-6ada7cdc1d46',
					description: 'Licence SKU IDs to assign through the security group, separated by commas',
				},
				send: { name: 'AddLicenses', in: 'body', encoding: 'labelValueList' },
			},
			{
				property: {
					displayName: 'Remove Licences',
					name: 'removeLicenses',
					type: 'string',
					default: '',
					placeholder: 'e.g. cbdc14ab-d96c-4c30-b9f4-6ada7cdc1d46',
					description: 'Licence SKU IDs to stop assigning through the security group, separated by commas',
				},
				send: { name: 'RemoveLicenses', in: 'body', encoding: 'labelValueList' },
			},
		]),
	],
	output: actionResult(),
};
