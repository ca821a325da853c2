/**
 * CIPP's own templates and Intune assignment filters: Invoke-ListAssignmentFilters,
 * -AddAssignmentFilter, -EditAssignmentFilter, -ExecAssignmentFilter, -AddAssignmentFilterTemplate,
 * -ListAssignmentFilterTemplates, -RemoveAssignmentFilterTemplate, -AddIntuneTemplate,
 * -RemoveIntuneTemplate, -AddAppTemplate, -ListAppTemplates, -RemoveAppTemplate, -ExecDeployAppTemplate.
 */
import { randomUUID } from 'node:crypto';

import { perSandbox, stableGuid } from '../../../directory';
import type { SandboxState, SandboxTenant } from '../../../fixtures';
import { GRAPH_ERRORS, GraphError, normalizeGraphError } from '../../../graph';
import { getIgnoreCase, isPlainObject } from '../../../http';
import { psString } from '../../../powershell';
import { cippTenants } from '../../../tenantList';
import type { Endpoint, EndpointContext } from '../../endpoint';
import { AddChocoApp, AddMSPApp, AddOfficeApp, AddStoreApp } from './apps';
import { intuneData, intuneTenant, reportTenant } from './data';

interface AssignmentFilter {
	tenantId: string;
	id: string;
	displayName: string;
	description: string;
	platform: string;
	rule: string;
	assignmentFilterManagementType: string;
}

interface AppTemplate {
	GUID: string;
	Displayname: string;
	Description: string;
	Apps: Array<{ appType: string; appName: string; config: string }>;
}

const templateState = perSandbox((state: SandboxState) => ({
	filters: state.tenants
		.filter((tenant) => !tenant.isPartner && tenant.intuneLicensed)
		.map(
			(tenant): AssignmentFilter => ({
				tenantId: tenant.customerId,
				id: stableGuid(`${tenant.customerId}/filter/corporate`),
				displayName: 'Corporate devices',
				description: '',
				platform: 'windows10AndLater',
				rule: '(device.deviceOwnership -eq "Corporate")',
				assignmentFilterManagementType: 'devices',
			}),
		),
	filterTemplates: [
		{
			displayName: 'Surface devices',
			description: 'Microsoft hardware',
			platform: 'windows10AndLater',
			rule: '(device.manufacturer -eq "Microsoft Corporation")',
			assignmentFilterManagementType: 'devices',
			GUID: stableGuid('filterTemplate/surface'),
		},
	] as Array<Record<string, unknown>>,
	appTemplates: [
		{
			GUID: stableGuid('appTemplate/workstation'),
			Displayname: 'Standard workstation',
			Description: '',
			Apps: [
				{
					appType: 'chocolateyApp',
					appName: '7-Zip',
					config: JSON.stringify({ PackageName: '7zip', ApplicationName: '7-Zip', AssignTo: 'AllDevices' }),
				},
			],
		},
	] as AppTemplate[],
}));

/** The ID of the tenant's first assignment filter whose display name matches (PowerShell -like: * wildcards, any case). */
export function assignmentFilterIdByName(state: SandboxState, tenant: SandboxTenant, name: string): string | undefined {
	const pattern = new RegExp(`^${name.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`, 'i');
	return templateState(state).filters.find((filter) => filter.tenantId === tenant.customerId && pattern.test(filter.displayName))?.id;
}

const graphFilter = ({ tenantId, ...filter }: AssignmentFilter) => {
	void tenantId;
	return { '@odata.type': '#microsoft.graph.deviceAndAppManagementAssignmentFilter', ...filter, roleScopeTags: ['0'] };
};

