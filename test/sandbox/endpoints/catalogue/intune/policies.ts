/**
 * Intune policies, scripts and CIPP's Intune templates: Invoke-ListIntunePolicy, -AddPolicy
 * (Set-CIPPIntunePolicy), -ExecAssignPolicy (Set-CIPPAssignedPolicy), -RemovePolicy,
 * -ListIntuneTemplates, -ListIntuneScript, -RemoveIntuneScript.
 */
import { stableGuid } from '../../../directory';
import type { SandboxState } from '../../../fixtures';
import { GRAPH_ERRORS, GraphError, normalizeGraphError } from '../../../graph';
import { getIgnoreCase, omit } from '../../../http';
import { coalesce, convertToBoolean, psString } from '../../../powershell';
import { cippTenants } from '../../../tenantList';
import type { Endpoint } from '../../endpoint';
import { assign, standardList } from './assignments';
import type { IntuneObject } from './data';
import { describeAssignments, intuneData, intuneTenant, removeFrom, reportTenant, withoutTenant } from './data';

function listedPolicy(state: SandboxState, policy: IntuneObject) {
	const tenant = intuneTenant(state, policy.tenantId, { authCheck: false });
	const described = describeAssignments(state, tenant, policy.assignments, false);
	return { ...withoutTenant(policy), PolicyAssignment: described.include, PolicyExclude: described.exclude };
}

const ListIntunePolicy: Endpoint = {
	name: 'ListIntunePolicy',
	role: 'Endpoint.MEM.Read',
	handle(ctx) {
		const tenantFilter = ctx.fromQuery('TenantFilter');
		const id = ctx.fromQuery('ID');
		const urlName = ctx.fromQuery('URLName');
		// Outside the try block: a bad value is an unhandled exception.
		const withDefinitions = convertToBoolean(coalesce(ctx.fromQuery('IncludeSettingDefinitions'), 'false'));
		const policies = intuneData(ctx.state).policies;
		try {
			if (tenantFilter === 'AllTenants' || ctx.fromQuery('UseReportDB') === 'true') {
				// Get-CIPPIntunePolicyReport does not throw on an empty cache (unlike the app and script
				// reports): a tenant with nothing cached is HTTP 200 with no rows.
				const single = tenantFilter === 'AllTenants' ? undefined : reportTenant(ctx.state, tenantFilter);
				const tenants = tenantFilter === 'AllTenants' ? cippTenants(ctx.state) : single ? [single] : [];
				const rows = tenants.flatMap((tenant) =>
					policies
						.filter((policy) => policy.tenantId === tenant.customerId)
						.map((policy) => ({ Tenant: tenant.defaultDomainName, ...listedPolicy(ctx.state, policy) })),
				);
				return { status: 200, body: rows };
			}
			const tenant = intuneTenant(ctx.state, tenantFilter);
			const own = policies.filter((policy) => policy.tenantId === tenant.customerId);
			if (id) {
				// By ID CIPP asks deviceManagement/<URLName>('<id>'): App Protection lives under
				// deviceAppManagement, and without a URLName the path is invalid. Linux settings-catalog
				// policies are filtered out of every answer (:211).
				if (!urlName || urlName.toLowerCase() === 'managedappPolicies'.toLowerCase()) {
					throw new GraphError(`Resource not found for the segment '${urlName ? urlName : `('${id}')`}'.`);
				}
				const policy = own.find(
					(entry) => entry.id === id.toLowerCase() && String(entry.URLName).toLowerCase() === psString(urlName).toLowerCase(),
				);
				if (!policy) throw new GraphError(GRAPH_ERRORS.notFound(id));
				if (String(policy.platforms).toLowerCase() === 'linux') return { status: 200, body: [] };
				const graph = omit(withoutTenant(policy), 'URLName', 'PolicyTypeName', 'assignments');
				const settings = (policy.settings as unknown[] | undefined) ?? [];
				return {
					status: 200,
					body: [
						{
							...graph,
							...(urlName?.toLowerCase() === 'configurationpolicies'
								? { settings: withDefinitions ? settings.map((s) => ({ ...(s as object), settingDefinitions: [] })) : settings }
								: {}),
						},
					],
				};
			}
			return { status: 200, body: own.map((policy) => listedPolicy(ctx.state, policy)) };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 403, body: [normalizeGraphError(error.message)] };
		}
	},
};

