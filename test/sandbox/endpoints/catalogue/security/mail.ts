/** Exchange Online Protection and Purview: Invoke-ListMailQuarantine, -ExecQuarantineManagement, -ListSafeLinksPolicy, -ListDlpCompliancePolicy. */
import { GraphError, graphTenant, normalizeGraphError } from '../../../graph';
import { psString } from '../../../powershell';
import type { Endpoint } from '../../endpoint';
import { tenantObjects } from '../compliance/endpoints';
import { DLP, dlpRules } from '../compliance/kinds';
import { exoAnswer, exoTenant } from '../contact/exchange';
import { listedSafeLinks } from '../exchangePolicy/safeLinks';
import { allTenantsCache, fromEveryTenant, isAllTenants } from './common';
import type { QuarantineMessage } from './data';
import { tenantSecurity } from './data';

const PAGE_SIZE = 1000;

const ListMailQuarantine: Endpoint = {
	name: 'ListMailQuarantine',
	role: 'Exchange.SpamFilter.Read',
	handle(ctx) {
		const tenantFilter = ctx.fromQuery('tenantFilter');
		let messages: QuarantineMessage[] = [];
		let metadata: Record<string, unknown> | null = null;
		try {
			if (!isAllTenants(tenantFilter)) {
				const tenant = graphTenant(ctx.state, tenantFilter, { authCheck: true });
				const all = tenantSecurity(ctx.state, tenant).quarantine;
				const manual = ctx.fromQuery('manualPagination');
				if (manual && /^true$/i.test(manual.trim())) {
					const pageText = ctx.fromQuery('nextLink') ?? '';
					const page = /^\d+$/.test(pageText) ? Number(pageText) : 1;
					messages = all.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
					if (messages.length === PAGE_SIZE && page < 1000) metadata = { nextLink: String(page + 1) };
				} else {
					messages = all;
				}
			} else {
				const cache = allTenantsCache(ctx.state, 'AllTenants-QuarantineMessage');
				metadata = cache.ready ? { QueueId: null } : { QueueMessage: cache.message, QueueId: cache.queueId };
				if (cache.ready) {
					messages = fromEveryTenant(ctx.state, (tenant) => tenantSecurity(ctx.state, tenant).quarantine).map(({ tenant, row }) => ({
						...row,
						Tenant: tenant.defaultDomainName,
					}));
				}
			}
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			// CIPP keeps the error text as its "results", then drops every entry without an Identity: 200 and nothing.
			messages = [];
		}
		const sorted = [...messages].sort((a, b) => b.ReceivedTime.localeCompare(a.ReceivedTime));
		return { status: 200, body: { Results: sorted, Metadata: metadata } };
	},
};

const ACTION_TYPES = ['Approve', 'Deny', 'Release'];

const ExecQuarantineManagement: Endpoint = {
	name: 'ExecQuarantineManagement',
	role: 'Exchange.SpamFilter.ReadWrite',
	handle(ctx) {
		const identity = ctx.fromBody('Identity');
		const actionType = psString(Array.isArray(ctx.fromBody('Type')) ? (ctx.fromBody('Type') as unknown[])[0] : ctx.fromBody('Type'));
		try {
			const tenant = graphTenant(ctx.state, ctx.fromBody('tenantFilter'), { authCheck: true });
			const data = tenantSecurity(ctx.state, tenant);
			const ids = (Array.isArray(identity) ? identity : [identity]).map(psString);
			if (actionType !== 'Release' && !ACTION_TYPES.includes(actionType)) {
				throw new GraphError(
					`Cannot process argument transformation on parameter 'ActionType'. Cannot convert value "${actionType}" to type "Microsoft.Exchange.Management.FfoQuarantine.ReleaseActionType". Error: "Unable to match the identifier name ${actionType} to a valid enumerator name. Specify one of the following enumerator names and try again: Approve, Deny, Release"`,
				);
			}
			const found = ids.map((id) => {
				const message = data.quarantine.find((candidate) => candidate.Identity.toLowerCase() === id.toLowerCase());
				if (!message) throw new GraphError(`The message with identity ${id} couldn't be found.`);
				return message;
			});
			for (const message of found) {
				if (actionType === 'Deny') {
					message.ReleaseStatus = 'DENIED';
				} else {
					message.ReleaseStatus = 'RELEASED';
					message.Released = true;
					message.ReleasedUser = [...message.RecipientAddress];
				}
			}
			if (ctx.fromBody('AllowSender') === true) {
				// Failures here are only logged by CIPP.
				const single = typeof identity === 'string' ? found[0] : undefined;
				const sender = psString(ctx.fromBody('SenderAddress')) || single?.SenderAddress;
				const policy = psString(ctx.fromBody('PolicyName')) || single?.PolicyName;
				if (sender && policy && data.spamPolicies[policy] && !data.spamPolicies[policy].includes(sender)) {
					data.spamPolicies[policy].push(sender);
				}
			}
			return { status: 200, body: { Results: `Successfully processed ${psString(identity)}` } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 200, body: { Results: `Failed. ${error.message}` } };
		}
	},
};

const ListSafeLinksPolicy: Endpoint = {
	name: 'ListSafeLinksPolicy',
	role: 'Security.SafeLinksPolicy.Read',
	handle(ctx) {
		try {
			const tenant = graphTenant(ctx.state, ctx.fromQuery('tenantfilter'), { authCheck: true });
			return { status: 200, body: listedSafeLinks(ctx.state, tenant) };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 403, body: normalizeGraphError(error.message) };
		}
	},
};

const ListDlpCompliancePolicy: Endpoint = {
	name: 'ListDlpCompliancePolicy',
	role: 'Security.DlpCompliancePolicy.Read',
	handle(ctx) {
		// Get-DlpCompliancePolicy and Get-DlpComplianceRule (New-ExoRequest -Compliance): the policies the compliance writes change.
		return exoAnswer(
			() => {
				const tenant = exoTenant(ctx.state, ctx.fromQuery('tenantFilter'));
				const policies = tenantObjects(ctx.state, DLP, tenant).map((policy) => {
					const rules = dlpRules(tenant, policy);
					return { ...policy, AssociatedRules: rules, RuleCount: rules.length };
				});
				return { status: 200, body: policies };
			},
			(message) => ({ status: 403, body: [message] }),
		);
	},
};

export const endpoints: Endpoint[] = [ListMailQuarantine, ExecQuarantineManagement, ListSafeLinksPolicy, ListDlpCompliancePolicy];
