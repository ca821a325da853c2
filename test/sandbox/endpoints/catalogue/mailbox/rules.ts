/**
 * Inbox rules: Invoke-ListMailboxRules (CIPP's hourly cache table, filled by an orchestrator),
 * -ExecSetMailboxRule (Enable-/Disable-InboxRule) and -ExecRemoveMailboxRule (Remove-InboxRule).
 */
import { perSandbox, stableGuid } from '../../../directory';
import type { SandboxState, SandboxTenant } from '../../../fixtures';
import { GraphError } from '../../../graph';
import { psString } from '../../../powershell';
import type { Endpoint, EndpointContext } from '../../endpoint';
import { tenantMailboxes } from './settings';
import type { InboxRule } from './state';
import { exchangeError, exchangeTarget, exchangeTenant } from './state';

function snapshot(state: SandboxState, tenant: SandboxTenant): Array<Record<string, unknown>> {
	try {
		exchangeTenant(state, tenant.defaultDomainName);
	} catch (error) {
		return [{ Name: `Could not connect to tenant ${(error as Error).message}`, Tenant: tenant.defaultDomainName }];
	}
	const rows = tenantMailboxes(state, tenant).flatMap(({ user, extras }) =>
		extras.rules.map((rule) => ({ ...rule, MailboxOwnerId: user.displayName, Tenant: tenant.defaultDomainName })),
	);
	return rows.length > 0 ? rows : [{ Name: 'No rules found', Tenant: tenant.defaultDomainName }];
}

/**
 * cachembxrules: the rows an orchestrator stored per tenant filter (a snapshot, not the live
 * rules). Contoso's was filled by an earlier request within the hour, so its rules (and the Rule
 * picker) answer at once; any other tenant, and AllTenants, starts loading on first use.
 */
const cache = perSandbox((state) => {
	const contoso = state.tenants.find((tenant) => tenant.defaultDomainName === 'contoso.onmicrosoft.com');
	return new Map<string, Array<Record<string, unknown>>>(contoso ? [[contoso.defaultDomainName, snapshot(state, contoso)]] : []);
});

const ListMailboxRules: Endpoint = {
	name: 'ListMailboxRules',
	role: 'Exchange.Mailbox.Read',
	handle(ctx) {
		const tenantFilter = psString(ctx.fromQuery('tenantFilter'));
		const all = tenantFilter === 'AllTenants';
		const rows = cache(ctx.state).get(tenantFilter);
		if (rows) return { status: 200, body: { Results: rows, Metadata: { QueueId: null } } };
		const tenants = all
			? ctx.state.tenants.filter((tenant) => !tenant.isPartner)
			: ctx.state.tenants.filter((tenant) => [tenant.defaultDomainName, tenant.customerId].includes(tenantFilter));
		// The orchestrator runs at once in the sandbox: the next request reads what it stored.
		cache(ctx.state).set(
			tenantFilter,
			tenants.flatMap((tenant) => snapshot(ctx.state, tenant)),
		);
		const metadata = {
			QueueMessage: `Loading data for ${tenantFilter}. Please check back in 1 minute`,
			QueueId: stableGuid(`queue/${tenantFilter}-MailboxRules`),
		};
		return { status: 200, body: { Results: [], Metadata: metadata } };
	},
};

/** The rule -Identity reaches: "<owner>\<id>" anywhere in the tenant, or a name or ID in the anchor mailbox. */
function findRule(ctx: EndpointContext, tenantFilter: unknown): { rules: InboxRule[]; rule: InboxRule } {
	const ruleId = psString(ctx.fromQueryOrBody('ruleId'));
	const target = exchangeTarget(ctx.state, tenantFilter, ctx.fromQueryOrBody('userPrincipalName'));
	const candidates = ruleId.includes('\\')
		? tenantMailboxes(ctx.state, target.tenant).map(({ extras }) => extras.rules)
		: [target.extras.rules];
	for (const rules of candidates) {
		const rule = rules.find((entry) => [entry.Identity, entry.RuleIdentity, entry.Name].includes(ruleId));
		if (rule) return { rules, rule };
	}
	throw new GraphError(
		`The operation couldn't be performed because object '${ruleId}' couldn't be found on 'BN8PR11MB3601.namprd11.prod.outlook.com'.`,
	);
}

const ExecSetMailboxRule: Endpoint = {
	name: 'ExecSetMailboxRule',
	role: 'Exchange.Mailbox.ReadWrite',
	handle(ctx) {
		const state = ctx.fromBody('Enable') ? 'Enable' : ctx.fromBody('Disable') ? 'Disable' : undefined;
		// Invoke-ExecSetMailboxRule throws outside any try: an unhandled error (HTTP 500, plain text).
		if (!state) throw new Error('No state provided for mailbox rule');
		const name = psString(ctx.fromBody('ruleName'));
		const username = psString(ctx.fromBody('userPrincipalName'));
		try {
			findRule(ctx, ctx.fromBody('TenantFilter')).rule.Enabled = state === 'Enable';
		} catch (error) {
			throw new Error(`Could not set mailbox rule ${name} for ${username} to ${state}d. Error: ${exchangeError(error)}`);
		}
		return { status: 200, body: { Results: `Successfully set mailbox rule ${name} for ${username} to ${state}d` } };
	},
};

const ExecRemoveMailboxRule: Endpoint = {
	name: 'ExecRemoveMailboxRule',
	role: 'Exchange.Mailbox.ReadWrite',
	handle(ctx) {
		const username = psString(ctx.fromQueryOrBody('userPrincipalName'));
		try {
			const { rules, rule } = findRule(ctx, ctx.fromQueryOrBody('TenantFilter'));
			rules.splice(rules.indexOf(rule), 1);
			return {
				status: 200,
				body: { Results: `Successfully deleted mailbox rule ${psString(ctx.fromQueryOrBody('ruleName'))} for ${username}` },
			};
		} catch (error) {
			return { status: 500, body: { Results: `Failed to delete rule for ${username}. Error: ${exchangeError(error)}` } };
		}
	},
};

export const endpoints: Endpoint[] = [ListMailboxRules, ExecSetMailboxRule, ExecRemoveMailboxRule];