const ListAssignmentFilters: Endpoint = {
	name: 'ListAssignmentFilters',
	role: 'Endpoint.MEM.Read',
	handle(ctx) {
		const tenantFilter = ctx.fromQuery('tenantFilter');
		const filterId = ctx.fromQuery('filterId');
		const { filters } = templateState(ctx.state);
		const of = (tenant: SandboxTenant) => filters.filter((filter) => filter.tenantId === tenant.customerId);
		if (!filterId && (tenantFilter === 'AllTenants' || ctx.fromQuery('UseReportDB') === 'true')) {
			const single = tenantFilter === 'AllTenants' ? undefined : reportTenant(ctx.state, tenantFilter);
			const tenants = tenantFilter === 'AllTenants' ? cippTenants(ctx.state) : single ? [single] : [];
			return {
				status: 200,
				body: tenants.flatMap((tenant) => of(tenant).map((filter) => ({ Tenant: tenant.defaultDomainName, ...graphFilter(filter) }))),
			};
		}
		try {
			const own = of(intuneTenant(ctx.state, tenantFilter));
			if (!filterId) return { status: 200, body: own.map(graphFilter) };
			const found = own.find((filter) => filter.id === filterId.toLowerCase());
			if (!found) throw new GraphError(GRAPH_ERRORS.notFound(filterId));
			return { status: 200, body: [graphFilter(found)] };
		} catch (error) {
			// The failure is only logged: HTTP 500 with an empty list.
			if (!(error instanceof GraphError)) throw error;
			return { status: 500, body: [] };
		}
	},
};

const AddAssignmentFilter: Endpoint = {
	name: 'AddAssignmentFilter',
	role: 'Endpoint.MEM.ReadWrite',
	handle(ctx) {
		const given = ctx.fromBody('tenantFilter');
		const entries = Array.isArray(given) ? given : [given];
		const tenants = entries.map((entry) => psString(isPlainObject(entry) ? getIgnoreCase(entry, 'value') : entry));
		const displayName = psString(ctx.fromBody('displayName'));
		let status = 200;
		const results = tenants.map((tenantFilter) => {
			try {
				const tenant = intuneTenant(ctx.state, tenantFilter);
				const platform = psString(ctx.fromBody('platform'));
				const rule = psString(ctx.fromBody('rule'));
				if (!platform || !rule)
					throw new GraphError("Invalid value specified for property 'rule' of resource 'DeviceAndAppManagementAssignmentFilter'.");
				templateState(ctx.state).filters.push({
					tenantId: tenant.customerId,
					id: randomUUID(),
					displayName,
					description: psString(ctx.fromBody('description')),
					platform,
					rule,
					assignmentFilterManagementType: psString(ctx.fromBody('assignmentFilterManagementType')) || 'devices',
				});
				status = 200;
				return `Successfully created assignment filter ${displayName} for ${tenantFilter}`;
			} catch (error) {
				if (!(error instanceof GraphError)) throw error;
				status = 500;
				return `Failed to create assignment filter ${displayName} for ${tenantFilter}: Failed to create assignment filter ${displayName}: ${normalizeGraphError(error.message)}`;
			}
		});
		return { status, body: { Results: results } };
	},
};

function findFilter(ctx: EndpointContext, id: string): AssignmentFilter {
	const tenant = intuneTenant(ctx.state, ctx.fromQueryOrBody('tenantFilter'));
	const filter = templateState(ctx.state).filters.find((entry) => entry.tenantId === tenant.customerId && entry.id === id.toLowerCase());
	if (!filter) throw new GraphError(GRAPH_ERRORS.notFound(id));
	return filter;
}

const EditAssignmentFilter: Endpoint = {
	name: 'EditAssignmentFilter',
	role: 'Endpoint.MEM.ReadWrite',
	handle(ctx) {
		const displayName = ctx.fromBody('displayName');
		try {
			const filter = findFilter(ctx, psString(ctx.fromBody('filterId')));
			if (psString(displayName).trim()) filter.displayName = psString(displayName);
			const description = ctx.fromBody('description');
			if (description !== undefined && description !== null) filter.description = psString(description);
			const rule = psString(ctx.fromBody('rule'));
			if (rule.trim()) filter.rule = rule;
			return { status: 200, body: { Results: `Successfully updated assignment filter ${psString(displayName)}` } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 500, body: { Results: `Failed to update assignment filter: ${normalizeGraphError(error.message)}` } };
		}
	},
};

