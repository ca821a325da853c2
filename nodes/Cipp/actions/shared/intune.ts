import type { IDataObject, INodePropertyOptions } from 'n8n-workflow';

import { reads, writes } from '../common/endpoints';
import {
	additionalFields,
	choiceField,
	choices,
	flag,
	pascalFlag,
	requiredGuid,
	requiredLine,
	requiredText,
	text,
	textField,
} from '../common/fields';
import { deviceParameter, recordParameter, tenantParameter, templatePicker } from '../common/pickers';
import { actionResult, records, recordsOrFail } from '../common/readers';
import * as validate from '../common/validators';
import type { CippOperation, CippParameter, OutputContext, SendTo, StepContext, Validator } from '../types';

/** CIPP's assignment choices for new apps and policies ('On' is CIPP's value for "no assignment"). */
export const ASSIGN_TO_OPTIONS = [
	{ name: 'All Devices', value: 'AllDevices' },
	{ name: 'All Licensed Users', value: 'allLicensedUsers' },
	{ name: 'All Users and Devices', value: 'AllDevicesAndUsers' },
	{ name: 'Custom Group', value: 'customGroup' },
	{ name: 'No Assignment', value: 'On' },
];

export const POLICY_TYPE_OPTIONS = [
	{ name: 'Administrative Template (groupPolicyConfigurations)', value: 'groupPolicyConfigurations' },
	{ name: 'App Protection (managedAppPolicies)', value: 'managedAppPolicies' },
	{ name: 'Compliance (deviceCompliancePolicies)', value: 'deviceCompliancePolicies' },
	{ name: 'Device Configuration (deviceConfigurations)', value: 'deviceConfigurations' },
	{ name: 'Settings Catalog (configurationPolicies)', value: 'configurationPolicies' },
	{ name: 'Windows Driver Updates (windowsDriverUpdateProfiles)', value: 'windowsDriverUpdateProfiles' },
	{ name: 'Windows Feature Updates (windowsFeatureUpdateProfiles)', value: 'windowsFeatureUpdateProfiles' },
	{ name: 'Windows Quality Updates (windowsQualityUpdateProfiles)', value: 'windowsQualityUpdateProfiles' },
];

/** An Entra device ID (azureADDeviceId), which BitLocker keys and LAPS passwords are stored under. */
export function entraDeviceIdParameter(name: string): CippParameter {
	return requiredGuid(
		'Entra Device ID',
		'entraDeviceId',
		"The device's Entra ID device ID: azureADDeviceId in Intune → Get Many Devices (not the Intune device ID)",
		name,
		'e.g. 4eef487f-6538-4f41-a732-6f08f503cc8e',
	);
}

const tenantOrId = validate.tenant({ allowAllTenants: false });

/** Tenants given as a list or comma-separated text: each checked, duplicates dropped, at least one. */
export const tenantList: Validator = (value, check) => {
	const entries = Array.isArray(value) ? value : String(value ?? '').split(/[,\n]/);
	const tenants = [...new Set(entries.map((entry) => String(entry).trim()).filter((entry) => entry !== ''))];
	if (tenants.length === 0) validate.text('', check);
	return tenants.map((entry) => tenantOrId(entry, check) as string);
};

/**
 * CIPP's `selectedTenants`: tenant objects. CIPP deploys to each `defaultDomainName`; a custom role
 * with a tenant scope only lets through entries whose `customerId` it allows, which a tenant ID gives.
 */
const selectedTenants: Validator = (value, check) =>
	(tenantList(value, check) as string[]).map((tenant) =>
		validate.isGuid(tenant) ? { customerId: tenant, defaultDomainName: tenant } : { defaultDomainName: tenant },
	);

export const selectedTenantsParameter: CippParameter = tenantsParameter(
	'The customer tenants to deploy to, by default domain or tenant ID, separated by commas. API clients whose CIPP role is limited to some tenants must use tenant IDs.',
	{ name: 'selectedTenants', in: 'body', encoding: 'json' },
	selectedTenants,
);

export const assignmentFilterTypeField = {
	property: {
		displayName: 'Assignment Filter Mode',
		name: 'assignmentFilterType',
		type: 'options' as const,
		options: choices({ Exclude: 'exclude', Include: 'include' }),
		default: 'include',
		description: 'Whether the assignment filter selects the devices to include or to exclude',
	},
	send: { name: 'AssignmentFilterType', in: 'body' as const },
};

