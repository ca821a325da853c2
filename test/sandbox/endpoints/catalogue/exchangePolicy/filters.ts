/**
 * Invoke-List/Add/RemoveTenantAllowBlockList, -ListSpamfilter, -AddSpamFilter, -EditSpamFilter,
 * -RemoveSpamfilter, -ListConnectionFilter, -AddConnectionFilter, the protection rule switches
 * (-EditAntiPhishingFilter, -EditMalwareFilter, -EditSafeAttachmentsFilter) and
 * -ListMailQuarantineMessage, over each tenant's protection data (data.ts).
 */
import { GraphError, normalizeGraphError } from '../../../graph';
import { getIgnoreCase } from '../../../http';
import { coalesce, psString } from '../../../powershell';
import type { Endpoint, EndpointContext } from '../../endpoint';
import { customerTenants, isAllTenants } from '../security/common';
import { tenantSecurity } from '../security/data';
import { exchangeTenant, exoNotFound, valueOf } from '../tenant/request';
import { findExo } from '../transportRule/data';
import { perSelectedTenant } from '../transportRule/rules';
import { allowBlockEntry, tenantProtection } from './data';
import { fromPowerShellCommand } from './templates';

/** Runs `work`, answering an Exchange failure with `status` and `failed(text)` as CIPP's catch does. */
function exo(status: number, failed: (error: string) => unknown, work: () => unknown) {
	try {
		return { status: 200, body: work() };
	} catch (error) {
		if (!(error instanceof GraphError)) throw error;
		return { status, body: failed(normalizeGraphError(error.message)) };
	}
}

const protectionOf = (ctx: EndpointContext, tenantFilter: unknown) => tenantProtection(ctx.state, exchangeTenant(ctx.state, tenantFilter));

const ListTenantAllowBlockList: Endpoint = {
	name: 'ListTenantAllowBlockList',
	role: 'Exchange.SpamFilter.Read',
	handle(ctx) {
		const tenantFilter = ctx.fromQuery('tenantFilter');
		if (psString(ctx.fromQuery('UseReportDB')).toLowerCase() === 'true' || isAllTenants(tenantFilter)) {
			const tenants = isAllTenants(tenantFilter) ? customerTenants(ctx.state) : [exchangeTenant(ctx.state, tenantFilter)];
			return {
				status: 200,
				body: tenants.flatMap((tenant) =>
					tenantProtection(ctx.state, tenant).allowBlockReport.map((entry) => ({ ...entry, Tenant: tenant.defaultDomainName })),
				),
			};
		}
		return exo(
			403,
			(error) => [error],
			() => protectionOf(ctx, tenantFilter).allowBlock.map((entry) => ({ ...entry, Tenant: psString(tenantFilter) })),
		);
	},
};

const HASH = /^[0-9a-f]{64}$/i;

const AddTenantAllowBlockList: Endpoint = {
	name: 'AddTenantAllowBlockList',
	role: 'Exchange.SpamFilter.ReadWrite',
	handle(ctx) {
		const body = (ctx.body ?? {}) as Record<string, unknown>;
		const tenantId = valueOf(ctx.fromBody('tenantID'));
		const tenants = isAllTenants(tenantId)
			? customerTenants(ctx.state).map((tenant) => tenant.defaultDomainName)
			: (Array.isArray(tenantId) ? tenantId : [tenantId]).map(psString);
		const given = getIgnoreCase(body, 'entries');
		const entries = Array.isArray(given)
			? given.map(psString)
			: psString(given)
					.split(/[,;]/)
					.map((entry) => entry.trim())
					.filter(Boolean);
		const listType = psString(getIgnoreCase(body, 'listType'));
		const method = psString(getIgnoreCase(body, 'listMethod'));
		const results = tenants.map((tenantFilter) => {
			try {
				const tenant = exchangeTenant(ctx.state, tenantFilter);
				const data = tenantProtection(ctx.state, tenant);
				if (method !== 'Allow' && method !== 'Block')
					throw new GraphError(`A parameter cannot be found that matches parameter name '${method}'.`);
				if (!['Sender', 'Url', 'FileHash', 'IP'].includes(listType))
					throw new GraphError(`Cannot bind parameter 'ListType' to the value '${listType}'.`);
				if (listType === 'FileHash' && entries.some((entry) => !HASH.test(entry)))
					throw new GraphError('The file hash must be a SHA256 hash.');
				const noExpiration = getIgnoreCase(body, 'NoExpiration') === true;
				const removeAfter = !noExpiration && getIgnoreCase(body, 'RemoveAfter') === true;
				for (const value of entries) {
					if (data.allowBlock.some((entry) => entry.ListType === listType && entry.Value.toLowerCase() === value.toLowerCase())) {
						throw new GraphError(`Entry '${value}' already exists.`);
					}
				}
				const expires = noExpiration || removeAfter ? null : new Date(Date.now() + 30 * 86400000).toISOString();
				for (const value of entries) {
					data.allowBlock.push({
						...allowBlockEntry(tenant, value, listType, method, psString(getIgnoreCase(body, 'notes')), expires),
						...(removeAfter ? { RemoveAfter: 45 } : {}),
					});
				}
				return `Successfully added ${psString(getIgnoreCase(body, 'Entries'))} as type ${psString(getIgnoreCase(body, 'ListType'))} to the ${method} list for ${tenantFilter}`;
			} catch (error) {
				if (!(error instanceof GraphError)) throw error;
				return `Failed to create blocklist. Error: ${normalizeGraphError(error.message)}`;
			}
		});
		return {
			status: 200,
			body: { Results: results, Request: { tenantid: tenants[tenants.length - 1], cmdlet: 'New-TenantAllowBlockListItems' } },
		};
	},
};