const ExecAssignmentFilter: Endpoint = {
	name: 'ExecAssignmentFilter',
	role: 'Endpoint.MEM.ReadWrite',
	handle(ctx) {
		try {
			const action = psString(ctx.fromBody('Action'));
			if (action !== 'Delete') throw new GraphError(`Unknown action: ${action}`);
			const filter = findFilter(ctx, psString(ctx.fromBody('ID')));
			const { filters } = templateState(ctx.state);
			filters.splice(filters.indexOf(filter), 1);
			return { status: 200, body: { Results: 'Successfully deleted assignment filter' } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 500, body: { Results: `Failed to execute assignment filter action: ${normalizeGraphError(error.message)}` } };
		}
	},
};

const AddAssignmentFilterTemplate: Endpoint = {
	name: 'AddAssignmentFilterTemplate',
	role: 'Endpoint.MEM.ReadWrite',
	anyTenant: true,
	handle(ctx) {
		const missing = !ctx.fromBody('displayName')
			? 'You must enter a displayname'
			: !ctx.fromBody('rule')
				? 'You must enter a filter rule'
				: !ctx.fromBody('platform')
					? 'You must select a platform'
					: undefined;
		if (missing) return { status: 200, body: { Results: `Assignment Filter Template Creation failed: ${missing}` } };
		const GUID = psString(ctx.fromBody('GUID')) || randomUUID();
		const { filterTemplates } = templateState(ctx.state);
		const existing = filterTemplates.findIndex((template) => template.GUID === GUID);
		if (existing >= 0) filterTemplates.splice(existing, 1);
		filterTemplates.push({
			displayName: ctx.fromBody('displayName'),
			description: ctx.fromBody('description') ?? null,
			platform: ctx.fromBody('platform'),
			rule: ctx.fromBody('rule'),
			assignmentFilterManagementType: ctx.fromBody('assignmentFilterManagementType') ?? 'devices',
			GUID,
		});
		return { status: 200, body: { Results: 'Successfully added template' } };
	},
};

const byName = (a: Record<string, unknown>, b: Record<string, unknown>) => psString(a.displayName).localeCompare(psString(b.displayName));

const ListAssignmentFilterTemplates: Endpoint = {
	name: 'ListAssignmentFilterTemplates',
	role: 'Endpoint.MEM.Read',
	anyTenant: true,
	handle(ctx) {
		const id = ctx.fromQuery('ID');
		const templates = [...templateState(ctx.state).filterTemplates].sort(byName).filter((template) => !id || template.GUID === id);
		return { status: 200, body: templates };
	},
};

/** Removing a row that is not there: Remove-CIPPAzDataTableEntity gets $null and throws. */
function removeRow<T>(rows: T[], match: (row: T) => boolean): void {
	const index = rows.findIndex(match);
	if (index < 0) throw new Error("Cannot bind argument to parameter 'Entity' because it is null.");
	rows.splice(index, 1);
}

const RemoveAssignmentFilterTemplate: Endpoint = {
	name: 'RemoveAssignmentFilterTemplate',
	role: 'Endpoint.MEM.ReadWrite',
	anyTenant: true,
	handle(ctx) {
		const id = psString(ctx.fromQueryOrBody('ID'));
		try {
			removeRow(templateState(ctx.state).filterTemplates, (template) => template.GUID === id);
			return { status: 200, body: { Results: `Removed Assignment Filter Template with ID ${id}` } };
		} catch (error) {
			return { status: 500, body: { Results: `Failed to remove assignment filter template ${id}: ${(error as Error).message}` } };
		}
	},
};

/** New-CIPPIntuneTemplate: the template Type CIPP stores for each policy collection. */
const TEMPLATE_TYPES: Record<string, string> = {
	configurationPolicies: 'Catalog',
	deviceConfigurations: 'Device',
	deviceCompliancePolicies: 'deviceCompliancePolicies',
	groupPolicyConfigurations: 'Admin',
	managedAppPolicies: 'AppProtection',
};