export function assignToField(description: string) {
	return {
		property: {
			displayName: 'Assign To',
			name: 'assignTo',
			type: 'options' as const,
			options: ASSIGN_TO_OPTIONS,
			default: 'On',
			description,
		},
		send: { name: 'AssignTo', in: 'body' as const },
	};
}

export function groupNamesField(displayName: string, name: string, sendName: string, description: string) {
	return text(
		displayName,
		name,
		description,
		{ name: sendName, in: 'body' },
		{ placeholder: 'e.g. IT Admins, Sales Team', check: validate.longText },
	);
}

/** The app queue: CIPP stores one row per tenant and deploys them later. */
const queued = actionResult({
	queued: {
		followUp:
			'Intune → Get Many Queued Apps shows the queue; CIPP deploys it every 12 hours, or at once with Intune → Process App Queue. Check CIPP → Logbook for the outcome.',
	},
});

/** CIPP answers nothing at all when it skipped every tenant (not one the API client may manage). */
export function queuedAppOutput(response: unknown, context: OutputContext): IDataObject[] {
	const results = (response as IDataObject | undefined)?.Results;
	if (results === undefined || results === null || (Array.isArray(results) && results.length === 0)) {
		context.fail(
			'CIPP queued the app for no tenant: none of the tenants given is one this API client may manage. If its CIPP role is limited to some tenants, give tenant IDs instead of domains.',
		);
	}
	return queued(response, context);
}

/** Reads that CIPP can also serve from its reporting database. */
export const useReportDbField = {
	property: {
		displayName: 'Use Report Database',
		name: 'useReportDb',
		type: 'boolean' as const,
		default: false,
		description: "Whether to read CIPP's cached report instead of asking Microsoft Graph (faster, may be hours old)",
	},
	send: { name: 'UseReportDB', in: 'query' as const, encoding: 'boolean' as const },
};

const ALL_USERS = { app: 'AllUsers', policy: 'allLicensedUsers' } as const;

/** Who an existing app or policy is assigned to: a plain field, as every assignment names a target. */
export function assignmentTarget(kind: 'app' | 'policy'): CippParameter {
	return {
		property: {
			displayName: 'Assign To',
			name: 'assignTo',
			type: 'string',
			default: '',
			placeholder: `e.g. ${ALL_USERS[kind]} or IT Admins, Sales Team`,
			description: `${ALL_USERS[kind]}, AllDevices, AllDevicesAndUsers, or group names separated by commas. Leave empty to only exclude groups (Additional Fields).`,
		},
		send: { name: 'AssignTo', in: 'body' },
		optional: true,
		validate: validate.longText,
	};
}

/**
 * Assign App and Assign Policy need a target or an exclusion: without one CIPP does nothing (for a
 * policy it even answers HTTP 200 "No assignments specified. No action taken."). Checked before
 * sending, then the one request is sent as usual.
 */
export function withAssignmentTarget(kind: 'app' | 'policy', role: string, output: CippOperation['output']) {
	return async (context: StepContext): Promise<IDataObject[]> => {
		const given = ['assignTo', 'groupIds', 'excludeGroup', 'excludeGroupIds'].some((name) => {
			const value = context.values[name];
			return Array.isArray(value)
				? value.length > 0
				: value !== undefined && String(value).trim() !== '' && String(value).toLowerCase() !== 'on';
		});
		if (!given) {
			validate.invalid(
				{ node: context.node, field: 'Assign To', itemIndex: context.itemIndex, access: 'write' },
				`nothing to assign the ${kind} to: Assign To, Group IDs, Exclude Groups and Exclude Group IDs are all empty.`,
				`Enter ${ALL_USERS[kind]}, AllDevices or group names in Assign To, or add Group IDs or an exclusion under Additional Fields. CIPP makes no change without one.`,
			);
		}
		return output(await context.call(context.request, role), context);
	};
}

/**
 * CIPP (Set-CIPPAssignedApplication, Set-CIPPAssignedPolicy) drops names it cannot resolve and
 * answers as if all went well: the editor says so where the names are typed.
 */
