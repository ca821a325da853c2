import { additionalFields, idField } from '../common/fields';
import { actionResult } from '../common/readers';
import * as validate from '../common/validators';
import type { CippOperation } from '../types';

export const update: CippOperation = {
	resource: 'tenant',
	value: 'update',
	name: 'Update',
	action: "Update a tenant's CIPP settings",
	description:
		"Set a customer tenant's alias (the name CIPP shows) and its static tenant groups in CIPP. An empty alias removes the alias. Changes nothing in the tenant itself.",
	endpoint: 'EditTenant',
	method: 'POST',
	access: 'write',
	role: 'Tenant.Config.ReadWrite',
	parameters: [
		{
			property: {
				...idField('Tenant ID', 'customerId', 'e.g. 1032fa86-4e88-4c86-a902-b004920eb126', "The tenant's ID (customerId from Tenant → Get Many)"),
				required: true,
			},
			send: { name: 'customerId', in: 'body' },
			validate: validate.guid,
		},
		{
			property: {
				displayName: 'Tenant Alias',
				name: 'tenantAlias',
				type: 'string',
				default: '',
				placeholder: 'e.g. Contoso (Head Office)',
				description: 'The name CIPP shows for the tenant; leave empty to remove an existing alias',
			},
			send: { name: 'tenantAlias', in: 'body' },
			optional: true,
			validate: validate.text,
		},
		additionalFields([
			{
				property: {
					displayName: 'Tenant Groups',
					name: 'tenantGroups',
					type: 'json',
					default: '[]',
					placeholder: '[{"groupId": "0f6c...", "groupName": "Managed Services"}]',
					description:
						'The static CIPP tenant groups the tenant belongs to, as a JSON list of {groupId, groupName}; the tenant leaves static groups not listed',
				},
				send: { name: 'tenantGroups', in: 'body', encoding: 'json' },
			},
		]),
	],
	output: actionResult(),
};
