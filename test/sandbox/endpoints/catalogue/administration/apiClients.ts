/** Invoke-ExecApiClient (CIPP/Settings): API clients in the ApiClients table and their Entra apps. */
import { randomBytes, randomUUID } from 'node:crypto';

import { allowedPermissions } from '../../../access';
import { fixtures } from '../../../fixtures';
import type { ApiClient } from '../../../fixtures';
import { getIgnoreCase } from '../../../http';
import { coalesce, psString } from '../../../powershell';
import type { Endpoint, EndpointContext } from '../../endpoint';
import { adminState, writeLog } from './state';
import type { AdminState, ApiClientRow } from './state';

const IP_PATTERN = /^(?:(?:[0-9]{1,3}\.){3}[0-9]{1,3}(?:\/\d{1,2})?|(?:[0-9A-Fa-f]{1,4}:){1,7}[0-9A-Fa-f]{1,4}(?:\/\d{1,3})?)$/;
const BASE_ROLES = ['readonly', 'editor', 'admin', 'superadmin'];

const newSecret = (): string => `${randomBytes(3).toString('hex').slice(0, 3)}8Q~${randomBytes(27).toString('base64url').slice(0, 36)}`;

/** Test-CippApiClientRoleGrant: a caller may only grant or manage roles within its own permissions. */
function roleGrantDenial(caller: ApiClient, roles: string[]): string | undefined {
	if (caller.role === 'superadmin') return undefined;
	const own = new Set(allowedPermissions(caller));
	const targets = [...new Set(roles.map((role) => role.trim() || 'cipp-api'))];
	for (const target of targets) {
		if (['anonymous', 'authenticated'].includes(target)) return `The role '${target}' cannot be assigned to an API client.`;
		const custom = fixtures.customRoles[target];
		if (!BASE_ROLES.includes(target) && target !== 'cipp-api' && !custom) return `The role '${target}' does not exist.`;
		const granted = BASE_ROLES.includes(target) ? allowedPermissions({ ...caller, role: target }) : (custom?.permissions ?? []);
		if (granted.some((permission) => !own.has(permission))) {
			return `You do not have sufficient permissions to manage an API client with the '${target}' role; it grants permissions beyond your own.`;
		}
	}
	return undefined;
}

const clientIdOf = (value: unknown): string => psString(coalesce(getIgnoreCase(value, 'value'), value));

function addUpdate(ctx: EndpointContext, data: AdminState): unknown {
	const role = psString(getIgnoreCase(ctx.fromBody('Role'), 'value'));
	const clientId = clientIdOf(ctx.fromBody('ClientId'));
	const existing = data.apiClients.find((c) => c.RowKey === clientId);
	const denial = roleGrantDenial(ctx.client, existing ? [role, existing.Role] : [role]);
	if (denial) return [{ resultText: denial, state: 'error' }];

	const appName = psString(ctx.fromBody('AppName'));
	if (!clientId && !appName) return { Results: [] };
	if (clientId && !data.appRegistrations.some((app) => app.appId === clientId)) {
		return {
			Results: [
				{
					resultText: `Could not modify App Registrations. Check the CIPP documentation for API requirements. Error: Resource '${clientId}' does not exist or one of its queried reference-property objects are not present.`,
					state: 'error',
				},
			],
		};
	}
	const results: unknown[] = [];
	const ipErrors: string[] = [];
	const ips = [getIgnoreCase(ctx.fromBody('IpRange'), 'value')].flat().filter((ip) => ip !== undefined && ip !== null && ip !== '');
	const ipRange = ips
		.map((ip) => psString(ip).trim())
		.filter((ip) => IP_PATTERN.test(ip) || !ipErrors.push(`'${ip}' is not a valid IP address or CIDR range.`));
	const enabled = coalesce(ctx.fromBody('Enabled'), false) as boolean;
	const mcpAllowed = Boolean(coalesce(ctx.fromBody('MCPAllowed'), false));
	if (existing) {
		Object.assign(existing, { Role: role, IPRange: JSON.stringify(ipRange), Enabled: enabled, MCPAllowed: mcpAllowed });
		const reset = getIgnoreCase(ctx.fromBody('CIPPAPI'), 'ResetSecret') === true;
		results.push(
			reset
				? {
						resultText: `API client updated and application secret reset for '${existing.AppName}'. Use the Copy to Clipboard button to retrieve the new secret.`,
						copyField: newSecret(),
						state: 'success',
					}
				: 'API client updated',
		);
		writeLog(ctx.state, {
			Tenant: 'CIPP',
			API: 'ExecApiClient',
			Message: `Updated API client ${clientId}`,
			Username: ctx.client.clientId,
			Severity: 'Info',
		});
	} else {
		const id = clientId || randomUUID();
		const name = appName || psString(data.appRegistrations.find((app) => app.appId === id)?.displayName);
		if (!clientId)
			data.appRegistrations.push({
				appId: id,
				displayName: name,
				createdDateTime: new Date().toISOString(),
				api: {},
				web: { redirectUris: [] },
				passwordCredentials: [],
			});
		const row: ApiClientRow = {
			RowKey: id,
			AppName: name,
			Role: role,
			IPRange: JSON.stringify(ipRange),
			Enabled: enabled,
			MCPAllowed: mcpAllowed,
		};
		data.apiClients.push(row);
		results.push({
			resultText: `API Client created with the name '${name}'. Use the Copy to Clipboard button to retrieve the secret.`,
			copyField: newSecret(),
			state: 'success',
		});
	}
	for (const error of ipErrors) results.push({ resultText: error, state: 'warning' });
	return results;
}

