/**
 * Intune apps and CIPP's app queue: Invoke-ListApps, -ExecAssignApp, -RemoveApp, -AddChocoApp,
 * -AddStoreApp, -AddMSPApp, -AddOfficeApp, -ListApplicationQueue, -RemoveQueuedApp, -ExecAppUpload.
 */
import { allowedTenantIds } from '../../../access';
import { stableGuid } from '../../../directory';
import type { SandboxState } from '../../../fixtures';
import { GraphError, normalizeGraphError } from '../../../graph';
import { getIgnoreCase, isPlainObject } from '../../../http';
import type { HttpResult } from '../../../http';
import { coalesce, convertToBoolean, psList, psString } from '../../../powershell';
import { cippTenants } from '../../../tenantList';
import type { Endpoint, EndpointContext } from '../../endpoint';
import { assign, standardList } from './assignments';
import type { IntuneObject, QueuedApp } from './data';
import { describeAssignments, findIn, intuneData, intuneTenant, removeFrom, reportTenant, withoutTenant } from './data';

function listedApp(state: SandboxState, app: IntuneObject) {
	const tenant = intuneTenant(state, app.tenantId, { authCheck: false });
	const described = describeAssignments(state, tenant, app.assignments, true);
	return { ...withoutTenant(app), AppAssignment: described.include, AppExclude: described.exclude };
}

const ListApps: Endpoint = {
	name: 'ListApps',
	role: 'Endpoint.Application.Read',
	handle(ctx) {
		const tenantFilter = ctx.fromQuery('TenantFilter');
		const apps = intuneData(ctx.state).apps;
		try {
			if (tenantFilter === 'AllTenants' || ctx.fromQuery('UseReportDB') === 'true') {
				// Get-CIPPIntuneApplicationReport: the cached report, one row per tenant and app. A tenant with
				// no cached apps (none, or never synced) throws, which the endpoint answers as HTTP 500 [message];
				// for AllTenants such tenants are skipped.
				const single = tenantFilter === 'AllTenants' ? undefined : reportTenant(ctx.state, tenantFilter);
				const tenants = tenantFilter === 'AllTenants' ? cippTenants(ctx.state) : single ? [single] : [];
				const rows = tenants.flatMap((tenant) =>
					apps
						.filter((app) => app.tenantId === tenant.customerId)
						.map((app) => ({ Tenant: tenant.defaultDomainName, ...listedApp(ctx.state, app) })),
				);
				if (tenantFilter !== 'AllTenants' && rows.length === 0) {
					return { status: 500, body: [`No Intune application data found for ${psString(tenantFilter)}. Run a cache sync first.`] };
				}
				return { status: 200, body: rows };
			}
			const tenant = intuneTenant(ctx.state, tenantFilter);
			return { status: 200, body: apps.filter((app) => app.tenantId === tenant.customerId).map((app) => listedApp(ctx.state, app)) };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 403, body: [normalizeGraphError(error.message)] };
		}
	},
};

