/** Each tenant's Safe Links policies and rules, and Invoke-ExecNewSafeLinksPolicy, -EditSafeLinksPolicy, -ExecDeleteSafeLinksPolicy, -ListSafeLinksPolicyDetails and -AddSafeLinksPolicyFromTemplate. */
import { perSandbox, stableGuid } from '../../../directory';
import type { SandboxState, SandboxTenant } from '../../../fixtures';
import { GraphError, normalizeGraphError } from '../../../graph';
import { getIgnoreCase } from '../../../http';
import { psList, psString } from '../../../powershell';
import type { Endpoint, EndpointContext } from '../../endpoint';
import { exchangeTenant } from '../tenant/request';
import { fieldArray, findExo } from '../transportRule/data';
import { safeLinksTemplates } from './kinds';
import { templatesOf } from './templates';

const POLICY_SETTINGS = [
	'EnableSafeLinksForEmail',
	'EnableSafeLinksForTeams',
	'EnableSafeLinksForOffice',
	'TrackClicks',
	'AllowClickThrough',
	'ScanUrls',
	'EnableForInternalSenders',
	'DeliverMessageAfterScan',
	'DisableUrlRewrite',
	'AdminDisplayName',
	'CustomNotificationText',
	'EnableOrganizationBranding',
];
const RULE_LISTS = [
	'SentTo',
	'SentToMemberOf',
	'RecipientDomainIs',
	'ExceptIfSentTo',
	'ExceptIfSentToMemberOf',
	'ExceptIfRecipientDomainIs',
];

type Policy = Record<string, unknown> & { Name: string };
type Rule = Record<string, unknown> & { Name: string; SafeLinksPolicy: string; State: 'Enabled' | 'Disabled' };

interface TenantSafeLinks {
	policies: Policy[];
	rules: Rule[];
	/** Get-EOPProtectionPolicyRule: the preset rule whose name prefixes the built-in policy. */
	builtInRules: Array<{ Name: string; Priority: number; State: string }>;
}

/** What New-SafeLinksPolicy gives a setting left out. */
const DEFAULTS = {
	EnableSafeLinksForEmail: true,
	EnableSafeLinksForTeams: true,
	EnableSafeLinksForOffice: true,
	TrackClicks: true,
	AllowClickThrough: false,
	ScanUrls: true,
	EnableForInternalSenders: true,
	DeliverMessageAfterScan: true,
	DisableUrlRewrite: false,
	DoNotRewriteUrls: [],
	AdminDisplayName: '',
	CustomNotificationText: '',
	EnableOrganizationBranding: false,
	IsValid: true,
};

const noLists = Object.fromEntries(RULE_LISTS.map((name) => [name, null]));

const store = perSandbox(() => new Map<string, TenantSafeLinks>());

/** A tenant's Safe Links configuration: the built-in policy and the policy CIPP's standards deploy. */
export function tenantSafeLinks(state: SandboxState, tenant: SandboxTenant): TenantSafeLinks {
	const all = store(state);
	let data = all.get(tenant.customerId);
	if (!data) {
		data = {
			policies: [
				{ ...DEFAULTS, Name: 'Built-In Protection Policy', AdminDisplayName: 'Built-in Safe Links protection for all users' },
				{ ...DEFAULTS, Name: 'CIPP Default Safe Links Policy', AdminDisplayName: 'Deployed by CIPP standards' },
			],
			rules: [
				{
					...noLists,
					Name: 'CIPP Default Safe Links Rule',
					SafeLinksPolicy: 'CIPP Default Safe Links Policy',
					Priority: 0,
					State: 'Enabled',
					RecipientDomainIs: tenant.domains,
					Comments: null,
				},
			],
			builtInRules: [{ Name: 'Built-In Protection Policy', Priority: -1, State: 'Enabled' }],
		};
		all.set(tenant.customerId, data);
	}
	return data;
}

