import { additionalFields, booleanField, textField } from '../common/fields';
import { actionResult } from '../common/readers';
import * as validate from '../common/validators';
import type { CippOperation, Validator } from '../types';

/** CIPP reads the allowed addresses as `IpRange.value`, a list. */
const ipRange: Validator = (value, check) => ({
	value: String(value)
		.split(/[,\n]/)
		.map((entry) => validate.text(entry, check))
		.filter((entry) => entry !== ''),
});

const resetSecret: Validator = (value) => ({ ResetSecret: value === true || String(value).toLowerCase() === 'true' });

export const manageApiClient: CippOperation = {
	resource: 'administration',
	value: 'manageApiClient',
	name: 'Manage API Client',
	action: 'Create, update, reset or delete a CIPP API client',
	description:
		"Create or update a CIPP API client (its Entra app, role and IP range), reset its secret, repair its identifier URI, delete it, or save the enabled clients to the Function App's authentication. A new secret comes back in copyField.",
	endpoint: 'ExecApiClient',
	method: 'POST',
	access: 'write',
	role: 'CIPP.Extension.ReadWrite',
	parameters: [
		{
			property: {
				displayName: 'Action',
				name: 'clientAction',
				type: 'options',
				default: 'AddUpdate',
				options: [
					{ name: 'Create or Update', value: 'AddUpdate', description: 'Create a client (App Name) or update one (Client ID)' },
					{ name: 'Delete', value: 'Delete', description: 'Remove the client from CIPP (Client ID)' },
					{ name: 'Repair Identifier URI', value: 'RepairUri', description: 'Set api://{client ID} on the app (Client ID)' },
					{ name: 'Reset Secret', value: 'ResetSecret', description: 'Issue a new client secret (Client ID)' },
					{ name: 'Save to Azure', value: 'SaveToAzure', description: "Write the enabled clients into the Function App's authentication" },
				],
				description: 'What to do',
			},
			send: { name: 'Action', in: 'body' },
		},
		additionalFields([
			textField(
				{ displayName: 'App Name', name: 'appName', placeholder: 'e.g. n8n automation', description: 'Name of a new app registration to create (Create or Update)' },
				{ name: 'AppName', in: 'body' },
			),
			textField(
				{
					displayName: 'Client ID',
					name: 'clientId',
					placeholder: 'e.g. a9829363-2834-411e-bb93-bfb0d0ed2a5a',
					description: 'Application (client) ID of an existing API client, from Get API Clients',
				},
				{ name: 'ClientId', in: 'body' },
				validate.guid,
			),
			{
				property: {
					displayName: 'Role',
					name: 'role',
					type: 'string',
					default: '',
					placeholder: 'e.g. editor',
					description: 'CIPP role of the client: readonly, editor, admin, superadmin or a custom role name (at most your own permissions)',
				},
				send: { name: 'Role', in: 'body', encoding: 'labelValue', validate: validate.text },
			},
			textField(
				{
					displayName: 'IP Range',
					name: 'ipRange',
					placeholder: 'e.g. 203.0.113.0/24, 198.51.100.7',
					description: 'Addresses or CIDR ranges allowed to use the client, separated by commas; leave out for any',
				},
				{ name: 'IpRange', in: 'body', encoding: 'json' },
				ipRange,
			),
			booleanField({ displayName: 'Enabled', name: 'enabled', description: 'Whether the client may call CIPP (only enabled clients are saved to Azure)' }, { name: 'Enabled', in: 'body' }),
			booleanField({ displayName: 'MCP Allowed', name: 'mcpAllowed', description: "Whether the client is configured as CIPP's MCP resource app" }, { name: 'MCPAllowed', in: 'body' }),
			{
				property: {
					displayName: 'Reset Secret on Update',
					name: 'resetSecret',
					type: 'boolean',
					default: false,
					description: 'Whether updating an existing client also issues a new secret',
				},
				send: { name: 'CIPPAPI', in: 'body', encoding: 'json', validate: resetSecret },
			},
			booleanField(
				{ displayName: 'Remove App Registration', name: 'removeAppReg', description: 'Whether Delete also deletes the Entra app registration' },
				{ name: 'RemoveAppReg', in: 'body' },
			),
		]),
	],
	output: actionResult(),
};