/** Set-CIPPIntunePolicy: TemplateType -> the Graph collection the policy lives in. */
const POLICY_TYPES: Record<string, { urlName: string; typeName: string }> = {
	Catalog: { urlName: 'configurationPolicies', typeName: 'Settings Catalog' },
	Device: { urlName: 'deviceConfigurations', typeName: 'Device Configuration' },
	Admin: { urlName: 'groupPolicyConfigurations', typeName: 'Administrative Templates' },
	deviceCompliancePolicies: { urlName: 'deviceCompliancePolicies', typeName: 'Compliance Policy' },
	AppProtection: { urlName: 'managedAppPolicies', typeName: 'App Protection' },
	AppConfiguration: { urlName: 'mobileAppConfigurations', typeName: 'App Configuration' },
	windowsDriverUpdateProfiles: { urlName: 'windowsDriverUpdateProfiles', typeName: 'Driver Update' },
	windowsFeatureUpdateProfiles: { urlName: 'windowsFeatureUpdateProfiles', typeName: 'Feature Update' },
	windowsQualityUpdatePolicies: { urlName: 'windowsQualityUpdatePolicies', typeName: 'Quality Update' },
	windowsQualityUpdateProfiles: { urlName: 'windowsQualityUpdateProfiles', typeName: 'Quality Update' },
};

const AddPolicy: Endpoint = {
	name: 'AddPolicy',
	role: 'Endpoint.MEM.ReadWrite',
	handle(ctx) {
		const tenantField = ctx.fromBody('tenantFilter');
		const tenants = standardList(coalesce(getIgnoreCase(tenantField, 'value'), tenantField));
		const displayName = psString(ctx.fromBody('displayName'));
		const templateType = psString(ctx.fromBody('TemplateType'));
		const rawAssignTo = psString(ctx.fromBody('AssignTo'));
		const assignTo = psString(ctx.fromBody('customGroup')) || (rawAssignTo.toLowerCase() === 'on' ? '' : rawAssignTo);
		const data = intuneData(ctx.state);
		const results = tenants.flatMap((tenantFilter) => {
			const messages: string[] = [];
			try {
				const type = POLICY_TYPES[templateType];
				if (!type) throw new GraphError(`The policy type '${templateType}' is not supported.`);
				const tenant = intuneTenant(ctx.state, tenantFilter);
				// Invoke-AddPolicy.ps1:37-50: without ReusableSettings, a stored Intune template whose
				// Displayname equals displayName (-eq, case-insensitive) replaces RAWJson.
				const template = ctx.fromBody('ReusableSettings')
					? undefined
					: data.templates.find((row) => psString(row.Displayname).toLowerCase() === displayName.toLowerCase());
				let raw: Record<string, unknown>;
				try {
					raw = JSON.parse(template ? template.RAWJson : psString(ctx.fromBody('RAWJson'))) as Record<string, unknown>;
				} catch {
					throw new GraphError('Conversion from JSON failed with error: Unexpected character encountered while parsing value.');
				}
				// Get-CIPPIntunePolicyName: Settings Catalog and the Windows update types are named by
				// the payload, not by displayName; Settings Catalog never gets the Description.
				const namedByPayload = templateType === 'Catalog' || /^windows(Driver|Feature|Quality)Update/.test(templateType);
				const policyName = namedByPayload ? psString(coalesce(raw.name, raw.displayName, displayName)) : displayName;
				const existing = data.policies.find(
					(p) => p.tenantId === tenant.customerId && p.URLName === type.urlName && p.displayName.toLowerCase() === policyName.toLowerCase(),
				);
				const now = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
				const policy: IntuneObject = existing ?? {
					tenantId: tenant.customerId,
					id: stableGuid(`${tenant.customerId}/policy/${type.urlName}/${policyName}`),
					displayName: policyName,
					createdDateTime: now,
					URLName: type.urlName,
					PolicyTypeName: type.typeName,
					assignments: [],
				};
				const description = templateType === 'Catalog' ? {} : { description: psString(ctx.fromBody('Description')) };
				Object.assign(policy, {
					...raw,
					...description,
					displayName: policyName,
					lastModifiedDateTime: now,
					id: policy.id,
					assignments: policy.assignments,
				});
				if (!existing) data.policies.push(policy);
				if (assignTo) {
					assign(
						ctx.state,
						tenant,
						policy,
						{
							groupName: assignTo,
							groupIds: [],
							excludeGroup: psString(ctx.fromBody('excludeGroup')),
							excludeGroupIds: [],
							mode: 'append',
						},
						'policy',
					);
					messages.push(`Successfully assigned group '${assignTo}' on Policy ${policy.id}`);
				}
				messages.push(`Successfully ${existing ? 'edited' : 'added'} policy for ${tenantFilter} with display name ${displayName}`);
				return messages;
			} catch (error) {
				if (!(error instanceof GraphError)) throw error;
				return [`Failed to add or set policy for ${tenantFilter} with display name ${displayName}: ${normalizeGraphError(error.message)}`];
			}
		});
		return { status: 200, body: { Results: results } };
	},
};

