import type { INodeProperties } from 'n8n-workflow';

import * as validate from '../../helpers/validation';
import type { SendTo } from '../types';

/** The group kinds CIPP creates, as its group form names them (groups and group templates). */
export const NEW_GROUP_TYPES = [
	{ name: 'Distribution List', value: 'distribution' },
	{ name: 'Dynamic Distribution List', value: 'dynamicdistribution' },
	{ name: 'Dynamic Security Group', value: 'dynamic' },
	{ name: 'Mail-Enabled Security Group', value: 'security' },
	{ name: 'Microsoft 365 Group', value: 'm365' },
	{ name: 'Role-Assignable Security Group', value: 'azurerole' },
	{ name: 'Security Group', value: 'generic' },
];

/** The optional settings groups and group templates share, with CIPP's field names. */
export const groupSettings: Array<{ property: INodeProperties; send: SendTo }> = [
	{
		property: { displayName: 'Description', name: 'description', type: 'string', default: '', description: "The group's description" },
		send: { name: 'description', in: 'body', validate: validate.longText },
	},
	{
		property: {
			displayName: 'Membership Rule',
			name: 'membershipRules',
			type: 'string',
			default: '',
			placeholder: 'e.g. (user.department -eq "Sales")',
			description: 'For dynamic groups: the membership rule (Entra syntax) or, for dynamic distribution lists, the recipient filter',
		},
		send: { name: 'membershipRules', in: 'body', validate: validate.longText },
	},
	{
		property: {
			displayName: 'Allow External Senders',
			name: 'allowExternal',
			type: 'boolean',
			default: false,
			description: 'Whether people outside the organisation may email the group (distribution lists)',
		},
		send: { name: 'allowExternal', in: 'body', encoding: 'boolean' },
	},
	{
		property: {
			displayName: 'Hide From GAL',
			name: 'hideFromGAL',
			type: 'boolean',
			default: false,
			description: 'Whether the distribution list is hidden from the global address list',
		},
		send: { name: 'hideFromGAL', in: 'body', encoding: 'boolean' },
	},
	{
		property: {
			displayName: 'Email Aliases',
			name: 'aliases',
			type: 'string',
			typeOptions: { rows: 3 },
			default: '',
			placeholder: 'e.g. sales-team@contoso.com',
			description: 'For distribution lists: more email addresses, one per line',
		},
		send: {
			name: 'aliases',
			in: 'body',
			validate: (value, check) =>
				String(value)
					.split(/[\n,]/)
					.map((alias) => alias.trim())
					.filter(Boolean)
					.map((alias) => validate.text(alias, check))
					.join('\n'),
		},
	},
	{
		property: {
			displayName: 'Licences',
			name: 'licenses',
			type: 'string',
			default: '',
			placeholder: 'e.g. cbdc14ab-d96c-4c30-b9f4-6ada7cdc1d46',
			description: 'For security groups: licence SKU IDs to assign through the group, separated by commas',
		},
		send: { name: 'licenses', in: 'body', encoding: 'labelValueList' },
	},
];