const AddIntuneTemplate: Endpoint = {
	name: 'AddIntuneTemplate',
	role: 'Endpoint.MEM.ReadWrite',
	anyTenant: true,
	handle(ctx) {
		const GUID = randomUUID();
		const data = intuneData(ctx.state);
		try {
			const raw = ctx.fromBody('RawJSON');
			if (raw) {
				if (!ctx.fromBody('displayName')) throw new Error('You must enter a displayName');
				JSON.parse(psString(raw));
				data.templates.push({
					Displayname: psString(ctx.fromBody('displayName')),
					Description: psString(ctx.fromBody('description')),
					RAWJson: psString(raw),
					Type: psString(ctx.fromBody('TemplateType')),
					GUID,
					Package: null,
				});
			} else {
				const tenant = intuneTenant(ctx.state, ctx.fromQueryOrBody('tenantFilter'));
				const urlName = psString(ctx.fromQueryOrBody('URLName'));
				const id = psString(ctx.fromQueryOrBody('ID')).toLowerCase();
				const policy = data.policies.find((entry) => entry.tenantId === tenant.customerId && entry.id === id && entry.URLName === urlName);
				if (!policy) throw new GraphError(GRAPH_ERRORS.notFound(id));
				const { tenantId, assignments, URLName, PolicyTypeName, ...graph } = policy;
				void [tenantId, assignments, URLName, PolicyTypeName];
				data.templates.push({
					Displayname: policy.displayName,
					Description: psString(policy.description),
					RAWJson: JSON.stringify(graph),
					Type: TEMPLATE_TYPES[urlName] ?? urlName,
					GUID,
					Package: null,
				});
			}
			return { status: 200, body: { Results: 'Successfully added template' } };
		} catch {
			// CIPP reads $ErrorMessage.NormalizedMessage, which Get-CippException does not set: the cause is lost.
			return { status: 500, body: { Results: 'Intune Template Deployment failed: ' } };
		}
	},
};

const RemoveIntuneTemplate: Endpoint = {
	name: 'RemoveIntuneTemplate',
	role: 'Endpoint.MEM.ReadWrite',
	handle(ctx) {
		const id = psString(ctx.fromQueryOrBody('ID'));
		const { templates } = intuneData(ctx.state);
		const index = templates.findIndex((template) => template.GUID === id);
		if (index < 0) return { status: 200, body: { Results: `The template with ID ${id} has already been deleted.` } };
		templates.splice(index, 1);
		return { status: 200, body: { Results: `Removed Intune Template with ID ${id}.` } };
	},
};

const AddAppTemplate: Endpoint = {
	name: 'AddAppTemplate',
	role: 'Endpoint.Application.ReadWrite',
	anyTenant: true,
	handle(ctx) {
		const displayName = psString(ctx.fromBody('displayName'));
		const apps = ctx.fromBody('apps');
		if (!displayName) return { status: 500, body: { Results: 'Failed to add app template: You must enter a display name' } };
		if (!Array.isArray(apps) || apps.length === 0)
			return { status: 500, body: { Results: 'Failed to add app template: You must add at least one application' } };
		const { appTemplates } = templateState(ctx.state);
		const given = psString(ctx.fromBody('GUID'));
		const existing = appTemplates.find((template) => given && template.GUID === given);
		const template: AppTemplate = {
			GUID: existing?.GUID ?? randomUUID(),
			Displayname: displayName,
			Description: psString(ctx.fromBody('description')),
			Apps: apps.map((app) => {
				const config = getIgnoreCase(app, 'config');
				return {
					appType: psString(getIgnoreCase(app, 'appType')),
					appName: psString(getIgnoreCase(app, 'appName')),
					config: typeof config === 'string' ? config : JSON.stringify(config),
				};
			}),
		};
		if (existing) appTemplates.splice(appTemplates.indexOf(existing), 1);
		appTemplates.push(template);
		return { status: 200, body: { Results: `Successfully saved app template '${displayName}' with ${template.Apps.length} app(s)` } };
	},
};