/** Invoke-ListSafeLinksPolicy's rows: each policy with its rule (or the built-in rule), then rules without a policy. */
export function listedSafeLinks(state: SandboxState, tenant: SandboxTenant): Array<Record<string, unknown>> {
	const data = tenantSafeLinks(state, tenant);
	const matched = new Set<string>();
	const rows: Array<Record<string, unknown>> = data.policies.map((policy) => {
		const { IsValid, ...settings } = policy;
		const rule = data.rules.find((candidate) => candidate.SafeLinksPolicy === policy.Name);
		if (rule) matched.add(rule.Name);
		const builtIn = data.builtInRules.find((candidate) => policy.Name.startsWith(candidate.Name));
		return {
			...settings,
			PolicyName: policy.Name,
			RuleName: rule?.Name ?? null,
			Priority: builtIn ? builtIn.Priority : (rule?.Priority ?? null),
			State: builtIn ? builtIn.State : (rule?.State ?? null),
			...Object.fromEntries(RULE_LISTS.map((name) => [name, rule?.[name] ?? null])),
			Description: policy.AdminDisplayName,
			IsBuiltIn: builtIn !== undefined,
			IsValid,
			ConfigurationStatus: rule ? 'Complete' : 'Policy Only (Missing Rule)',
		};
	});
	for (const rule of data.rules.filter((candidate) => !matched.has(candidate.Name))) {
		rows.push({
			Name: null,
			...Object.fromEntries(POLICY_SETTINGS.map((name) => [name, null])),
			DoNotRewriteUrls: null,
			PolicyName: rule.SafeLinksPolicy,
			RuleName: rule.Name,
			Priority: rule.Priority,
			State: rule.State,
			...Object.fromEntries(RULE_LISTS.map((name) => [name, rule[name] ?? null])),
			Description: rule.Comments ?? null,
			IsBuiltIn: false,
			ConfigurationStatus: `Rule Only (Missing Policy: ${rule.SafeLinksPolicy})`,
		});
	}
	return rows;
}

/** `$Request.Body.<name>` when given (`$null -ne`), lists through ConvertTo-FieldArray (an empty list counts as not given). */
function given(ctx: EndpointContext, names: string[]): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const name of names) {
		const value = getIgnoreCase(ctx.body, name);
		if (value === undefined || value === null) continue;
		if (RULE_LISTS.includes(name) || name === 'DoNotRewriteUrls') {
			const list = fieldArray(value);
			if (list.length > 0) out[name] = list;
		} else out[name] = value;
	}
	return out;
}

const ruleFields = ['Priority', 'Comments', ...RULE_LISTS];