const RemoveTenantAllowBlockList: Endpoint = {
	name: 'RemoveTenantAllowBlockList',
	role: 'Exchange.SpamFilter.ReadWrite',
	handle(ctx) {
		const given = ctx.fromBody('Entries');
		const entries = (Array.isArray(given) ? given : [given]).map(psString);
		const listType = psString(ctx.fromBody('ListType'));
		return exo(
			403,
			(error) => ({ Results: `Failed to remove ${psString(given)} type ${listType}. Error: ${error}` }),
			() => {
				const data = protectionOf(ctx, ctx.fromBody('tenantFilter'));
				const found = entries.map((value) => {
					const entry = data.allowBlock.find(
						(candidate) => candidate.ListType === listType && candidate.Value.toLowerCase() === value.toLowerCase(),
					);
					if (!entry) throw new GraphError(`Entry not found: ${value}`);
					return entry;
				});
				data.allowBlock = data.allowBlock.filter((entry) => !found.includes(entry));
				return { Results: `Successfully removed ${psString(given)} with type ${listType} from Block/Allow list` };
			},
		);
	},
};

const ListSpamfilter: Endpoint = {
	name: 'ListSpamfilter',
	role: 'Exchange.SpamFilter.Read',
	handle(ctx) {
		return exo(
			403,
			(error) => [error],
			() => {
				const data = protectionOf(ctx, ctx.fromQuery('tenantfilter'));
				return data.spamPolicies.map((policy) => {
					const rule = data.spamRules.find((candidate) => candidate.Name === policy.Name);
					return { ...policy, ruleState: rule?.State ?? null, rulePrio: rule?.Priority ?? null };
				});
			},
		);
	},
};

const EditSpamFilter: Endpoint = {
	name: 'EditSpamFilter',
	role: 'Exchange.SpamFilter.ReadWrite',
	handle(ctx) {
		const name = psString(ctx.fromQueryOrBody('name'));
		const state = psString(ctx.fromBody('state'));
		return exo(
			403,
			(error) => ({ Results: `Failed setting Spamfilter rule ${name} to ${state}. Error: ${error}` }),
			() => {
				findExo(protectionOf(ctx, ctx.fromQuery('tenantFilter')).spamRules, name).State = state === 'enable' ? 'Enabled' : 'Disabled';
				return { Results: `Set Spamfilter rule ${name} to ${state}` };
			},
		);
	},
};

const RemoveSpamfilter: Endpoint = {
	name: 'RemoveSpamfilter',
	role: 'Exchange.Spamfilter.ReadWrite',
	handle(ctx) {
		const name = psString(ctx.fromQueryOrBody('name'));
		return exo(
			403,
			(error) => ({ Results: `Failed to delete Spam filter rule ${name} - ${error}` }),
			() => {
				const data = protectionOf(ctx, ctx.fromQuery('tenantFilter'));
				data.spamRules.splice(data.spamRules.indexOf(findExo(data.spamRules, name)), 1);
				const policy = data.spamPolicies.findIndex((candidate) => candidate.Name.toLowerCase() === name.toLowerCase());
				if (policy < 0) throw exoNotFound(name);
				data.spamPolicies.splice(policy, 1);
				return { Results: `Deleted Spam filter rule ${name}` };
			},
		);
	},
};

const AddSpamFilter: Endpoint = {
	name: 'AddSpamFilter',
	role: 'Exchange.SpamFilter.ReadWrite',
	anyTenant: true,
	handle(ctx) {
		const json = fromPowerShellCommand((ctx.body ?? {}) as Record<string, unknown>);
		const name = psString(getIgnoreCase(json, 'name'));
		const priority = ctx.fromBody('Priority');
		const settings = Object.fromEntries(Object.entries(json).filter(([key]) => !['guid', 'comments', 'name'].includes(key.toLowerCase())));
		return perSelectedTenant(
			ctx,
			(tenant, tenantFilter) => {
				const data = tenantProtection(ctx.state, tenant);
				if (data.spamPolicies.some((policy) => policy.Name.toLowerCase() === name.toLowerCase())) {
					throw new GraphError(`The policy "${name}" already exists.`);
				}
				if (priority === undefined || priority === null)
					throw new GraphError("Cannot bind argument to parameter 'Priority' because it is null.");
				data.spamPolicies.push({ Name: name, Identity: name, IsDefault: false, ...settings });
				data.spamRules.push({ Name: name, HostedContentFilterPolicy: name, State: 'Enabled', Priority: Number(priority) });
				return `Successfully created spamfilter for ${tenantFilter}.`;
			},
			(tenantFilter, error) => `Could not create spamfilter rule for ${tenantFilter}: ${error}`,
		);
	},
};

