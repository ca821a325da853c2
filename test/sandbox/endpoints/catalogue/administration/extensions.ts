/** CIPP extensions (CIPP/Extensions): config, connection tests, tenant mappings and sync tasks. */
import { randomBytes } from 'node:crypto';

import { isPlainObject } from '../../../http';
import type { HttpResult } from '../../../http';
import { psString } from '../../../powershell';
import { tenantListEntry } from '../../../tenantList';
import type { Endpoint } from '../../endpoint';
import { adminState, unixNow, writeLog } from './state';
import type { AdminState } from './state';

const EXTENSIONS = ['CFZTNA', 'GitHub', 'Gradient', 'HaloPSA', 'HIBP', 'Hudu', 'NinjaOne', 'PWPush', 'Sherweb'];
const NINJA_HOSTS = ['app.ninjarmm.com', 'eu.ninjarmm.com', 'oc.ninjarmm.com', 'ca.ninjarmm.com', 'us2.ninjarmm.com'];

const enabled = (data: AdminState, name: string): boolean => data.extensions[name]?.Enabled === true;

export const ExecExtensionsConfig: Endpoint = {
	name: 'ExecExtensionsConfig',
	role: 'CIPP.Extension.ReadWrite',
	handle(ctx) {
		const data = adminState(ctx.state);
		const config: Record<string, Record<string, unknown>> = {};
		for (const name of EXTENSIONS) {
			const value = ctx.fromBody(name);
			if (isPlainObject(value)) config[name] = { ...value };
		}
		const results: string[] = [];
		const ninja = config.NinjaOne;
		if (ninja?.Enabled === true) {
			const host = psString(ninja.Instance).replace('/ws', '').replace('https://', '');
			if (!NINJA_HOSTS.includes(host)) results.push(`Error: NinjaOne URL is not allowed. Allowed hostnames are: ${NINJA_HOSTS.join(', ')}`);
		}
		for (const settings of Object.values(config)) {
			if (settings.APIKey !== undefined && settings.APIKey !== '') settings.APIKey = 'SentToKeyVault';
			delete settings.ResetPassword;
		}
		data.extensions = config;
		writeLog(ctx.state, {
			Tenant: 'CIPP',
			API: 'ExecExtensionsConfig',
			Message: 'Saved extension configuration',
			Username: ctx.client.clientId,
			Severity: 'Info',
		});
		results.push('Successfully saved the extension configuration. ');
		return { status: 200, body: { Results: results.length === 1 ? results[0] : results } };
	},
};

/** Invoke-ListExtensionsConfig: the stored config as saved (API keys already "SentToKeyVault"), {} when there is none. */
export const ListExtensionsConfig: Endpoint = {
	name: 'ListExtensionsConfig',
	role: 'CIPP.Extension.Read',
	anyTenant: true,
	handle(ctx) {
		return { status: 200, body: JSON.parse(JSON.stringify(adminState(ctx.state).extensions)) as unknown };
	},
};

const CONNECTED: Record<string, string> = {
	HaloPSA: 'Successfully Connected to HaloPSA',
	Gradient: 'Successfully Connected to Gradient',
	NinjaOne: 'Successfully Connected to NinjaOne',
	Sherweb: 'Successfully Connected to Sherweb',
	HIBP: 'Successfully Connected to HIBP',
	Hudu: 'Successfully Connected to Hudu, version: 2.37.1',
	GitHub: 'Successfully connected to GitHub user: northstar-it using a Fine Grained PAT',
};

export const ExecExtensionTest: Endpoint = {
	name: 'ExecExtensionTest',
	role: 'CIPP.Extension.Read',
	anyTenant: true,
	handle(ctx) {
		const data = adminState(ctx.state);
		const name = ctx.fromQuery('extensionName') ?? '';
		let results: unknown;
		if (name === 'PWPush') {
			results = enabled(data, 'PWPush')
				? [
						{
							resultText: 'Successfully generated PWPush, hit the Copy to Clipboard button to retrieve the test.',
							copyField: `https://pwpush.com/p/${randomBytes(12).toString('base64url')}`,
							state: 'success',
						},
					]
				: 'PWPush is not enabled';
		} else if (name === 'CIPP-API') {
			results = 'You cannot test the CIPP-API from CIPP. Please check the documentation on how to test the CIPP-API.';
		} else if (name === 'HIBP' && !enabled(data, 'HIBP')) {
			results = 'Failed to connect: No API key found for HIBP. Line 75';
		} else if (CONNECTED[name]) {
			results = enabled(data, name) ? CONNECTED[name] : `Failed to connect to ${name}, check your API credentials and try again.`;
		}
		return { status: 200, body: results === undefined ? undefined : { Results: results } };
	},
};