const ExecAssignApp: Endpoint = {
	name: 'ExecAssignApp',
	role: 'Endpoint.Application.ReadWrite',
	handle(ctx) {
		const id = psString(ctx.fromQueryOrBody('ID'));
		const assignTo = psString(ctx.fromQueryOrBody('AssignTo'));
		const groupIds = standardList(ctx.fromQueryOrBody('GroupIds'));
		const groupNames = standardList(ctx.fromQueryOrBody('GroupNames'));
		const excludeGroup = psString(ctx.fromBody('excludeGroup'));
		const excludeGroupIds = standardList(ctx.fromBody('ExcludeGroupIds'));
		const mode = psString(ctx.fromBody('assignmentMode')).toLowerCase() || 'append';
		if (!['append', 'replace'].includes(mode))
			throw new Error(`Unsupported AssignmentMode value '${mode}'. Valid options are 'replace' or 'append'.`);
		if (!assignTo && groupIds.length === 0 && groupNames.length === 0 && excludeGroupIds.length === 0 && !excludeGroup.trim()) {
			throw new Error('No assignment target provided. Supply AssignTo, GroupNames, GroupIds, or an exclude group.');
		}
		const groupName = assignTo || groupNames.join(', ') || (groupIds.length > 0 ? `GroupIds: ${groupIds.join(',')}` : '');
		const intent = psString(ctx.fromQueryOrBody('Intent')) || 'Required';
		try {
			const tenant = intuneTenant(ctx.state, ctx.fromQueryOrBody('tenantFilter'));
			const app = findIn(intuneData(ctx.state).apps, tenant, id);
			assign(
				ctx.state,
				tenant,
				app,
				{
					groupName: assignTo || groupNames.join(','),
					groupIds,
					excludeGroup,
					excludeGroupIds,
					mode,
					intent,
					filterName: psString(ctx.fromBody('AssignmentFilterName')),
					filterType: psString(ctx.fromBody('AssignmentFilterType')),
				},
				'app',
			);
			const excluded = excludeGroupIds.join(', ') || excludeGroup;
			const assigned = groupName.startsWith('GroupIds: ') ? groupIds.join(', ') : groupName;
			const message =
				excluded && assigned
					? `Assigned Application ${id} to ${groupName} excluding group '${excluded}'`
					: excluded
						? `Updated exclusions for Application ${id} to group '${excluded}'`
						: `Assigned Application ${id} to ${groupName}`;
			return { status: 200, body: { Results: message } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return {
				status: 500,
				body: { Results: `Could not assign application ${id} to ${groupName}. Error: ${normalizeGraphError(error.message)}` },
			};
		}
	},
};

const RemoveApp: Endpoint = {
	name: 'RemoveApp',
	role: 'Endpoint.Application.ReadWrite',
	handle(ctx) {
		const id = psString(ctx.fromQueryOrBody('ID'));
		try {
			const tenant = intuneTenant(ctx.state, ctx.fromQueryOrBody('tenantFilter'));
			const apps = intuneData(ctx.state).apps;
			removeFrom(apps, findIn(apps, tenant, id));
			return { status: 200, body: { Results: `Successfully deleted app with ${id}` } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 500, body: { Results: `Failed to delete app with ${id}. Error: ${normalizeGraphError(error.message)}` } };
		}
	},
};

/** `selectedTenants` entries the caller may deploy to (Test-CIPPAccess -TenantList matches customerId). */
function selectedTenants(ctx: EndpointContext): Array<Record<string, unknown>> {
	const allowed = allowedTenantIds(ctx.client);
	const selected = ctx.fromBody('selectedTenants');
	const entries = psList(selected).filter(isPlainObject);
	return entries.filter((entry) => allowed === 'AllTenants' || allowed.includes(psString(getIgnoreCase(entry, 'customerId'))));
}

function assignTarget(ctx: EndpointContext): unknown {
	return ctx.fromBody('AssignTo') === 'customGroup' ? ctx.fromBody('CustomGroup') : ctx.fromBody('AssignTo');
}

/** Add-CIPPAzDataTableEntity into the `apps` table, one row per tenant (RowKey: the n-th row's stable GUID). */
function enqueue(ctx: EndpointContext, row: Omit<QueuedApp, 'RowKey'>): void {
	const data = intuneData(ctx.state);
	data.queue.push({ RowKey: queueRowKey(data.queued++), ...row });
}

/** The RowKey of the n-th app queued in a sandbox (0 = the first). */
export function queueRowKey(sequence: number): string {
	return stableGuid(`apps-queue/${sequence}`);
}

/** CIPP's Add*App endpoints: one queue row per selected tenant, one "added to queue" line per tenant. */
function queueForTenants(ctx: EndpointContext, label: string, row: (tenant: string) => Omit<QueuedApp, 'RowKey' | 'tenant'>): HttpResult {
	const results = selectedTenants(ctx).map((entry) => {
		const tenant = psString(getIgnoreCase(entry, 'defaultDomainName'));
		enqueue(ctx, { tenant, ...row(tenant) });
		return `Successfully added ${label} for ${tenant} to queue.`;
	});
	return { status: 200, body: { Results: results.length > 0 ? results : null } };
}

const PACKAGE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

export const AddChocoApp: Endpoint = {
	name: 'AddChocoApp',
	role: 'Endpoint.Application.ReadWrite',
	anyTenant: true,
	handle(ctx) {
		const packageName = psString(ctx.fromBody('PackageName'));
		if (!packageName.trim()) return { status: 400, body: { Results: 'PackageName is required.' } };
		if (!PACKAGE_NAME.test(packageName)) {
			return {
				status: 400,
				body: { Results: `Invalid PackageName '${packageName}'. Allowed characters: letters, numbers, dot, underscore, hyphen.` },
			};
		}
		const repo = psString(ctx.fromBody('customrepo'));
		const args = psString(ctx.fromBody('customArguments'));
		const installCommandLine = `powershell.exe -ExecutionPolicy Bypass .\\Install.ps1 -InstallChoco -Packagename '${packageName}'${repo ? ` -CustomRepo '${repo}'` : ''}${args ? ` -CustomArguments '${args}'` : ''}`;
		return queueForTenants(ctx, 'Choco App', () => ({
			applicationName: psString(ctx.fromBody('ApplicationName')),
			assignTo: assignTarget(ctx),
			excludeGroup: ctx.fromBody('excludeGroup'),
			InstallationIntent: ctx.fromBody('InstallationIntent'),
			IntuneBody: {
				'@odata.type': '#microsoft.graph.win32LobApp',
				displayName: psString(ctx.fromBody('ApplicationName')),
				description: psString(ctx.fromBody('description')),
				installCommandLine,
				installExperience: {
					runAsAccount: ctx.fromBody('InstallAsSystem') ? 'system' : 'user',
					deviceRestartBehavior: ctx.fromBody('DisableRestart') ? 'suppress' : 'allow',
				},
			},
		}));
	},
};

/** AddWin32ScriptApp: name and install script are required (HTTP 400), then one queue row per tenant. */
const AddWin32ScriptApp: Endpoint = {
	name: 'AddWin32ScriptApp',
	role: 'Endpoint.Application.ReadWrite',
	anyTenant: true,
	handle(ctx) {
		const name = psString(ctx.fromBody('ApplicationName'));
		if (!name) return { status: 400, body: { Results: ['Application name is required'] } };
		if (!psString(ctx.fromBody('installScript'))) return { status: 400, body: { Results: ['Install script is required'] } };
		return queueForTenants(ctx, 'Win32 Script App', () => ({
			applicationName: name,
			assignTo: assignTarget(ctx),
			InstallationIntent: ctx.fromBody('InstallationIntent'),
			type: 'Win32ScriptApp',
			IntuneBody: {
				'@odata.type': '#microsoft.graph.win32LobApp',
				displayName: name,
				description: psString(ctx.fromBody('description')),
				installExperience: {
					runAsAccount: ctx.fromBody('InstallAsSystem') ? 'system' : 'user',
					deviceRestartBehavior: ctx.fromBody('DisableRestart') ? 'suppress' : 'allow',
				},
			},
		}));
	},
};

export const AddStoreApp: Endpoint = {
	name: 'AddStoreApp',
	role: 'Endpoint.Application.ReadWrite',
	anyTenant: true,
	handle(ctx) {
		const asSystem = ctx.fromBody('InstallAsSystem');
		return queueForTenants(ctx, 'Store App', () => ({
			applicationName: psString(ctx.fromBody('ApplicationName')),
			assignTo: assignTarget(ctx),
			InstallationIntent: ctx.fromBody('InstallationIntent'),
			type: 'WinGet',
			status: 'Not Deployed yet',
			IntuneBody: {
				'@odata.type': '#microsoft.graph.winGetApp',
				displayName: psString(ctx.fromBody('ApplicationName')),
				description: psString(ctx.fromBody('description')),
				packageIdentifier: psString(ctx.fromBody('PackageName')),
				installExperience: {
					'@odata.type': 'microsoft.graph.winGetAppInstallExperience',
					runAsAccount: asSystem !== undefined && asSystem !== null && !asSystem ? 'user' : 'system',
				},
			},
		}));
	},
};

const MSP_APPS = ['datto', 'ninja', 'Huntress', 'syncro', 'NCentral', 'automate', 'cwcommand'];

/**
 * Get-CIPPMSPAppInstallCommand: each install value is a text, or an object keyed by the tenant's
 * customerId; a missing key or a tenant given without customerId resolves to '' (no refusal).
 * %CIPP variables% are left as they are here; ConvertTo-CIPPSafePwshArg is modelled as '…' quoting.
 */
function mspInstallCommand(rmmName: string, params: unknown, tenant: Record<string, unknown>, packageName: unknown): string {
	const customerId = psString(getIgnoreCase(tenant, 'customerId'));
	const value = (name: string) => {
		const raw = getIgnoreCase(params, name);
		if (raw === undefined || raw === null) return "''";
		const resolved = isPlainObject(raw) ? psString(customerId ? getIgnoreCase(raw, customerId) : undefined) : psString(raw);
		return `'${resolved.replace(/'/g, "''")}'`;
	};
	const run = 'powershell.exe -ExecutionPolicy Bypass .\\install.ps1';
	switch (rmmName.toLowerCase()) {
		case 'datto':
			return `${run} -URL ${value('DattoURL')} -GUID ${value('DattoGUID')}`;
		case 'huntress':
			return `${run} -OrgKey ${value('Orgkey')} -acctkey ${value('AccountKey')}`;
		case 'syncro':
			return `${run} -URL ${value('ClientURL')}`;
		case 'cwcommand':
			return `${run} -Url ${value('ClientURL')}`;
		case 'automate':
			return `c:\\windows\\sysnative\\windowspowershell\\v1.0\\${run} -Server ${value('Server')} -InstallerToken ${value('InstallerToken')} -LocationID ${value('LocationID')}`;
		default:
			return `${run} -InstallParam '${psString(packageName).replace(/'/g, "''")}'`;
	}
}

export const AddMSPApp: Endpoint = {
	name: 'AddMSPApp',
	role: 'Endpoint.Application.ReadWrite',
	anyTenant: true,
	handle(ctx) {
		const rmmName = psString(getIgnoreCase(ctx.fromBody('RMMName'), 'value'));
		// PowerShell's -notcontains compares case-insensitively.
		if (!rmmName.trim() || !MSP_APPS.some((name) => name.toLowerCase() === rmmName.toLowerCase())) {
			return { status: 400, body: { Results: [`Unknown MSP app type '${rmmName}'. Supported values: ${MSP_APPS.join(', ')}`] } };
		}
		const results = selectedTenants(ctx).map((entry) => {
			const tenant = psString(getIgnoreCase(entry, 'defaultDomainName'));
			enqueue(ctx, {
				tenant,
				applicationName: psString(ctx.fromBody('DisplayName')),
				assignTo: assignTarget(ctx),
				excludeGroup: ctx.fromBody('excludeGroup'),
				type: 'MSPApp',
				status: 'Not Deployed yet',
				IntuneBody: {
					'@odata.type': '#microsoft.graph.win32LobApp',
					displayName: psString(ctx.fromBody('DisplayName')),
					installCommandLine: mspInstallCommand(rmmName, ctx.fromBody('params'), entry, ctx.fromBody('PackageName')),
				},
			});
			return `Successfully added MSP App for ${tenant} to queue. `;
		});
		return { status: 200, body: { Results: results.length > 0 ? results : null } };
	},
};

/**
 * Get-CIPPOfficeAppBody's excludedApps: every Graph key, InfoPath and SharePoint Designer always excluded,
 * the named apps set to true; a name that is not one of the keys is skipped with a warning only.
 */
function officeExcludedApps(names: string[]): Record<string, boolean> {
	const excluded: Record<string, boolean> = { infoPath: true, sharePointDesigner: true };
	for (const app of [
		'excel',
		'groove',
		'lync',
		'oneNote',
		'outlook',
		'powerPoint',
		'publisher',
		'teams',
		'visio',
		'word',
		'access',
		'bing',
	]) {
		excluded[app] = false;
	}
	for (const name of names) {
		// PowerShell's PSObject.Properties[...] lookup ignores case.
		const key = Object.keys(excluded).find((known) => known.toLowerCase() === name.toLowerCase());
		if (key) excluded[key] = true;
	}
	return excluded;
}

export const AddOfficeApp: Endpoint = {
	name: 'AddOfficeApp',
	role: 'Endpoint.Application.ReadWrite',
	anyTenant: true,
	handle(ctx) {
		const apps = intuneData(ctx.state).apps;
		const assignTo = psString(assignTarget(ctx));
		const results = selectedTenants(ctx).map((entry) => {
			const name = psString(getIgnoreCase(entry, 'defaultDomainName'));
			try {
				const tenant = intuneTenant(ctx.state, name);
				if (apps.some((app) => app.tenantId === tenant.customerId && app['@odata.type'] === '#microsoft.graph.officeSuiteApp')) {
					return `Office deployment already exists for ${name}`;
				}
				const values = (field: string) => {
					const list = ctx.fromBody(field);
					return (Array.isArray(list) ? list : []).map((item) => psString(coalesce(getIgnoreCase(item, 'value'), item)));
				};
				const office: IntuneObject = {
					tenantId: tenant.customerId,
					'@odata.type': '#microsoft.graph.officeSuiteApp',
					id: stableGuid(`${tenant.customerId}/app/office/${Date.now()}`),
					displayName: 'Microsoft 365 Apps for Windows 10 and later',
					description: 'Microsoft 365 Apps for Windows 10 and later',
					publisher: 'Microsoft',
					createdDateTime: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
					isAssigned: false,
					autoAcceptEula: convertToBoolean(ctx.fromBody('AcceptLicense')),
					excludedApps: officeExcludedApps(values('excludedApps')),
					officePlatformArchitecture: ctx.fromBody('arch') ? 'x64' : 'x86',
					localesToInstall: values('languages'),
					shouldUninstallOlderVersionsOfOffice: convertToBoolean(ctx.fromBody('RemoveVersions')),
					// Get-CIPPOfficeAppBody: updateChannel.value, else updateChannel itself; a missing one is sent as null.
					updateChannel: coalesce(getIgnoreCase(ctx.fromBody('updateChannel'), 'value'), ctx.fromBody('updateChannel')) ?? null,
					useSharedComputerActivation: convertToBoolean(ctx.fromBody('SharedComputerActivation')),
					productIds: ['o365ProPlusRetail'],
					assignments: [],
				};
				apps.push(office);
				// Set-CIPPAssignedApplication right after creating the app: a target it does not know
				// (e.g. allLicensedUsers, which only policies take) is looked up as a group name and throws;
				// the app stays created and unassigned.
				if (assignTo && assignTo !== 'On') {
					try {
						assign(
							ctx.state,
							tenant,
							office,
							{
								groupName: assignTo,
								groupIds: [],
								excludeGroup: psString(ctx.fromBody('excludeGroup')),
								excludeGroupIds: [],
								mode: 'append',
							},
							'app',
						);
					} catch (error) {
						if (!(error instanceof GraphError)) throw error;
						throw new GraphError(`Could not assign application ${office.id} to ${assignTo}. Error: ${error.message}`);
					}
				}
				return `Successfully added Office App for ${name}`;
			} catch (error) {
				if (!(error instanceof GraphError)) throw error;
				return `Failed to add Office App for ${name}: ${normalizeGraphError(error.message)}`;
			}
		});
		return { status: 200, body: { Results: results.length > 0 ? results : null } };
	},
};

const ListApplicationQueue: Endpoint = {
	name: 'ListApplicationQueue',
	role: 'Endpoint.Application.Read',
	handle(ctx) {
		const rows = intuneData(ctx.state).queue.map((row) => ({
			tenantName: row.tenant,
			applicationName: row.applicationName,
			cmdLine: row.IntuneBody.installCommandLine ?? null,
			assignTo: row.assignTo ?? null,
			id: row.RowKey,
			status: row.status ?? null,
		}));
		return { status: 200, body: rows };
	},
};

const RemoveQueuedApp: Endpoint = {
	name: 'RemoveQueuedApp',
	role: 'Endpoint.Application.ReadWrite',
	handle(ctx) {
		const id = psString(ctx.fromBody('ID'));
		const queue = intuneData(ctx.state).queue;
		const row = queue.find((entry) => entry.RowKey === id.toLowerCase());
		if (!/^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$/i.test(id)) {
			return { status: 403, body: { Results: `Failed to remove application queue for ${id}. The value '${id}' is not a valid GUID.` } };
		}
		if (!row) {
			return {
				status: 403,
				body: { Results: `Failed to remove application queue for ${id}. Cannot bind argument to parameter 'Entity' because it is null.` },
			};
		}
		removeFrom(queue, row);
		return { status: 200, body: { Results: `Removed application queue for ${id}.` } };
	},
};

/**
 * Start-ApplicationOrchestrator: Push-UploadApplication removes each queued row first, then deploys
 * it (New-CIPPIntuneAppDeployment); a failure is only logged, the row is gone either way. CIPP does
 * this in an orchestrator after answering; the sandbox does it before answering, so tests can read
 * the result at once.
 */
const ExecAppUpload: Endpoint = {
	name: 'ExecAppUpload',
	role: 'Endpoint.Application.ReadWrite',
	handle(ctx) {
		const data = intuneData(ctx.state);
		for (const row of [...data.queue]) {
			removeFrom(data.queue, row);
			try {
				const tenant = intuneTenant(ctx.state, row.tenant);
				const displayName = psString(row.IntuneBody.displayName);
				const app: IntuneObject = {
					...row.IntuneBody,
					tenantId: tenant.customerId,
					id: stableGuid(`${tenant.customerId}/app/${displayName}/${row.RowKey}`),
					displayName,
					createdDateTime: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
					isAssigned: false,
					assignments: [],
				};
				data.apps.push(app);
				const assignTo = psString(row.assignTo);
				if (assignTo && assignTo !== 'On') {
					// New-CIPPIntuneAppDeployment: $Intent = if ($AssignToIntent) { 'Uninstall' } else { 'Required' }.
					const intent = row.InstallationIntent === true ? 'Uninstall' : 'Required';
					assign(
						ctx.state,
						tenant,
						app,
						{ groupName: assignTo, groupIds: [], excludeGroup: psString(row.excludeGroup), excludeGroupIds: [], mode: 'append', intent },
						'app',
					);
				}
			} catch (error) {
				// Logged to CIPP's logbook only; the app, if created, stays unassigned.
				if (!(error instanceof GraphError)) throw error;
			}
		}
		return { status: 200, body: { Results: 'Application upload job has started. Track the logbook for results.' } };
	},
};

export const appEndpoints: Endpoint[] = [
	AddWin32ScriptApp,
	ListApps,
	ExecAssignApp,
	RemoveApp,
	AddChocoApp,
	AddStoreApp,
	AddMSPApp,
	AddOfficeApp,
	ListApplicationQueue,
	RemoveQueuedApp,
	ExecAppUpload,
];
