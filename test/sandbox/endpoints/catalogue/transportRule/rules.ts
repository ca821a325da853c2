/**
 * Invoke-ListTransportRules, -AddEditTransportRule, -EditTransportRule, -RemoveTransportRule and
 * -AddTransportRule, over each tenant's rules (data.ts), so a rule created is listed next.
 */
import { perSandbox } from '../../../directory';
import { GraphError, normalizeGraphError } from '../../../graph';
import { getIgnoreCase } from '../../../http';
import { coalesce, psList, psString } from '../../../powershell';
import type { SandboxTenant } from '../../../fixtures';
import type { HttpResult } from '../../../http';
import type { Endpoint, EndpointContext } from '../../endpoint';
import { customerTenants, isAllTenants } from '../security/common';
import { fromPowerShellCommand } from '../exchangePolicy/templates';
import { exchangeTenant } from '../tenant/request';
import type { ExoObject } from './data';
import { fieldArray, findExo, withoutName, newRule, refuseDuplicate, tenantTransport, valueOrSelf } from './data';

const filled = perSandbox(() => ({ transportRules: false }));

const ListTransportRules: Endpoint = {
	name: 'ListTransportRules',
	role: 'Exchange.TransportRule.Read',
	handle(ctx) {
		const tenantFilter = ctx.fromQuery('tenantFilter');
		const id = ctx.fromQuery('id');
		try {
			if (!id && isAllTenants(tenantFilter)) {
				const cache = filled(ctx.state);
				if (!cache.transportRules) {
					cache.transportRules = true;
					const Metadata = {
						QueueMessage: 'Loading transport rules for all tenants. Please check back in a few minutes',
						QueueId: 'transport-rules-queue',
					};
					return { status: 200, body: { Results: [], Metadata } };
				}
				const rows = customerTenants(ctx.state).flatMap((tenant) => {
					try {
						return tenantTransport(ctx.state, exchangeTenant(ctx.state, tenant.defaultDomainName)).rules.map((rule) => ({
							...rule,
							Tenant: tenant.defaultDomainName,
						}));
					} catch (error) {
						if (error instanceof GraphError) return [];
						throw error;
					}
				});
				return { status: 200, body: { Results: rows, Metadata: { QueueId: null } } };
			}
			const rules = tenantTransport(ctx.state, exchangeTenant(ctx.state, tenantFilter)).rules;
			const found = id ? [findExo(rules, id)] : [...rules].sort((a, b) => Number(a.Priority) - Number(b.Priority));
			return { status: 200, body: { Results: found, Metadata: null } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 403, body: normalizeGraphError(error.message) };
		}
	},
};

/** Fields AddEditTransportRule reads besides the rule's own settings. */
const CONTROL = new Set(['tenantfilter', 'ruleid', 'name', 'state', 'enabled']);
const TEXT_ARRAY = /(Words|Patterns|SenderIpRanges|IncidentReportContent)$/;
const OBJECT_ARRAY = /(From|FromMemberOf|SentTo|SentToMemberOf|Header|HeaderMemberOf|MessageTo|CopyTo|ByUser|DomainIs)$/;

/** The Set-/New-TransportRule parameters CIPP builds from the body (missing and empty ones left out). */
function ruleParameters(body: Record<string, unknown>): Record<string, unknown> {
	const params: Record<string, unknown> = {};
	for (const [key, raw] of Object.entries(body)) {
		if (CONTROL.has(key.toLowerCase()) || raw === null || raw === undefined || raw === '') continue;
		if (TEXT_ARRAY.test(key)) {
			const list = Array.isArray(raw)
				? raw
				: psString(raw)
						.split(',')
						.map((entry) => entry.trim())
						.filter(Boolean);
			if (list.length > 0) params[key] = list;
		} else if (OBJECT_ARRAY.test(key) && !/Scope$/.test(key)) {
			const list = fieldArray(raw);
			if (list.length > 0) params[key] = list;
		} else {
			params[key] = valueOrSelf(raw);
		}
	}
	// A header is set only with both name and value; disclaimer options only with the disclaimer.
	if (params.SetHeaderName === undefined || params.SetHeaderValue === undefined) {
		delete params.SetHeaderName;
		delete params.SetHeaderValue;
	}
	if (params.ApplyHtmlDisclaimerText === undefined) {
		delete params.ApplyHtmlDisclaimerLocation;
		delete params.ApplyHtmlDisclaimerFallbackAction;
	}
	return params;
}

function place(rules: ExoObject[], rule: ExoObject, priority: unknown): void {
	const others = rules.filter((entry) => entry !== rule).sort((a, b) => Number(a.Priority) - Number(b.Priority));
	const at = priority === undefined ? others.length : Math.min(Math.max(Number(priority), 0), others.length);
	others.splice(at, 0, rule);
	others.forEach((entry, index) => (entry.Priority = index));
	rules.splice(0, rules.length, ...others);
}