function mappingRows(data: AdminState, extension: 'HaloPSA' | 'NinjaOne' | 'Hudu' | 'Sherweb', tenants: Array<Record<string, unknown>>) {
	return data.mappings[extension].flatMap((row) => {
		const tenant = tenants.find((entry) => entry.RowKey === row.RowKey);
		return tenant
			? [
					{
						TenantId: tenant.customerId,
						Tenant: tenant.displayName,
						TenantDomain: tenant.defaultDomainName,
						IntegrationId: row.IntegrationId,
						IntegrationName: row.IntegrationName,
					},
				]
			: [];
	});
}

/** What PowerShell's psobject.properties lists for an array (an object[] from a JSON list). */
const ARRAY_PROPERTIES = ['Length', 'LongLength', 'Rank', 'SyncRoot', 'IsReadOnly', 'IsFixedSize', 'IsSynchronized', 'Count'];

/** Set-<Extension>Mapping: the stored mapping is deleted, then every row with a TenantId is saved. */
function saveMapping(data: AdminState, extension: string, body: unknown): HttpResult {
	const table = (['HaloPSA', 'Hudu', 'NinjaOne', 'Sherweb'] as const).find((name) => name === extension);
	const fields = (['HuduFields', 'NinjaOneFields'] as const).find((name) => name === extension);
	if (fields) {
		// Set-ExtensionFieldMapping / Set-NinjaOneFieldMapping: one row per property of the body, upserted,
		// nothing deleted. A JSON list's properties are the array's own (Length, Count, ...).
		const entries: Array<[string, unknown]> = Array.isArray(body)
			? ARRAY_PROPERTIES.map((name) => [name, undefined])
			: isPlainObject(body)
				? Object.entries(body)
				: [];
		for (const [name, value] of entries) {
			const row = {
				RowKey: name,
				IntegrationId: psString(isPlainObject(value) ? value.value : undefined),
				IntegrationName: psString(isPlainObject(value) ? value.label : undefined),
			};
			data.fieldMappings[fields] = [...data.fieldMappings[fields].filter((existing) => existing.RowKey !== name), row];
		}
		return { status: 200, body: { Results: 'Successfully edited mapping table.' } };
	}
	if (!table) return { status: 200, body: { Results: 'Successfully edited mapping table.' } };
	const rows = (Array.isArray(body) ? body : [body]).filter(
		(row): row is Record<string, unknown> => isPlainObject(row) && Boolean(row.TenantId),
	);
	data.mappings[table] = rows.map((row) => ({
		RowKey: String(row.TenantId),
		IntegrationId: String(row.IntegrationId ?? ''),
		IntegrationName: String(row.IntegrationName ?? ''),
	}));
	return { status: 200, body: { Results: 'Successfully edited mapping table.' } };
}

/** Get-ExtensionMapping of a field-mapping partition: the stored rows as they are. */
const fieldRows = (data: AdminState, fields: 'HuduFields' | 'NinjaOneFields') =>
	data.fieldMappings[fields].map((row) => ({ PartitionKey: `${fields.replace('Fields', 'Field')}Mapping`, ...row }));