const ListConnectionFilter: Endpoint = {
	name: 'ListConnectionFilter',
	role: 'Exchange.ConnectionFilter.Read',
	handle(ctx) {
		return exo(
			403,
			(error) => [error],
			() => protectionOf(ctx, ctx.fromQuery('tenantFilter')).connectionFilters,
		);
	},
};

const AddConnectionFilter: Endpoint = {
	name: 'AddConnectionFilter',
	role: 'Exchange.ConnectionFilter.ReadWrite',
	handle(ctx) {
		const json = fromPowerShellCommand((ctx.body ?? {}) as Record<string, unknown>);
		const identity = psString(getIgnoreCase(json, 'name'));
		const settings = Object.fromEntries(Object.entries(json).filter(([key]) => !['guid', 'comments', 'name'].includes(key.toLowerCase())));
		return perSelectedTenant(
			ctx,
			(tenant, tenantFilter) => {
				const policy = tenantProtection(ctx.state, tenant).connectionFilters.find(
					(candidate) => candidate.Name.toLowerCase() === identity.toLowerCase(),
				);
				if (!policy) throw exoNotFound(identity);
				Object.assign(policy, settings);
				return `Successfully created Connection filter for ${tenantFilter}.`;
			},
			(tenantFilter, error) => `Failed to create Connection Filter rule for ${tenantFilter}: ${error}`,
		);
	},
};

/** Enable-/Disable-<kind>Rule by RuleName; any other State is refused by CIPP itself. */
function ruleSwitch(name: string, kind: 'AntiPhish' | 'MalwareFilter' | 'SafeAttachment', words: string): Endpoint {
	return {
		name,
		role: 'Exchange.SpamFilter.ReadWrite',
		handle(ctx) {
			const ruleName = psString(ctx.fromQueryOrBody('RuleName'));
			const state = psString(ctx.fromQueryOrBody('State'));
			return exo(
				500,
				(error) => ({ Results: `Failed setting ${words} rule ${ruleName} to ${state}. Error: ${error}` }),
				() => {
					const rules = protectionOf(ctx, ctx.fromQueryOrBody('tenantFilter')).rules[kind];
					if (state !== 'Enable' && state !== 'Disable') throw new GraphError('Invalid state');
					findExo(rules, ruleName).State = state === 'Enable' ? 'Enabled' : 'Disabled';
					return { Results: `Successfully set ${words} rule ${ruleName} to ${state}` };
				},
			);
		},
	};
}

const ListMailQuarantineMessage: Endpoint = {
	name: 'ListMailQuarantineMessage',
	role: 'Exchange.SpamFilter.Read',
	handle(ctx) {
		const identity = psString(ctx.fromQuery('Identity'));
		return exo(
			403,
			(error) => error,
			() => {
				const tenant = exchangeTenant(ctx.state, ctx.fromQuery('tenantFilter'));
				const message = tenantSecurity(ctx.state, tenant).quarantine.find(
					(candidate) => candidate.Identity.toLowerCase() === identity.toLowerCase(),
				);
				if (!message) throw new GraphError(`The message with identity ${identity} couldn't be found.`);
				const eml = [
					`Message-ID: ${message.MessageId}`,
					`From: ${message.SenderAddress}`,
					`To: ${message.RecipientAddress.join(', ')}`,
					`Subject: ${message.Subject}`,
					`Date: ${new Date(message.ReceivedTime).toUTCString()}`,
					'Content-Type: text/plain; charset="utf-8"',
					'',
					`${coalesce(message.Body, 'Please confirm your account details.') as string}`,
				].join('\r\n');
				return { Identity: identity, Message: eml };
			},
		);
	},
};

export const endpoints: Endpoint[] = [
	ListTenantAllowBlockList,
	AddTenantAllowBlockList,
	RemoveTenantAllowBlockList,
	ListSpamfilter,
	EditSpamFilter,
	RemoveSpamfilter,
	AddSpamFilter,
	ListConnectionFilter,
	AddConnectionFilter,
	ruleSwitch('EditAntiPhishingFilter', 'AntiPhish', 'Anti-Phishing'),
	ruleSwitch('EditMalwareFilter', 'MalwareFilter', 'Malware Filter'),
	ruleSwitch('EditSafeAttachmentsFilter', 'SafeAttachment', 'SafeAttachment'),
	ListMailQuarantineMessage,
];