export const SILENT_NAMES = 'CIPP leaves out names that match no group without saying so, and assigns without them.';
export const SILENT_FILTER = 'A name that matches no filter is ignored without an error: CIPP assigns without any filter.';

/** The optional parts of an assignment, the same for apps and policies. */
export function assignmentFields(kind: 'app' | 'policy') {
	return [
		text(
			'Group IDs',
			'groupIds',
			`Object IDs of groups to assign the ${kind} to, separated by commas (instead of names in Assign To)`,
			{ name: 'GroupIds', in: 'body', encoding: 'stringList' },
			{ placeholder: 'e.g. 2b5c9a7e-1f0d-4c3b-9a8e-7d6f5e4c3b2a', check: validate.longText },
		),
		groupNamesField(
			'Exclude Groups',
			'excludeGroup',
			'excludeGroup',
			`Group names to exclude, separated by commas. ${SILENT_NAMES} Exclude Group IDs are exact.`,
		),
		text(
			'Exclude Group IDs',
			'excludeGroupIds',
			'Object IDs of groups to exclude, separated by commas',
			{ name: 'ExcludeGroupIds', in: 'body', encoding: 'stringList' },
			{ placeholder: 'e.g. 2b5c9a7e-1f0d-4c3b-9a8e-7d6f5e4c3b2a', check: validate.longText },
		),
		{
			property: {
				displayName: 'Assignment Mode',
				name: 'assignmentMode',
				type: 'options' as const,
				options: choices({ 'Add to Existing Assignments': 'append', 'Replace Existing Assignments': 'replace' }),
				default: 'append',
				description: `Whether the new targets are added to the ${kind}'s assignments or replace them`,
			},
			send: { name: 'assignmentMode', in: 'body' as const },
		},
		text(
			'Assignment Filter',
			'assignmentFilterName',
			`The name of an Intune assignment filter to apply. ${SILENT_FILTER}`,
			'AssignmentFilterName',
			{ placeholder: 'e.g. Corporate Windows devices' },
		),
		assignmentFilterTypeField,
	];
}

/** The assignment fields of apps CIPP creates (Choco, Store, MSP and Office apps). */
/**
 * CIPP's app assignment (Set-CIPPAssignedApplication) knows AllUsers, not the policies'
 * allLicensedUsers: it would look for a group of that name, find none and leave the new app
 * unassigned. The stored option value stays; it is sent as the word apps understand.
 */
const appAssignTo: Validator = (value) => (value === 'allLicensedUsers' ? 'AllUsers' : value);

export const appFields = {
	assignTo: {
		...assignToField('Who gets the app. All Licensed Users is sent as AllUsers, the target CIPP assigns apps with.'),
		send: { name: 'AssignTo', in: 'body' as const, validate: appAssignTo },
	},
	customGroup: groupNamesField(
		'Custom Group',
		'customGroup',
		'CustomGroup',
		'Group names, separated by commas, when Assign To is Custom Group',
	),
	excludeGroup: groupNamesField('Exclude Groups', 'excludeGroup', 'excludeGroup', 'Group names to exclude, separated by commas'),
	// CIPP reads InstallationIntent as "mark for uninstallation" (its UI's label): the assignment it
	// makes is Uninstall. The parameter name stays as saved workflows store it; the label says what it does.
	availableOnly: pascalFlag(
		'Mark for Uninstall',
		'installationIntent',
		'Whether CIPP assigns the app with intent Uninstall (removing it from the targeted users or devices) instead of Required. CIPP cannot make a new app Available: deploy it, then use Intune → Assign App with Intent Available.',
	),
	description: text('Description', 'description', 'The description of the app in Intune', 'description', { check: validate.longText }),
	installAsSystem: flag(
		'Install As System',
		'installAsSystem',
		'Whether the app installs in the system context (otherwise as the signed-in user). Without this field added, CIPP installs Choco apps as the user and Store apps as system.',
		'InstallAsSystem',
		true,
	),
};

/** The Intune policy picked from Intune → Get Many Policies, sent as the body's ID. */
export const policyIdParameter = recordParameter(
	{
		displayName: 'Policy ID',
		name: 'policyId',
		description: 'The policy, from the list or by its ID (from Intune → Get Many Policies)',
		searchListMethod: 'searchIntunePolicies',
		placeholder: 'Select a policy...',
	},
	{ name: 'ID', in: 'body' },
);