const ExecNewSafeLinksPolicy: Endpoint = {
	name: 'ExecNewSafeLinksPolicy',
	role: 'Exchange.SpamFilter.ReadWrite',
	handle(ctx) {
		const policyName = psString(ctx.fromBody('PolicyName'));
		const ruleName = psString(ctx.fromBody('RuleName'));
		const tenantFilter = psString(ctx.fromQueryOrBody('tenantFilter'));
		try {
			const data = tenantSafeLinks(ctx.state, exchangeTenant(ctx.state, tenantFilter));
			// A bare `return "..."` inside the entrypoint: CIPP's router answers it as an HTTP 200 text body (:124-135).
			if (data.policies.some((policy) => policy.Name === policyName)) {
				return { status: 200, body: `Policy '${policyName}' already exists in tenant ${tenantFilter}` };
			}
			if (data.rules.some((rule) => rule.Name === ruleName)) {
				return { status: 200, body: `Rule '${ruleName}' already exists in tenant ${tenantFilter}` };
			}
			if (!policyName) throw new GraphError("Cannot bind argument to parameter 'Name' because it is an empty string.");
			data.policies.push({ ...DEFAULTS, ...given(ctx, [...POLICY_SETTINGS, 'DoNotRewriteUrls']), Name: policyName });
			if (!ruleName) throw new GraphError("Cannot bind argument to parameter 'Name' because it is an empty string.");
			const rule: Rule = {
				...noLists,
				Priority: data.rules.length,
				Comments: null,
				...given(ctx, ruleFields),
				Name: ruleName,
				SafeLinksPolicy: policyName,
				State: 'Enabled',
			};
			const state = getIgnoreCase(ctx.body, 'State');
			if (state !== undefined && state !== null) rule.State = state === true || state === 'true' ? 'Enabled' : 'Disabled';
			data.rules.push(rule);
			return { status: 200, body: { Results: `Successfully created new SafeLinks policy '${policyName}'and rule '${ruleName}'` } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return {
				status: 500,
				body: {
					Results: `Failed creating new SafeLinks policy '${policyName}'and rule '${ruleName}'. Error: ${normalizeGraphError(error.message)}`,
				},
			};
		}
	},
};

const EditSafeLinksPolicy: Endpoint = {
	name: 'EditSafeLinksPolicy',
	role: 'Exchange.SpamFilter.ReadWrite',
	handle(ctx) {
		const policyName = psString(ctx.fromQueryOrBody('PolicyName'));
		const ruleName = psString(ctx.fromQueryOrBody('RuleName'));
		const results: string[] = [];
		try {
			const data = tenantSafeLinks(ctx.state, exchangeTenant(ctx.state, ctx.fromQueryOrBody('tenantFilter')));
			const policySettings = given(ctx, [...POLICY_SETTINGS, 'DoNotRewriteUrls']);
			const ruleSettings = given(ctx, ruleFields);
			const state = getIgnoreCase(ctx.body, 'State');
			// Only what is given is set: nothing is cleared (:104-150).
			if (Object.keys(policySettings).length > 0) {
				Object.assign(findExo(data.policies, policyName), policySettings);
				results.push(`Successfully updated SafeLinks policy '${policyName}'`);
			}
			const done: string[] = [];
			if (Object.keys(ruleSettings).length > 0) {
				Object.assign(findExo(data.rules, ruleName), ruleSettings);
				done.push('updated properties');
			}
			if (state !== undefined && state !== null) {
				const enabled = state === true || state === 'true';
				findExo(data.rules, ruleName).State = enabled ? 'Enabled' : 'Disabled';
				done.push(enabled ? 'enabled' : 'disabled');
			}
			if (done.length > 0) results.push(`Successfully ${done.join(' and ')} SafeLinks rule '${ruleName}'`);
			return { status: 200, body: { Results: results } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			results.push(`Failed updating SafeLinks configuration '${policyName}'. Error: ${normalizeGraphError(error.message)}`);
			return { status: 500, body: { Results: results } };
		}
	},
};

const ExecDeleteSafeLinksPolicy: Endpoint = {
	name: 'ExecDeleteSafeLinksPolicy',
	role: 'Exchange.SpamFilter.ReadWrite',
	handle(ctx) {
		const ruleName = psString(ctx.fromQueryOrBody('RuleName'));
		const policyName = psString(ctx.fromQueryOrBody('PolicyName'));
		let data: TenantSafeLinks;
		try {
			data = tenantSafeLinks(ctx.state, exchangeTenant(ctx.state, ctx.fromQueryOrBody('tenantFilter')));
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			// Each cmdlet fails on its own; CIPP still answers HTTP 200.
			const text = normalizeGraphError(error.message);
			return {
				status: 200,
				body: {
					Results: [
						ruleName ? `Failed to delete SafeLinks rule '${ruleName}'. Error: ${text}` : 'No rule name provided, skipping rule deletion',
						policyName
							? `Failed to delete SafeLinks policy '${policyName}'. Error: ${text}`
							: 'No policy name provided, skipping policy deletion',
					].join(' | '),
				},
			};
		}
		const remove = <T extends { Name: string }>(list: T[], identity: string, what: string): string => {
			if (!identity) return `No ${what} name provided, skipping ${what} deletion`;
			try {
				if (what === 'policy') {
					if (data.builtInRules.some((rule) => identity.startsWith(rule.Name)))
						throw new GraphError(`The built-in policy '${identity}' can't be removed.`);
					const rule = data.rules.find((candidate) => candidate.SafeLinksPolicy === identity);
					if (rule) throw new GraphError(`The policy '${identity}' is used by the rule '${rule.Name}'. Remove the rule first.`);
				}
				list.splice(list.indexOf(findExo(list, identity)), 1);
				return `Successfully deleted SafeLinks ${what} '${identity}'`;
			} catch (error) {
				if (!(error instanceof GraphError)) throw error;
				return `Failed to delete SafeLinks ${what} '${identity}'. Error: ${normalizeGraphError(error.message)}`;
			}
		};
		const results = [remove(data.rules, ruleName, 'rule'), remove(data.policies, policyName, 'policy')];
		return { status: 200, body: { Results: results.join(' | ') } };
	},
};

const TEMPLATE_FIELDS = [
	'PolicyName',
	...POLICY_SETTINGS.slice(0, 9),
	'DoNotRewriteUrls',
	...POLICY_SETTINGS.slice(9),
	'RuleName',
	'Priority',
	'State',
	'Comments',
	...RULE_LISTS,
];

/** CIPP's template JSON: TemplateName and TemplateDescription, then each kept field that is not null, as sent. */
function templateJson(ctx: EndpointContext): Record<string, unknown> {
	const json: Record<string, unknown> = {
		TemplateName: getIgnoreCase(ctx.body, 'TemplateName') ?? null,
		TemplateDescription: getIgnoreCase(ctx.body, 'TemplateDescription') ?? null,
	};
	for (const name of TEMPLATE_FIELDS) {
		const value = getIgnoreCase(ctx.body, name);
		if (value !== undefined && value !== null) json[name] = value;
	}
	return json;
}

const templateRows = (state: SandboxState) => templatesOf(state, safeLinksTemplates.partition, safeLinksTemplates.seed);

const created = perSandbox(() => ({ count: 0 }));

const CreateSafeLinksPolicyTemplate: Endpoint = {
	name: 'CreateSafeLinksPolicyTemplate',
	role: 'Exchange.SafeLinks.ReadWrite',
	anyTenant: true,
	handle(ctx) {
		const json = templateJson(ctx);
		const guid = stableGuid(`SafeLinksTemplate/${(created(ctx.state).count += 1)}`);
		templateRows(ctx.state).push({ GUID: guid, JSON: json });
		return { status: 200, body: { Results: `Created SafeLinks Policy Template ${psString(json.TemplateName)} with GUID ${guid}` } };
	},
};

const EditSafeLinksPolicyTemplate: Endpoint = {
	name: 'EditSafeLinksPolicyTemplate',
	role: 'Exchange.SafeLinks.ReadWrite',
	anyTenant: true,
	handle(ctx) {
		const id = psString(getIgnoreCase(ctx.body, 'ID'));
		const fail = (error: string) => ({ status: 403, body: { Results: `Failed to update SafeLinks policy template: ${error}` } });
		if (!id) return fail('Template ID is required');
		const row = templateRows(ctx.state).find((template) => template.GUID === id);
		if (!row) return fail(`Template with ID '${id}' not found`);
		// The row is written again from the request alone: whatever is not sent is gone (:38-66).
		row.JSON = templateJson(ctx);
		return { status: 200, body: { Results: `Updated SafeLinks Policy Template ${psString(row.JSON.TemplateName)} with ID ${id}` } };
	},
};

/** Invoke-ListSafeLinksPolicyDetails: Get-SafeLinksPolicy and Get-SafeLinksRule by name, each failing on its own. */
const ListSafeLinksPolicyDetails: Endpoint = {
	name: 'ListSafeLinksPolicyDetails',
	role: 'Exchange.SpamFilter.Read',
	handle(ctx) {
		const policyName = psString(ctx.fromQueryOrBody('PolicyName'));
		const ruleName = psString(ctx.fromQueryOrBody('RuleName'));
		const result: Record<string, unknown> = {};
		const log: string[] = [];
		const fetch = (what: 'policy' | 'rule', name: string, list: () => Array<{ Name: string }>) => {
			const key = what === 'policy' ? 'Policy' : 'Rule';
			if (!name) {
				log.push(`No ${what} name provided, skipping ${what} retrieval`);
				return;
			}
			try {
				const found = findExo(list(), name);
				Object.assign(result, { [key]: { ...found, Identity: found.Name }, [`${key}Name`]: found.Name });
				log.push(`Successfully retrieved details for SafeLinks ${what} '${name}'`);
			} catch (error) {
				if (!(error instanceof GraphError)) throw error;
				const text = normalizeGraphError(error.message);
				log.push(`Failed to retrieve details for SafeLinks ${what} '${name}'. Error: ${text}`);
				result[`${key}Error`] = `Failed to retrieve: ${text}`;
			}
		};
		const data = () => tenantSafeLinks(ctx.state, exchangeTenant(ctx.state, ctx.fromQueryOrBody('tenantFilter')));
		fetch('policy', policyName, () => data().policies);
		fetch('rule', ruleName, () => data().rules);
		if (!result.Policy && !result.Rule) {
			return { status: 500, body: { Results: 'Operation failed: No valid policy or rule details could be retrieved' } };
		}
		return { status: 200, body: { Results: { ...result, Message: log.join(' | ') } } };
	},
};

/** `$X.value` of each entry, as `$RequestBody.<field> | ForEach-Object { $_.value }` reads a list. */
const valuesOf = (list: unknown): unknown[] => psList(list).map((entry) => getIgnoreCase(entry, 'value'));

/** New-SafeLinksPolicyFromTemplate (:77-194): refuses a policy or rule name already there, else creates both. */
function deployTemplate(data: TenantSafeLinks, tenantFilter: string, template: Record<string, unknown>): string {
	const read = (name: string) => getIgnoreCase(template, name);
	const policyName = psString(read('PolicyName'));
	const ruleName = psString(read('RuleName') ?? `${policyName}_Rule`);
	if (data.policies.some((policy) => policy.Name === policyName)) return `Policy '${policyName}' already exists in tenant ${tenantFilter}`;
	if (data.rules.some((rule) => rule.Name === ruleName)) return `Rule '${ruleName}' already exists in tenant ${tenantFilter}`;
	if (!policyName) throw new GraphError("Cannot bind argument to parameter 'Name' because it is an empty string.");
	const lists = (names: string[]) =>
		Object.fromEntries(names.map((name) => [name, fieldArray(read(name))]).filter(([, list]) => (list as unknown[]).length > 0));
	const settings = Object.fromEntries(
		POLICY_SETTINGS.map((name) => [name, read(name)]).filter(([, value]) => value !== undefined && value !== null),
	);
	data.policies.push({ ...DEFAULTS, ...settings, ...lists(['DoNotRewriteUrls']), Name: policyName });
	const priority = read('Priority');
	const state = read('State');
	const enabled = state === 'Enabled' || state === true ? true : state === 'Disabled' || state === false ? false : undefined;
	data.rules.push({
		...noLists,
		Priority: priority ?? data.rules.length,
		Comments: read('TemplateDescription') ?? null,
		...lists(RULE_LISTS),
		Name: ruleName,
		SafeLinksPolicy: policyName,
		State: enabled === false ? 'Disabled' : 'Enabled',
	});
	const deployed = `Successfully deployed SafeLinks policy '${policyName}' and rule '${ruleName}' to tenant ${tenantFilter}`;
	return enabled === undefined ? deployed : `${deployed} (rule ${enabled ? 'enabled' : 'disabled'})`;
}

const AddSafeLinksPolicyFromTemplate: Endpoint = {
	name: 'AddSafeLinksPolicyFromTemplate',
	role: 'Exchange.SafeLinks.ReadWrite',
	handle(ctx) {
		const tenants = valuesOf(ctx.fromBody('selectedTenants')).map(psString);
		const templates = valuesOf(ctx.fromBody('TemplateList')).filter((template) => template !== undefined && template !== null);
		if (templates.length === 0) {
			return {
				status: 500,
				body: { Results: 'Failed to process template deployment request. Error: No templates provided in TemplateList' },
			};
		}
		const results = tenants.flatMap((tenantFilter) =>
			templates.map((template) => {
				try {
					return deployTemplate(
						tenantSafeLinks(ctx.state, exchangeTenant(ctx.state, tenantFilter)),
						tenantFilter,
						template as Record<string, unknown>,
					);
				} catch (error) {
					if (!(error instanceof GraphError)) throw error;
					const name = psString(getIgnoreCase(template, 'TemplateName'));
					return `Failed to deploy template '${name}' to tenant ${tenantFilter}. Error: ${normalizeGraphError(error.message)}`;
				}
			}),
		);
		// A foreach that yields one string gives a scalar: Results is then that text.
		return { status: 200, body: { Results: results.length === 1 ? results[0] : results } };
	},
};

export const endpoints: Endpoint[] = [
	ListSafeLinksPolicyDetails,
	AddSafeLinksPolicyFromTemplate,
	ExecNewSafeLinksPolicy,
	EditSafeLinksPolicy,
	ExecDeleteSafeLinksPolicy,
	CreateSafeLinksPolicyTemplate,
	EditSafeLinksPolicyTemplate,
];