function withClient(ctx: EndpointContext, data: AdminState, act: (client: ApiClientRow) => unknown): unknown {
	const client = data.apiClients.find((c) => c.RowKey === psString(ctx.fromBody('ClientId')));
	if (!client) return [{ resultText: 'API client not found', state: 'error' }];
	return act(client);
}

/** Get-CippApiClient: the row's IPRange JSON parsed (unreadable or blank: ['Any']), MCPAllowed as a boolean. */
function listed(client: ApiClientRow): Record<string, unknown> {
	let ipRange: unknown = ['Any'];
	try {
		if (client.IPRange) ipRange = [JSON.parse(client.IPRange)].flat();
	} catch {
		ipRange = ['Any'];
	}
	return {
		ClientId: client.RowKey,
		AppName: client.AppName,
		Role: client.Role || null,
		IPRange: ipRange,
		Enabled: client.Enabled,
		MCPAllowed: Boolean(client.MCPAllowed),
	};
}

export const ExecApiClient: Endpoint = {
	name: 'ExecApiClient',
	role: 'CIPP.Extension.ReadWrite',
	handle(ctx) {
		const data = adminState(ctx.state);
		const action = psString(coalesce(ctx.fromQuery('Action'), ctx.fromBody('Action')));
		let body: unknown;
		switch (action.toLowerCase()) {
			case 'list':
				body = data.apiClients.length ? { Results: data.apiClients.map(listed) } : undefined;
				break;
			case 'listavailable':
				body = { Results: data.appRegistrations };
				break;
			case 'getazureconfiguration':
				body = {
					Results: {
						ApiUrl: `https://${data.siteName}.azurewebsites.net`,
						TenantID: ctx.state.tenants.find((t) => t.isPartner)?.customerId,
						ClientIDs: data.apiClients.filter((c) => c.Enabled).map((c) => c.RowKey),
						Enabled: true,
					},
				};
				break;
			case 'addupdate':
				body = addUpdate(ctx, data);
				break;
			case 'savetoazure':
				body = { Results: 'API clients saved to Azure' };
				break;
			case 'resetsecret':
				body = withClient(ctx, data, (client) => {
					const denial = roleGrantDenial(ctx.client, [client.Role]);
					if (denial) return [{ resultText: denial, state: 'error' }];
					return [
						{
							resultText: `API secret reset for ${client.AppName}. Use the Copy to Clipboard button to retrieve the new secret.`,
							copyField: newSecret(),
							state: 'success',
						},
					];
				});
				break;
			case 'repairuri':
				body = withClient(ctx, data, (client) => [
					{ resultText: `Identifier URI already correct for ${client.AppName}. Identifier URI is api://${client.RowKey}`, state: 'info' },
				]);
				break;
			case 'delete': {
				const clientId = clientIdOf(ctx.fromBody('ClientId'));
				const index = data.apiClients.findIndex((c) => c.RowKey === clientId);
				// Without a Client ID CIPP answers its "not found" text (with the empty ID); with an
				// unknown one, Remove-CIPPAzDataTableEntity gets $null and throws, and the catch only logs:
				// the body is empty.
				if (!clientId) {
					body = { Results: `API client ${clientId} not found or not a valid CIPP-API application` };
					break;
				}
				if (index < 0) break;
				const denial = roleGrantDenial(ctx.client, [data.apiClients[index].Role]);
				if (denial) {
					body = { Results: denial };
					break;
				}
				data.apiClients.splice(index, 1);
				if (ctx.fromBody('RemoveAppReg') === true) data.appRegistrations = data.appRegistrations.filter((app) => app.appId !== clientId);
				body = { Results: `API client ${clientId} deleted` };
				break;
			}
			default:
				body = { Results: 'Invalid action' };
		}
		return { status: 200, body };
	},
};