/** The @odata.type CIPP needs to copy an App Protection policy (a clone, or a template made from one). */
export const odataTypeField = text(
	'OData Type',
	'odataType',
	"The policy's @odata.type, needed to copy an App Protection policy",
	'ODataType',
	{
		placeholder: 'e.g. #microsoft.graph.iosManagedAppProtection',
	},
);

/** The policy an operation acts on: its ID and its type, both as Intune → Get Many Policies lists them. */
export function policyParameters(typeField: 'URLName' | 'Type'): CippParameter[] {
	return [
		policyIdParameter,
		policyTypeParameter(POLICY_TYPE_OPTIONS, 'The URLName of the policy in Intune → Get Many Policies', { name: typeField, in: 'body' }),
	];
}

export interface DeviceActionSpec {
	value: string;
	name: string;
	action: string;
	description: string;
	/** The Graph managedDevice action CIPP's ExecDeviceAction passes on. */
	graphAction: string;
	/** What to do once Intune has carried the action out on the device. */
	followUp: string;
}

/**
 * One remote action as an operation of its own, for actions a workflow (or an AI agent) looks for
 * by name; Run Device Action offers every action in one list. Intune queues it for the device's
 * next check-in, so the item says it is queued.
 */
export function deviceActionOperation(spec: DeviceActionSpec): CippOperation {
	return {
		resource: 'intune',
		value: spec.value,
		name: spec.name,
		action: spec.action,
		description: spec.description,
		...writes('ExecDeviceAction', 'Endpoint.MEM.ReadWrite'),
		parameters: [tenantParameter('body'), deviceParameter({ name: 'GUID', in: 'body' })],
		constants: { body: { Action: spec.graphAction } },
		output: actionResult({ queued: { followUp: spec.followUp } }),
	};
}

/** An Intune app by the ID Intune → Get Many Apps lists. */
export const appIdParameter: CippParameter = requiredGuid(
	'App ID',
	'appId',
	'The ID from Intune → Get Many Apps',
	'ID',
	'e.g. 3c9e1a7b-5d2f-4b8a-9c6e-1f4a7d2b5e8c',
);

/** Lists of a tenant's policies that CIPP can also serve from its report database (AllTenants reads it). */
export function policyListOperation(spec: Pick<CippOperation, 'value' | 'name' | 'action' | 'description' | 'endpoint'>): CippOperation {
	return {
		resource: 'intune',
		...spec,
		...reads(spec.endpoint, 'Endpoint.MEM.Read'),
		list: true,
		parameters: [tenantParameter('query', { allowAllTenants: true }), additionalFields([useReportDbField])],
		output: recordsOrFail,
	};
}

export interface TenantSyncSpec extends Pick<CippOperation, 'value' | 'name' | 'action' | 'description' | 'endpoint' | 'role'> {
	/** CIPP's HTTP-200 answer when the tenant has nothing to sync. */
	nothing: RegExp;
	followUp: string;
}

/** A sync Intune starts for a whole tenant (Apple VPP tokens, Apple Business Manager). */
export function tenantSyncOperation(spec: TenantSyncSpec): CippOperation {
	const { nothing, followUp, ...operation } = spec;
	return {
		resource: 'intune',
		...operation,
		...writes(spec.endpoint, spec.role),
		parameters: [tenantParameter('body')],
		refusals: [nothing],
		output: actionResult({ queued: { followUp } }),
	};
}

/** An Intune app of the chosen tenant, picked from Intune → Get Many Apps or typed by ID. */
export function intuneAppParameter(send: SendTo): CippParameter {
	return recordParameter(
		{
			displayName: 'App ID',
			name: 'appId',
			description: 'The app, from the list or by its ID (Intune → Get Many Apps)',
			searchListMethod: 'searchIntuneApps',
			placeholder: 'Select an app...',
		},
		send,
	);
}

/** A Graph report (Schema + Values) as one record per row, keyed by the schema's column names. */
export function reportRows(response: unknown, context: OutputContext): IDataObject[] {
	const rows = recordsOrFail(response, context);
	return rows.flatMap((row) => {
		const schema = row.Schema as Array<{ Column?: string }> | undefined;
		const values = row.Values as unknown[][] | undefined;
		if (!Array.isArray(schema) || !Array.isArray(values)) return [row];
		return values.map(
			(value): IDataObject =>
				Object.fromEntries(schema.map((column, index) => [column.Column ?? String(index), value[index]])) as IDataObject,
		);
	});
}