export const ExecExtensionMapping: Endpoint = {
	name: 'ExecExtensionMapping',
	role: 'CIPP.Extension.ReadWrite',
	anyTenant: true,
	handle(ctx) {
		const data = adminState(ctx.state);
		const tenants = ctx.state.tenants.map(tenantListEntry);
		const addMapping = ctx.fromQuery('AddMapping');
		if (addMapping) return saveMapping(data, addMapping, ctx.body);
		const list = ctx.fromQuery('List');
		const failure = (extension: string) => ({
			status: 500,
			body: `Mapping API failed. Could not get ${extension} configuration: the extension is not enabled.`,
		});
		switch (list) {
			case 'HaloPSA':
				// Get-HaloMapping: a failure to reach HaloPSA (here: no Client ID saved, Get-HaloToken's
				// "No Halo configuration"; Enabled is not checked) is still HTTP 200, with one fake company of id -1.
				return {
					status: 200,
					body: {
						Companies: psString(data.extensions.HaloPSA?.ClientID)
							? [
									{ name: 'Contoso Ltd', value: '12' },
									{ name: 'Fabrikam, Inc.', value: '27' },
									{ name: 'Northwind Traders', value: '31' },
								]
							: [{ name: 'Could not get HaloPSA Clients, error: No Halo configuration', value: '-1' }],
						Mappings: mappingRows(data, 'HaloPSA', tenants),
					},
				};
			case 'HaloPSAFields':
				return {
					status: 200,
					body: {
						TicketTypes: [
							{ label: 'Incident', value: 31 },
							{ label: 'Service Request', value: 32 },
						],
						Outcomes: [{ label: 'Resolved', value: 5 }],
						Priorities: [{ label: 'P3 - Normal', value: 3 }],
					},
				};
			case 'Hudu':
				return enabled(data, 'Hudu')
					? {
							status: 200,
							body: {
								Companies: [
									{ name: 'Contoso', value: '8' },
									{ name: 'Woodgrove Bank', value: '15' },
								],
								Mappings: mappingRows(data, 'Hudu', tenants),
							},
						}
					: failure('Hudu');
			case 'HuduFields':
				return {
					status: 200,
					body: {
						CIPPFields: [{ FieldName: 'Users', FieldLabel: 'Asset layout for M365 users' }],
						IntegrationFields: [{ name: 'People', value: '2' }],
						Mappings: fieldRows(data, 'HuduFields'),
					},
				};
			case 'NinjaOne':
				return enabled(data, 'NinjaOne')
					? { status: 200, body: { Companies: [], Mappings: mappingRows(data, 'NinjaOne', tenants) } }
					: failure('NinjaOne');
			case 'NinjaOneFields':
				return enabled(data, 'NinjaOne')
					? { status: 200, body: { Companies: [], Mappings: fieldRows(data, 'NinjaOneFields') } }
					: failure('NinjaOne');
			case 'Sherweb':
				return enabled(data, 'Sherweb') ? { status: 200, body: { Companies: [], Mappings: [] } } : failure('Sherweb');
			case 'PWPushFields':
				return {
					status: 200,
					body: {
						Accounts: enabled(data, 'PWPush')
							? [{ name: 'Northstar IT', value: '1' }]
							: [{ name: 'PWPush Pro is not enabled or configured. Make sure to save the configuration first.', value: '-1' }],
					},
				};
			default:
				return { status: 200, body: undefined };
		}
	},
};

export const ExecExtensionSync: Endpoint = {
	name: 'ExecExtensionSync',
	role: 'CIPP.Extension.ReadWrite',
	handle(ctx) {
		const data = adminState(ctx.state);
		let results: string | undefined;
		switch (ctx.fromQuery('Extension')) {
			case 'Gradient':
				// No stored config: ConvertFrom-Json of $null throws into the catch, still HTTP 200.
				if (Object.keys(data.extensions).length === 0)
					results = "Could not start Gradient Sync: Cannot bind argument to parameter 'InputObject' because it is null.";
				else if (enabled(data, 'Gradient') && data.extensions.Gradient?.BillingEnabled === true)
					results = 'Successfully queued Gradient Sync';
				break;
			case 'NinjaOne': {
				const mapped = data.mappings.NinjaOne.filter((row) => row.IntegrationId !== '');
				const tenantId = ctx.fromQuery('TenantID');
				if (tenantId) {
					const tenant = mapped.find((row) => row.RowKey === tenantId);
					results = tenant ? `NinjaOne Synchronization Queued for ${tenant.IntegrationName}` : 'Tenant was not found.';
				} else {
					results = `NinjaOne Synchronization Queuing ${mapped.length} Tenants`;
				}
				break;
			}
			case 'Hudu':
				for (const task of data.tasks.filter((candidate) => candidate.SyncType === 'Hudu')) {
					task.TaskState = 'Planned';
					task.ScheduledTime = unixNow() + 900;
				}
				results = 'Extension sync tasks have been rescheduled and will start within 15 minutes';
				break;
		}
		return { status: 200, body: results === undefined ? undefined : { Results: results } };
	},
};

export const ListExtensionSync: Endpoint = {
	name: 'ListExtensionSync',
	role: 'CIPP.Extension.Read',
	anyTenant: true,
	handle(ctx) {
		const tasks = adminState(ctx.state)
			.tasks.filter((task) => task.Hidden && task.Command.includes('CippExtension'))
			.map((task) => ({
				RowKey: task.RowKey,
				PartitionKey: task.PartitionKey,
				Tenant: task.Tenant,
				Name: task.Name,
				SyncType: task.SyncType,
				ScheduledTime: task.ScheduledTime,
				ExecutedTime: task.ExecutedTime,
				RepeatsEvery: task.Recurrence,
				Results: task.Results ? (JSON.parse(task.Results) as unknown) : task.Results,
			}));
		return { status: 200, body: JSON.stringify(tasks, null, 2) };
	},
};
