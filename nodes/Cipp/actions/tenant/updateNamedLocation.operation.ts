import { requiredParameter } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import * as validate from '../common/validators';
import type { CippOperation } from '../types';

export const updateNamedLocation: CippOperation = {
	resource: 'tenant',
	value: 'updateNamedLocation',
	name: 'Update Named Location',
	action: 'Update a named location',
	description:
		'Change one Conditional Access named location: add or remove an IP range or a country, rename it, mark it trusted or untrusted, or delete it',
	endpoint: 'ExecNamedLocation',
	method: 'POST',
	access: 'write',
	role: 'Tenant.ConditionalAccess.ReadWrite',
	parameters: [
		tenantParameter('body'),
		requiredParameter(
			{
				displayName: 'Named Location ID',
				name: 'namedLocationId',
				type: 'string',
				default: '',
				placeholder: 'e.g. 0b6f8c2e-4a1d-4e7b-9c3f-5d2a8e1b7f40',
				description: 'The named location to change (its ID from Tenant → Get Many Named Locations)',
			},
			{ name: 'namedLocationId', in: 'body', validate: validate.guid },
		),
		{
			property: {
				displayName: 'Change',
				name: 'change',
				type: 'options',
				required: true,
				default: 'addIp',
				options: [
					{ name: 'Add Country', value: 'addLocation' },
					{ name: 'Add IP Range', value: 'addIp' },
					{ name: 'Delete', value: 'delete' },
					{ name: 'Mark Trusted', value: 'setTrusted' },
					{ name: 'Mark Untrusted', value: 'setUntrusted' },
					{ name: 'Remove Country', value: 'removeLocation' },
					{ name: 'Remove IP Range', value: 'removeIp' },
					{ name: 'Rename', value: 'rename' },
				],
				description: 'What to change',
			},
			send: { name: 'change', in: 'body' },
		},
		{
			property: {
				displayName: 'Value',
				name: 'input',
				type: 'string',
				default: '',
				placeholder: 'e.g. 203.0.113.0/24, US or Head Office',
				description: 'The IP range (CIDR), two-letter country code or new name the change needs; empty for delete and trust changes',
			},
			send: { name: 'input', in: 'body', encoding: 'labelValue' },
			optional: true,
			validate: validate.text,
		},
	],
	output: actionResult(),
};