/** Graph's devicePlatformType values an assignment filter can target. */
const FILTER_PLATFORMS = [
	{ name: 'Android Device Administrator', value: 'android' },
	{ name: 'Android Enterprise', value: 'androidForWork' },
	{ name: 'Android (AOSP)', value: 'androidAOSP' },
	{ name: 'Android App Protection (MAM)', value: 'androidMobileApplicationManagement' },
	{ name: 'iOS/iPadOS', value: 'iOS' },
	{ name: 'iOS App Protection (MAM)', value: 'iOSMobileApplicationManagement' },
	{ name: 'macOS', value: 'macOS' },
	{ name: 'Windows 10 and Later', value: 'windows10AndLater' },
	{ name: 'Windows App Protection (MAM)', value: 'windowsMobileApplicationManagement' },
];

const filterRuleProperty = {
	displayName: 'Rule',
	name: 'rule',
	placeholder: '(device.manufacturer -eq "Microsoft")',
	description: 'The filter rule in Intune\'s syntax, e.g. (device.deviceOwnership -eq "Corporate")',
};

/** The fields of a new assignment filter, the same for a filter and for a CIPP filter template. */
export const assignmentFilterFields: CippParameter[] = [
	requiredLine('Display Name', 'displayName', 'The name of the filter', 'displayName', { placeholder: 'e.g. Corporate Windows devices' }),
	{
		property: {
			displayName: 'Platform',
			name: 'platform',
			type: 'options',
			required: true,
			options: FILTER_PLATFORMS,
			default: 'windows10AndLater',
			description: 'The platform the filter applies to (cannot be changed later)',
		},
		send: { name: 'platform', in: 'body' },
	},
	requiredText(filterRuleProperty, { name: 'rule', in: 'body', validate: validate.longText }),
	additionalFields([
		text('Description', 'description', 'The description of the filter', 'description', { check: validate.longText }),
		choiceField(
			'Filter Type',
			'managementType',
			'Whether the filter selects managed devices (the default) or managed apps',
			'assignmentFilterManagementType',
			'devices',
			choices({ 'Managed Apps': 'apps', 'Managed Devices': 'devices' }),
		),
	]),
];

export const assignmentFilterRuleField = textField(filterRuleProperty, { name: 'rule', in: 'body' }, validate.longText);

/** An Intune assignment filter of the chosen tenant, picked or typed by ID. */
export function assignmentFilterParameter(send: SendTo): CippParameter {
	return recordParameter(
		{
			displayName: 'Filter ID',
			name: 'filterId',
			description: 'The assignment filter, from the list or by its ID (Intune → Get Many Assignment Filters)',
			searchListMethod: 'searchIntuneAssignmentFilters',
			placeholder: 'Select a filter...',
		},
		send,
	);
}

/** A template CIPP keeps in its own table (not per tenant), picked from its list or typed by GUID. */
export function cippTemplateParameter(kind: string, searchListMethod: string, send: SendTo): CippParameter {
	return templatePicker(searchListMethod, `The ${kind} template, from the list or by its GUID`, send);
}

/** Narrows a template list to one template. */
export const templateIdFilter = text(
	'Template ID',
	'templateId',
	'Return only the template with this GUID',
	{ name: 'ID', in: 'query' },
	{ placeholder: 'e.g. 5b1d6e0c-2f4a-4c8e-9a1b-3c7d9e2f4a6b' },
);

type TemplateSpec = Pick<CippOperation, 'value' | 'name' | 'action' | 'description' | 'endpoint' | 'role'>;

/** Lists one kind of CIPP template (shared by every tenant); Template ID narrows it to one. */
export function templateListOperation(spec: TemplateSpec & { output?: CippOperation['output'] }): CippOperation {
	const { output = records, ...operation } = spec;
	return {
		resource: 'intune',
		...operation,
		...reads(spec.endpoint, spec.role),
		list: true,
		parameters: [additionalFields([templateIdFilter])],
		output,
	};
}