const ListAppTemplates: Endpoint = {
	name: 'ListAppTemplates',
	role: 'Endpoint.Application.Read',
	anyTenant: true,
	handle(ctx) {
		const id = ctx.fromQuery('ID');
		const templates = templateState(ctx.state)
			.appTemplates.map((template) => ({
				displayName: template.Displayname,
				description: template.Description,
				appCount: template.Apps.length,
				appTypes: [...new Set(template.Apps.map((app) => app.appType))].sort(),
				appNames: template.Apps.map((app) => app.appName),
				Apps: template.Apps,
				GUID: template.GUID,
			}))
			.sort(byName)
			.filter((template) => !id || template.GUID === id);
		// ConvertTo-Json -InputObject @($Templates): JSON text.
		return { status: 200, body: JSON.stringify(templates) };
	},
};

const RemoveAppTemplate: Endpoint = {
	name: 'RemoveAppTemplate',
	role: 'Endpoint.Application.ReadWrite',
	anyTenant: true,
	handle(ctx) {
		const id = psString(ctx.fromQueryOrBody('ID'));
		if (!id) return { status: 500, body: { Results: 'Failed to remove app template: No template ID provided' } };
		const { appTemplates } = templateState(ctx.state);
		const index = appTemplates.findIndex((template) => template.GUID === id);
		if (index < 0) return { status: 200, body: { Results: 'Template not found' } };
		appTemplates.splice(index, 1);
		return { status: 200, body: { Results: 'Successfully removed app template' } };
	},
};

// A function, not a table: apps.ts reaches this module again through assignments.ts (assignment
// filters), so its endpoints are read when a template is deployed, not when this module loads.
const handlerFor = (appType: string): Endpoint | undefined =>
	({ StoreApp: AddStoreApp, chocolateyApp: AddChocoApp, officeApp: AddOfficeApp, mspApp: AddMSPApp })[appType];

/** Each app goes through its Add*App endpoint with the template's config, the tenants and any Assign To override. */
const ExecDeployAppTemplate: Endpoint = {
	name: 'ExecDeployAppTemplate',
	role: 'Endpoint.Application.ReadWrite',
	anyTenant: true,
	async handle(ctx) {
		const id = psString(ctx.fromBody('templateId'));
		const template = templateState(ctx.state).appTemplates.find((entry) => entry.GUID === id);
		if (!id || !template) {
			return {
				status: 500,
				body: { Results: [`Failed to deploy app template: ${id ? 'Template not found' : 'No template ID provided'}`] },
			};
		}
		const selected = ctx.fromBody('selectedTenants');
		const overrideAssignTo = ctx.fromBody('AssignTo');
		const results: unknown[] = [];
		for (const app of template.Apps) {
			const handler = handlerFor(app.appType);
			if (!handler) {
				results.push(`Failed '${app.appName}': Unknown app type: ${app.appType}`);
				continue;
			}
			const body: Record<string, unknown> = {
				...(JSON.parse(app.config) as object),
				selectedTenants: selected,
				tenantFilter: 'allTenants',
			};
			if (overrideAssignTo) {
				body.AssignTo = overrideAssignTo;
				if (overrideAssignTo === 'customGroup' && ctx.fromBody('customGroup')) body.CustomGroup = ctx.fromBody('customGroup');
			}
			const inner: EndpointContext = {
				...ctx,
				body,
				fromBody: (name) => getIgnoreCase(body, name),
				fromQuery: () => undefined,
				fromQueryOrBody: (name) => getIgnoreCase(body, name),
			};
			const answer = await handler.handle(inner);
			const innerResults = getIgnoreCase(answer.body, 'Results');
			results.push(...(innerResults ? (Array.isArray(innerResults) ? innerResults : [innerResults]) : [`Queued '${app.appName}'`]));
		}
		return { status: 200, body: { Results: results } };
	},
};

export const templateEndpoints: Endpoint[] = [
	ListAssignmentFilters,
	AddAssignmentFilter,
	EditAssignmentFilter,
	ExecAssignmentFilter,
	AddAssignmentFilterTemplate,
	ListAssignmentFilterTemplates,
	RemoveAssignmentFilterTemplate,
	AddIntuneTemplate,
	RemoveIntuneTemplate,
	AddAppTemplate,
	ListAppTemplates,
	RemoveAppTemplate,
	ExecDeployAppTemplate,
];