const ExecAssignPolicy: Endpoint = {
	name: 'ExecAssignPolicy',
	role: 'Endpoint.MEM.ReadWrite',
	handle(ctx) {
		const id = psString(ctx.fromBody('ID'));
		const rawAssignTo = psString(ctx.fromBody('AssignTo'));
		const assignTo = rawAssignTo.toLowerCase() === 'on' ? '' : rawAssignTo;
		const groupIds = standardList(ctx.fromBody('GroupIds'));
		const excludeGroupIds = standardList(ctx.fromBody('ExcludeGroupIds'));
		const excludeGroup = psString(ctx.fromBody('excludeGroup'));
		const mode = psString(ctx.fromBody('assignmentMode')) || 'append';
		if (!assignTo && groupIds.length === 0 && excludeGroupIds.length === 0 && !excludeGroup.trim()) {
			return { status: 200, body: { Results: 'No assignments specified. No action taken.' } };
		}
		try {
			const tenant = intuneTenant(ctx.state, ctx.fromBody('tenantFilter'));
			const type = psString(ctx.fromBody('Type'));
			const policy = intuneData(ctx.state).policies.find(
				(p) => p.tenantId === tenant.customerId && p.id === id.toLowerCase() && String(p.URLName).toLowerCase() === type.toLowerCase(),
			);
			if (!policy) throw new GraphError(GRAPH_ERRORS.notFound(id));
			assign(
				ctx.state,
				tenant,
				policy,
				{
					groupName: assignTo,
					groupIds,
					excludeGroup,
					excludeGroupIds,
					mode,
					filterName: psString(ctx.fromBody('AssignmentFilterName')),
					filterType: psString(ctx.fromBody('AssignmentFilterType')),
				},
				'policy',
			);
			const assigned = assignTo || groupIds.join(', ');
			const excluded = excludeGroupIds.join(', ') || excludeGroup;
			const message =
				excluded && assigned
					? `Successfully assigned group '${assigned}' and excluded group '${excluded}' on Policy ${id}`
					: excluded
						? `Successfully updated exclusions to group '${excluded}' on Policy ${id}`
						: `Successfully assigned group '${assigned}' on Policy ${id}`;
			return { status: 200, body: { Results: message } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return {
				status: 500,
				body: { Results: `Failed to assign ${assignTo} to Policy ${id}. Error: ${normalizeGraphError(error.message)}` },
			};
		}
	},
};

const RemovePolicy: Endpoint = {
	name: 'RemovePolicy',
	role: 'Endpoint.MEM.ReadWrite',
	handle(ctx) {
		const id = psString(ctx.fromQueryOrBody('ID'));
		const urlName = psString(ctx.fromQueryOrBody('URLName'));
		try {
			const tenant = intuneTenant(ctx.state, ctx.fromQueryOrBody('tenantFilter'));
			const policies = intuneData(ctx.state).policies;
			const policy = policies.find(
				(p) => p.tenantId === tenant.customerId && p.id === id.toLowerCase() && String(p.URLName).toLowerCase() === urlName.toLowerCase(),
			);
			if (!policy) throw new GraphError(GRAPH_ERRORS.notFound(id));
			removeFrom(policies, policy);
			return { status: 200, body: { Results: `Successfully deleted the ${urlName} policy with ID: ${id}` } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 403, body: { Results: `Could not delete policy: ${normalizeGraphError(error.message)}` } };
		}
	},
};

const ListIntuneTemplates: Endpoint = {
	name: 'ListIntuneTemplates',
	role: 'Endpoint.MEM.Read',
	anyTenant: true,
	handle(ctx) {
		const rows = intuneData(ctx.state).templates;
		const expanded = (row: (typeof rows)[number]) => ({
			...(JSON.parse(row.RAWJson) as object),
			displayName: row.Displayname,
			description: row.Description,
			Type: row.Type,
			GUID: row.GUID,
			package: row.Package,
			isSynced: false,
			source: null,
			reusableSettings: null,
		});
		let templates: Array<Record<string, unknown>>;
		if (ctx.fromQuery('View')) {
			templates = rows.map((row) => ({ ...expanded(row), usage: [] }));
		} else if (ctx.fromQuery('mode') === 'Tag') {
			const packages = [...new Set(rows.map((row) => row.Package).filter((name): name is string => !!name))];
			templates = packages.map((name) => {
				const members = rows.filter((row) => row.Package === name);
				return {
					label: `${name} (${members.length} Templates)`,
					value: name,
					type: 'tag',
					templateCount: members.length,
					templates: members.map(expanded),
				};
			});
		} else {
			templates = rows.map((row) => omit(row, 'Package'));
		}
		const id = ctx.fromQuery('ID');
		if (id) templates = templates.filter((template) => psString(template.GUID).toLowerCase() === id.toLowerCase());
		const sortKey = (template: Record<string, unknown>) => psString(template.displayName ?? template.Displayname ?? '');
		templates.sort((a, b) => sortKey(a).localeCompare(sortKey(b)));
		// ConvertTo-Json -InputObject @($Templates): the body is JSON text, sent as text/plain.
		return { status: 200, body: JSON.stringify(templates) };
	},
};

const ListIntuneScript: Endpoint = {
	name: 'ListIntuneScript',
	role: 'Endpoint.MEM.Read',
	handle(ctx) {
		const tenantFilter = ctx.fromQuery('tenantFilter');
		const scripts = intuneData(ctx.state).scripts;
		const listed = (script: IntuneObject) => {
			const tenant = intuneTenant(ctx.state, script.tenantId, { authCheck: false });
			const described = describeAssignments(ctx.state, tenant, script.assignments, false);
			return { ...withoutTenant(script), ScriptAssignment: described.include, ScriptExclude: described.exclude };
		};
		try {
			if (tenantFilter === 'AllTenants' || ctx.fromQuery('UseReportDB') === 'true') {
				// Get-CIPPIntuneScriptReport: a tenant with no cached script of any type throws (HTTP 500 [message]).
				const single = tenantFilter === 'AllTenants' ? undefined : reportTenant(ctx.state, tenantFilter);
				const tenants = tenantFilter === 'AllTenants' ? cippTenants(ctx.state) : single ? [single] : [];
				const rows = tenants.flatMap((tenant) =>
					scripts.filter((s) => s.tenantId === tenant.customerId).map((s) => ({ Tenant: tenant.defaultDomainName, ...listed(s) })),
				);
				if (tenantFilter !== 'AllTenants' && rows.length === 0) {
					return { status: 500, body: [`No Intune script data found for ${psString(tenantFilter)}. Run a cache sync first.`] };
				}
				return { status: 200, body: rows };
			}
			const tenant = intuneTenant(ctx.state, tenantFilter);
			const rows: Array<Record<string, unknown>> = scripts.filter((script) => script.tenantId === tenant.customerId).map(listed);
			// A script type whose Graph sub-request failed becomes a row {scriptType, displayName: <Graph error>}, HTTP 200.
			if (intuneData(ctx.state).remediationUnlicensed.has(tenant.customerId)) {
				rows.push({
					scriptType: 'Remediation',
					displayName: 'Forbidden: the tenant is not licensed for this feature (Windows Enterprise E3/E5 required for remediations).',
				});
			}
			return { status: 200, body: rows };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			// The bulk request failed as a whole: its catch only logs, and the loop then runs Test-Json on a
			// null message, a parameter-binding error outside any try: HTTP 500 with the bare exception text.
			return { status: 500, body: "Cannot bind argument to parameter 'Json' because it is null." };
		}
	},
};

const RemoveIntuneScript: Endpoint = {
	name: 'RemoveIntuneScript',
	role: 'Endpoint.MEM.ReadWrite',
	handle(ctx) {
		const id = psString(ctx.fromBody('ID'));
		const scriptType = psString(ctx.fromBody('ScriptType'));
		const displayName = psString(ctx.fromBody('DisplayName'));
		try {
			if (!['windows', 'macos', 'remediation', 'linux'].includes(scriptType.toLowerCase())) {
				throw new GraphError("Cannot validate argument on parameter 'Uri'. The argument is null or empty.");
			}
			const tenant = intuneTenant(ctx.state, ctx.fromBody('TenantFilter'));
			const scripts = intuneData(ctx.state).scripts;
			const script = scripts.find(
				(s) =>
					s.tenantId === tenant.customerId && s.id === id.toLowerCase() && String(s.scriptType).toLowerCase() === scriptType.toLowerCase(),
			);
			if (!script) throw new GraphError(GRAPH_ERRORS.notFound(id));
			removeFrom(scripts, script);
			return { status: 200, body: { Results: `Deleted ${scriptType} script ${displayName} with ID: ${id}` } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return {
				status: 403,
				body: { Results: `Failed to delete ${scriptType} script ${displayName}. Error: ${normalizeGraphError(error.message)}` },
			};
		}
	},
};

export const policyEndpoints: Endpoint[] = [
	ListIntunePolicy,
	AddPolicy,
	ExecAssignPolicy,
	RemovePolicy,
	ListIntuneTemplates,
	ListIntuneScript,
	RemoveIntuneScript,
];