/** Deletes one CIPP template by GUID; `refusals` are CIPP's HTTP-200 words for a GUID it did not find. */
export function templateRemoveOperation(
	spec: TemplateSpec & { kind: string; searchListMethod: string; refusals?: RegExp[] },
): CippOperation {
	const { kind, searchListMethod, ...operation } = spec;
	return {
		resource: 'intune',
		...operation,
		...writes(spec.endpoint, spec.role),
		parameters: [cippTemplateParameter(kind, searchListMethod, { name: 'ID', in: 'body' })],
		output: actionResult(),
	};
}

/** One tenant sent as CIPP's `selectedTenants: {value, label}` (CIPP loops over `.value`). */
export const selectedTenantParameter: CippParameter = {
	...tenantParameter('body'),
	send: { name: 'selectedTenants', in: 'body', encoding: 'labelValue' },
};

/** Refuses an item before sending when none of the named values is given (CIPP would do nothing, or nothing useful). */
export function requireAnyOf(context: StepContext, names: string[], field: string, problem: string, fix: string): void {
	if (names.some((name) => context.values[name] !== undefined)) return;
	validate.invalid({ node: context.node, field, itemIndex: context.itemIndex, access: 'write' }, problem, fix);
}

export const disableRestartField = pascalFlag(
	'Disable Restart',
	'disableRestart',
	'Whether Intune must not restart the device after installing',
);

/** The Autopilot identity (not the managed device), picked from Intune → Get Many Autopilot Devices or typed by ID. */
const autopilotDeviceParameter = recordParameter(
	{
		displayName: 'Autopilot Device',
		name: 'autopilotDevice',
		description: 'The Windows Autopilot device, from the list (by serial number) or by its Autopilot ID',
		searchListMethod: 'searchIntuneAutopilotDevices',
		placeholder: 'Select an Autopilot device...',
	},
	{ name: 'deviceId', in: 'body' },
);

const serialNumberField = text('Serial Number', 'serialNumber', "Quoted in CIPP's message only", 'serialNumber', {
	placeholder: 'e.g. 0F3K9PL24703',
});

/** One property of an Autopilot identity set through Graph's UpdateDeviceProperties (rename, group tag). */
export function autopilotPropertyOperation(
	spec: Pick<CippOperation, 'value' | 'name' | 'action' | 'description' | 'endpoint'> & { field: CippParameter },
): CippOperation {
	const { field, ...operation } = spec;
	return {
		resource: 'intune',
		...operation,
		...writes(spec.endpoint, 'Endpoint.Autopilot.ReadWrite'),
		parameters: [tenantParameter('body'), autopilotDeviceParameter, field, additionalFields([serialNumberField])],
		output: actionResult(),
	};
}

/** A CVE as Get Many CVEs lists it (Add and Remove CVE Exception). */
export const cveIdParameter = requiredLine(
	'CVE ID',
	'cveId',
	'The CVE, as Get Many CVEs lists it',
	{ name: 'cveId', in: 'body', validate: validate.matching(/^CVE-\d{4}-\d{4,}$/i, 'CVE-2025-21298') },
	{ placeholder: 'e.g. CVE-2025-21298' },
);
/** A Windows Autopilot device by the ID Intune → Get Many Autopilot Devices gives, sent where `field` says. */
export function autopilotDeviceIdParameter(field: string): CippParameter {
	return requiredGuid(
		'Autopilot Device ID',
		'autopilotDeviceId',
		'The ID from Intune → Get Many Autopilot Devices',
		field,
		'e.g. 7e1c3a5b-9d2f-4e6a-8b0c-1d3f5a7c9e2b',
	);
}

/** The required "Tenants" text of an operation run in several tenants at once, by default domain or tenant ID. */
export function tenantsParameter(description: string, send: SendTo, check: Validator): CippParameter {
	return {
		property: {
			displayName: 'Tenants',
			name: 'tenants',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. contoso.onmicrosoft.com, fabrikam.onmicrosoft.com',
			description,
		},
		send,
		validate: check,
	};
}

/** The required Policy Type of an Intune policy: the Graph collection it is in, from `options`. */
export function policyTypeParameter(options: INodePropertyOptions[], description: string, send: SendTo): CippParameter {
	return {
		property: {
			displayName: 'Policy Type',
			name: 'policyType',
			type: 'options',
			required: true,
			options,
			default: 'configurationPolicies',
			description,
		},
		send,
	};
}
