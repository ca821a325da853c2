import type { IDataObject } from 'n8n-workflow';

import { writes } from '../common/endpoints';
import { additionalFields, booleanField, choiceField, flag, guidText, pascalFlag, text } from '../common/fields';
import { actionResult, isRecord, records } from '../common/readers';
import * as validate from '../common/validators';
import type { CippOperation, StepContext, Validator } from '../types';

/** CIPP reads the allowed addresses as `IpRange.value`, a list. */
const ipRange: Validator = (value, check) => ({
	value: String(value)
		.split(/[,\n]/)
		.map((entry) => validate.text(entry, check))
		.filter((entry) => entry !== ''),
});

const resetSecret: Validator = (value) => ({ ResetSecret: value === true || String(value).toLowerCase() === 'true' });

/** Get-CippApiClient answers IPRange as a list, ['Any'] when the client has none. */
function storedIpRange(value: unknown): string[] {
	let list = value;
	if (typeof list === 'string') {
		try {
			list = JSON.parse(list);
		} catch {
			list = [];
		}
	}
	return (Array.isArray(list) ? list : [list])
		.map(String)
		.filter((entry) => entry !== '' && entry !== 'Any' && entry !== 'null' && entry !== 'undefined');
}

/**
 * CIPP's Create or Update of an existing client writes Role, IP range, Enabled and MCP Allowed from
 * the request, clearing each one left out (no role, any address, disabled, not MCP). For the ones
 * the user left out, the client's current values are read and sent back.
 */
async function withCurrentSettings(context: StepContext, body: IDataObject): Promise<IDataObject> {
	const list = await context.call({ method: 'GET', endpoint: 'ExecApiClient', qs: { Action: 'List' } }, manageApiClient.role);
	const current = records(list).find(
		(client) => isRecord(client) && String(client.ClientId ?? client.RowKey ?? '').toLowerCase() === String(body.ClientId).toLowerCase(),
	);
	// A Client ID that is not an API client yet is an app registration being added: nothing to keep.
	if (!current) return body;
	const kept: IDataObject = {};
	if (!('Role' in body) && typeof current.Role === 'string' && current.Role !== '')
		kept.Role = { value: current.Role, label: current.Role };
	const ips = storedIpRange(current.IPRange);
	if (!('IpRange' in body) && ips.length > 0) kept.IpRange = { value: ips };
	if (!('Enabled' in body)) kept.Enabled = current.Enabled === true || String(current.Enabled).toLowerCase() === 'true';
	if (!('MCPAllowed' in body)) kept.MCPAllowed = current.MCPAllowed === true || String(current.MCPAllowed).toLowerCase() === 'true';
	return { ...body, ...kept };
}

function required(context: StepContext, field: string, problem: string, fix: string): never {
	return validate.invalid({ node: context.node, field, itemIndex: context.itemIndex, access: 'write' }, problem, fix);
}

const DELETE_UNCONFIRMED =
	'CIPP did not confirm the deletion: it answers nothing when the Client ID is not one of its API clients. Check the Client ID with Get API Clients.';

export const manageApiClient: CippOperation = {
	resource: 'administration',
	value: 'manageApiClient',
	name: 'Manage API Client',
	action: 'Create, update, reset or delete a CIPP API client',
	description:
		"Create or update a CIPP API client (its Entra app, role and IP range), reset its secret, repair its identifier URI, delete it, or save the enabled clients to the Function App's authentication. A new secret comes back in copyField. Updating a client keeps the Role, IP Range, Enabled and MCP Allowed it has unless you give them (the node reads them first: CIPP itself would clear them). Enabled and MCP changes take effect after Save to Azure.",
	...writes('ExecApiClient', 'CIPP.Extension.ReadWrite'),
	parameters: [
		choiceField('Action', 'clientAction', 'What to do', 'Action', 'AddUpdate', [
			{ name: 'Create or Update', value: 'AddUpdate', description: 'Create a client (App Name) or update one (Client ID)' },
			{ name: 'Delete', value: 'Delete', description: 'Remove the client from CIPP (Client ID)' },
			{ name: 'Repair Identifier URI', value: 'RepairUri', description: 'Set api://{client ID} on the app (Client ID)' },
			{ name: 'Reset Secret', value: 'ResetSecret', description: 'Issue a new client secret (Client ID)' },
			{ name: 'Save to Azure', value: 'SaveToAzure', description: "Write the enabled clients into the Function App's authentication" },
		]),
		additionalFields([
			text('App Name', 'appName', 'Name of a new app registration to create (Create or Update)', 'AppName', {
				placeholder: 'e.g. n8n automation',
			}),
			guidText(
				'Client ID',
				'clientId',
				'Application (client) ID of an existing API client, from Get API Clients',
				'ClientId',
				'e.g. a9829363-2834-411e-bb93-bfb0d0ed2a5a',
			),
			text(
				'Role',
				'role',
				'CIPP role of the client: readonly, editor, admin, superadmin or a custom role name (at most your own permissions)',
				{ name: 'Role', in: 'body', encoding: 'labelValue' },
				{ placeholder: 'e.g. editor' },
			),
			text(
				'IP Range',
				'ipRange',
				'Addresses or CIDR ranges allowed to use the client, separated by commas; leave out for any',
				{ name: 'IpRange', in: 'body', encoding: 'json' },
				{ placeholder: 'e.g. 203.0.113.0/24, 198.51.100.7', check: ipRange },
			),
			pascalFlag('Enabled', 'enabled', 'Whether the client may call CIPP (only enabled clients are saved to Azure)'),
			flag('MCP Allowed', 'mcpAllowed', "Whether the client is configured as CIPP's MCP resource app", 'MCPAllowed'),
			booleanField(
				{
					displayName: 'Reset Secret on Update',
					name: 'resetSecret',
					description: 'Whether updating an existing client also issues a new secret',
				},
				{ name: 'CIPPAPI', in: 'body', encoding: 'json', validate: resetSecret },
			),
			pascalFlag('Remove App Registration', 'removeAppReg', 'Whether Delete also deletes the Entra app registration'),
		]),
	],
	// Test-CippApiClientRoleGrant's denials: Delete answers them as bare text, without a state.
	refusals: [
		/You do not have sufficient permissions to manage an API client/,
		/Unable to determine your roles/,
		/Unable to resolve your roles for authorization/,
		/cannot be assigned to an API client/,
		/The role '[^']*' does not exist/,
	],
	output: actionResult(),
	run: async (context) => {
		const action = String(context.values.clientAction);
		let body = context.request.body as IDataObject;
		if (action === 'AddUpdate' && !body.ClientId && !body.AppName) {
			// CIPP answers an empty list and does nothing.
			required(
				context,
				'App Name',
				'Create or Update needs App Name or Client ID.',
				'Enter App Name to create a client, or Client ID (from Get API Clients) to update one.',
			);
		}
		if (['Delete', 'ResetSecret', 'RepairUri'].includes(action) && !body.ClientId) {
			required(
				context,
				'Client ID',
				`${action} needs the Client ID of an API client.`,
				'Add Client ID (from Get API Clients) under Additional Fields.',
			);
		}
		if (action === 'AddUpdate' && body.ClientId) body = await withCurrentSettings(context, body);
		const answer = await context.call({ ...context.request, body }, manageApiClient.role);
		if (action === 'Delete') return actionResult({ emptyMeans: DELETE_UNCONFIRMED })(answer, context);
		return manageApiClient.output(answer, context);
	},
};
