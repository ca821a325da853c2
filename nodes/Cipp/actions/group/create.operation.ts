import { additionalFields, requiredParameter } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import * as validate from '../common/validators';
import { NEW_GROUP_TYPES, groupSettings } from '../shared/group';
import type { CippOperation } from '../types';

export const create: CippOperation = {
	resource: 'group',
	value: 'create',
	name: 'Create',
	action: 'Create a group',
	description:
		'Create a group in a tenant: security (optionally role-assignable or dynamic), Microsoft 365, distribution list, dynamic distribution list or mail-enabled security, with owners and members',
	endpoint: 'AddGroup',
	method: 'POST',
	access: 'write',
	role: 'Identity.Group.ReadWrite',
	parameters: [
		tenantParameter('body'),
		requiredParameter(
			{ displayName: 'Display Name', name: 'displayName', type: 'string', default: '', placeholder: 'e.g. Sales Team', description: "The group's name" },
			{ name: 'displayName', in: 'body' },
		),
		requiredParameter(
			{
				displayName: 'Alias',
				name: 'username',
				type: 'string',
				default: '',
				placeholder: 'e.g. sales',
				description: 'The mail nickname; mail-enabled groups get alias@domain as their address',
			},
			{ name: 'username', in: 'body' },
		),
		{
			property: { displayName: 'Group Type', name: 'groupType', type: 'options', required: true, default: 'm365', options: NEW_GROUP_TYPES, description: 'The kind of group to create' },
			send: { name: 'groupType', in: 'body' },
		},
		additionalFields([
			...groupSettings,
			{
				property: {
					displayName: 'Domain',
					name: 'primDomain',
					type: 'string',
					default: '',
					placeholder: 'e.g. contoso.com',
					description: "The domain of the group's address (default: the tenant's domain as given above)",
				},
				send: { name: 'primDomain', in: 'body', encoding: 'labelValue', validate: validate.text },
			},
			{
				property: {
					displayName: 'Owners',
					name: 'owners',
					type: 'string',
					default: '',
					placeholder: 'e.g. jane.doe@contoso.com',
					description: 'Owners: user principal names or object IDs, separated by commas',
				},
				send: { name: 'owners', in: 'body', encoding: 'labelValueList' },
			},
			{
				property: {
					displayName: 'Members',
					name: 'members',
					type: 'string',
					default: '',
					placeholder: 'e.g. jane.doe@contoso.com, john.smith@contoso.com',
					description: 'Members (not for dynamic groups): user principal names or object IDs, separated by commas',
				},
				send: { name: 'members', in: 'body', encoding: 'labelValueList' },
			},
			{
				property: {
					displayName: 'Subscribe Members',
					name: 'subscribeMembers',
					type: 'boolean',
					default: false,
					description: "Whether members of a Microsoft 365 group get the group's email and events in their own inbox",
				},
				send: { name: 'subscribeMembers', in: 'body', encoding: 'boolean' },
			},
			{
				property: {
					displayName: 'Disable Nesting',
					name: 'disableNesting',
					type: 'boolean',
					default: false,
					description: 'Whether the security group may not be nested in other groups',
				},
				send: { name: 'disableNesting', in: 'body', encoding: 'boolean' },
			},
		]),
	],
	output: actionResult(),
};