const AddEditTransportRule: Endpoint = {
	name: 'AddEditTransportRule',
	role: 'Exchange.TransportRule.ReadWrite',
	handle(ctx) {
		const body = (ctx.body ?? {}) as Record<string, unknown>;
		const tenantFilter = ctx.fromBody('tenantFilter');
		if (!tenantFilter) return { status: 400, body: 'TenantFilter is required' };
		const identity = ctx.fromBody('ruleId');
		const name = psString(ctx.fromBody('Name'));
		const stateText = psString(ctx.fromBody('State'));
		const enabled = ctx.fromBody('Enabled');
		try {
			const tenant = exchangeTenant(ctx.state, tenantFilter);
			const { rules } = tenantTransport(ctx.state, tenant);
			const params = ruleParameters(body);
			if (identity === undefined || identity === null) {
				if (!name) throw new GraphError("Cannot bind argument to parameter 'Name' because it is an empty string.");
				refuseDuplicate(rules, name, 'transport rule');
				const rule = newRule(tenant, name, { ...params, Priority: 0 });
				if (stateText === 'Disabled' || psString(enabled) === 'Disabled') rule.State = 'Disabled';
				rules.push(rule);
				place(rules, rule, params.Priority);
				return { status: 200, body: { Results: `Successfully created transport rule '${name}'` } };
			}
			const rule = findExo(rules, identity);
			const cmdletState = psString(coalesce(ctx.fromBody('State'), enabled)) === 'Enabled' ? 'Enabled' : 'Disabled';
			if (enabled) {
				rule.State = cmdletState;
				return { status: 200, body: { Results: `Successfully ${psString(enabled)} transport rule ${name}` } };
			}
			if (name && name !== rule.Name) {
				refuseDuplicate(rules, name, 'transport rule');
				Object.assign(rule, { Name: name, Identity: name });
			}
			const { Priority, ...rest } = params;
			Object.assign(rule, rest);
			if (Priority !== undefined) place(rules, rule, Priority);
			rule.State = cmdletState;
			return { status: 200, body: { Results: `Successfully configured transport rule '${name}'` } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return {
				status: 500,
				body: { Results: `Failed to configure transport rule '${name}'. Error: ${normalizeGraphError(error.message)}` },
			};
		}
	},
};

const EditTransportRule: Endpoint = {
	name: 'EditTransportRule',
	role: 'Exchange.TransportRule.ReadWrite',
	handle(ctx) {
		const identity = psString(ctx.fromQueryOrBody('guid'));
		const state = psString(ctx.fromQueryOrBody('state'));
		try {
			const { rules } = tenantTransport(ctx.state, exchangeTenant(ctx.state, ctx.fromQueryOrBody('tenantFilter')));
			findExo(rules, identity).State = state === 'enable' ? 'Enabled' : 'Disabled';
			return { status: 200, body: { Results: `Set transport rule ${identity} to ${state}` } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 403, body: { Results: normalizeGraphError(error.message) } };
		}
	},
};

const RemoveTransportRule: Endpoint = {
	name: 'RemoveTransportRule',
	role: 'Exchange.TransportRule.ReadWrite',
	handle(ctx) {
		const identity = psString(ctx.fromQueryOrBody('guid'));
		try {
			const { rules } = tenantTransport(ctx.state, exchangeTenant(ctx.state, ctx.fromQueryOrBody('tenantFilter')));
			rules.splice(rules.indexOf(findExo(rules, identity)), 1);
			return { status: 200, body: { Results: `Deleted ${identity}` } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 403, body: { Results: normalizeGraphError(error.message) } };
		}
	},
};

/** `($Request.Body.selectedTenants).value`. */
export function selectedTenants(body: unknown): string[] {
	const selected = getIgnoreCase(body, 'selectedTenants');
	const list = psList(selected);
	return list.map((entry) => psString(getIgnoreCase(entry, 'value'))).filter(Boolean);
}

const EXCLUDED = new Set([
	'guid',
	'hassenderoverride',
	'exceptifhassenderoverride',
	'exceptifmessagecontainsdataclassifications',
	'messagecontainsdataclassifications',
]);

const AddTransportRule: Endpoint = {
	name: 'AddTransportRule',
	role: 'Exchange.TransportRule.ReadWrite',
	anyTenant: true,
	handle(ctx) {
		const json = fromPowerShellCommand((ctx.body ?? {}) as Record<string, unknown>);
		const params = Object.fromEntries(Object.entries(json).filter(([key, value]) => !EXCLUDED.has(key.toLowerCase()) && value !== null));
		const name = psString(getIgnoreCase(params, 'name'));
		return perSelectedTenant(
			ctx,
			(tenant, tenantFilter) => {
				const { rules } = tenantTransport(ctx.state, tenant);
				const existing = rules.find((rule) => rule.Identity === name);
				const { Priority, ...settings } = withoutName(params);
				if (existing) {
					Object.assign(existing, settings);
					if (Priority !== undefined) place(rules, existing, Priority);
					return `Successfully set transport rule for ${tenantFilter}.`;
				}
				if (!name) throw new GraphError("Cannot bind argument to parameter 'Name' because it is an empty string.");
				const rule = newRule(tenant, name, settings);
				rules.push(rule);
				place(rules, rule, Priority);
				return `Successfully created transport rule for ${tenantFilter}.`;
			},
			(tenantFilter, error) => `Could not create transport rule for ${tenantFilter}: ${error}`,
		);
	},
};

export const endpoints: Endpoint[] = [ListTransportRules, AddEditTransportRule, EditTransportRule, RemoveTransportRule, AddTransportRule];

/**
 * CIPP's loop over `selectedTenants`: one answer line per tenant, its catch turning an Exchange
 * failure into `failed(...)`; HTTP 200 whatever happened.
 */
export function perSelectedTenant(
	ctx: EndpointContext,
	work: (tenant: SandboxTenant, tenantFilter: string) => string,
	failed: (tenantFilter: string, error: string) => string,
): HttpResult {
	const results = selectedTenants(ctx.body).map((tenantFilter) => {
		try {
			return work(exchangeTenant(ctx.state, tenantFilter), tenantFilter);
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return failed(tenantFilter, normalizeGraphError(error.message));
		}
	});
	return { status: 200, body: { Results: results } };
}
