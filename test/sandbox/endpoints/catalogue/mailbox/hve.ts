/**
 * High Volume Email accounts (mail users with HVEAccount) and their billing policies:
 * Invoke-ListHVEAccounts (list, one account by Identity, or ListBillingPolicies=true) and
 * Invoke-ExecHVEUser (Action Create, Edit, AssignBillingPolicy, RemoveBillingPolicy, Remove).
 */
import { perSandbox, stableGuid } from '../../../directory';
import type { SandboxState, SandboxTenant } from '../../../fixtures';
import { GraphError } from '../../../graph';
import { psString } from '../../../powershell';
import type { Endpoint, EndpointContext } from '../../endpoint';
import { exchangeError, exchangeTenant } from './state';

interface HveAccount {
	DisplayName: string;
	PrimarySmtpAddress: string;
	ExternalDirectoryObjectId: string;
	WhenCreated: string;
	ReplyTo: string | null;
	BillingPolicyId: string | null;
}

/** Contoso's one billing policy (an Azure subscription HVE use is billed to). */
export const HVE_BILLING_POLICY = 'b1f2c3d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d';

/** Each tenant starts with one HVE account, the newsletter sender. */
const accounts = perSandbox(() => new Map<string, HveAccount[]>());

function accountsOf(state: SandboxState, tenant: SandboxTenant): HveAccount[] {
	const map = accounts(state);
	let found = map.get(tenant.customerId);
	if (!found) {
		const address = `newsletter@${tenant.defaultDomainName}`;
		found = [
			{
				DisplayName: 'Newsletter',
				PrimarySmtpAddress: address,
				ExternalDirectoryObjectId: stableGuid(`${tenant.customerId}/hve/${address}`),
				WhenCreated: '2025-03-01T09:00:00Z',
				ReplyTo: null,
				BillingPolicyId: null,
			},
		];
		map.set(tenant.customerId, found);
	}
	return found;
}

function findAccount(list: HveAccount[], identity: unknown): HveAccount {
	const wanted = psString(identity).trim().toLowerCase();
	const found = list.find((account) => account.PrimarySmtpAddress.toLowerCase() === wanted || account.ExternalDirectoryObjectId === wanted);
	if (!found) throw new GraphError(`The operation couldn't be performed because object '${psString(identity)}' couldn't be found.`);
	return found;
}

/** The columns Invoke-ListHVEAccounts selects from Get-MailUser (:109-120). */
function row(account: HveAccount) {
	return {
		displayName: account.DisplayName,
		primarySmtpAddress: account.PrimarySmtpAddress,
		recipientType: 'MailUser',
		recipientTypeDetails: 'HVEAccount',
		ExternalDirectoryObjectId: account.ExternalDirectoryObjectId,
		Alias: account.PrimarySmtpAddress.split('@')[0],
		WhenCreated: account.WhenCreated,
		AdditionalEmailAddresses: '',
		HiddenFromAddressListsEnabled: false,
	};
}

const ListHVEAccounts: Endpoint = {
	name: 'ListHVEAccounts',
	role: 'Exchange.Mailbox.Read',
	handle(ctx) {
		try {
			const tenant = exchangeTenant(ctx.state, ctx.fromQuery('tenantFilter'));
			if (ctx.fromQuery('ListBillingPolicies') === 'true') {
				return {
					status: 200,
					body: [{ Identity: HVE_BILLING_POLICY, PolicyId: HVE_BILLING_POLICY, Name: 'Contoso HVE', ResourceType: 'HVE' }],
				};
			}
			const list = accountsOf(ctx.state, tenant);
			const identity = ctx.fromQuery('Identity');
			if (!identity) return { status: 200, body: list.map(row) };
			const account = findAccount(list, identity);
			const billed = account.BillingPolicyId !== null;
			return {
				status: 200,
				body: {
					...row(account),
					ReplyTo: account.ReplyTo,
					BillingPolicyId: account.BillingPolicyId,
					BillingPolicyName: billed ? 'Contoso HVE' : null,
					SMTPServer: 'smtp.hve.mx.microsoft',
					SMTPPort: 587,
					Authentication: 'Basic (HVE credentials) or OAuth',
				},
			};
		} catch (error) {
			return { status: 403, body: [exchangeError(error)] };
		}
	},
};

/** `$HVEUserObject.Identity`, which every action but Create refuses when blank (`throw 'Identity is required for <Action> action'`). */
function requiredIdentity(ctx: EndpointContext, action: string): string {
	const identity = psString(ctx.fromBody('Identity'));
	if (!identity.trim()) throw new Error(`Identity is required for ${action} action`);
	return identity;
}

/** Each action's work on the tenant's accounts; it returns CIPP's messages, a GraphError is Exchange refusing. */
const ACTIONS: Record<string, (ctx: EndpointContext, list: HveAccount[], tenant: SandboxTenant) => string[]> = {
	Edit: (ctx, list) => {
		const identity = requiredIdentity(ctx, 'Edit');
		const account = findAccount(list, identity);
		const results: string[] = [];
		const changed = ['DisplayName', 'PrimarySmtpAddress'].filter((field) => psString(ctx.fromBody(field)));
		if (changed.length) {
			if (changed.includes('DisplayName')) account.DisplayName = psString(ctx.fromBody('DisplayName'));
			if (changed.includes('PrimarySmtpAddress')) account.PrimarySmtpAddress = psString(ctx.fromBody('PrimarySmtpAddress'));
			results.push(`Updated ${changed.join(', ')} for ${identity}`);
		}
		const replyTo = psString(ctx.fromBody('ReplyTo'));
		if (replyTo) {
			account.ReplyTo = replyTo;
			results.push(`Updated reply-to address for ${identity} to ${replyTo}`);
		}
		return results.length ? results : [`No changes specified for ${identity}`];
	},
	AssignBillingPolicy: (ctx, list) => {
		const identity = requiredIdentity(ctx, 'AssignBillingPolicy');
		const given = ctx.fromBody('BillingPolicyId');
		const policyId = psString(typeof given === 'object' && given !== null ? (given as { value?: unknown }).value : given);
		if (!policyId.trim()) throw new Error('BillingPolicyId is required for AssignBillingPolicy action');
		if (policyId !== HVE_BILLING_POLICY) throw new GraphError(`The billing policy '${policyId}' couldn't be found.`);
		findAccount(list, identity).BillingPolicyId = policyId;
		return [`Assigned billing policy ${policyId} to ${identity}`];
	},
	RemoveBillingPolicy: (ctx, list) => {
		const identity = requiredIdentity(ctx, 'RemoveBillingPolicy');
		findAccount(list, identity).BillingPolicyId = null;
		return [`Removed billing policy from ${identity}`];
	},
	Remove: (ctx, list) => {
		const identity = requiredIdentity(ctx, 'Remove');
		list.splice(list.indexOf(findAccount(list, identity)), 1);
		return [`Successfully removed HVE account: ${identity}`];
	},
	Create: (ctx, list, tenant) => {
		const address = psString(ctx.fromBody('primarySMTPAddress'));
		const domain = address.split('@')[1]?.toLowerCase() ?? '';
		if (!tenant.domains.map((name) => name.toLowerCase()).includes(domain)) {
			throw new GraphError(`The domain ${domain} isn't an accepted domain for your organization.`);
		}
		if (list.some((account) => account.PrimarySmtpAddress.toLowerCase() === address.toLowerCase())) {
			throw new GraphError(`The proxy address "SMTP:${address}" is already being used by the proxy addresses or LegacyExchangeDN.`);
		}
		list.push({
			DisplayName: psString(ctx.fromBody('displayName')),
			PrimarySmtpAddress: address,
			ExternalDirectoryObjectId: stableGuid(`${tenant.customerId}/hve/${address}`),
			WhenCreated: new Date().toISOString(),
			ReplyTo: null,
			BillingPolicyId: null,
		});
		return [`Successfully created HVE user: ${address}`, 'No Conditional Access policies blocking basic authentication found.'];
	},
};

const ExecHVEUser: Endpoint = {
	name: 'ExecHVEUser',
	role: 'Exchange.Mailbox.ReadWrite',
	handle(ctx) {
		const given = psString(ctx.fromBody('Action'));
		const action = Object.keys(ACTIONS).find((name) => name.toLowerCase() === given.toLowerCase()) ?? 'Create';
		try {
			const tenant = exchangeTenant(ctx.state, ctx.fromBody('TenantFilter'));
			return { status: 200, body: { Results: ACTIONS[action](ctx, accountsOf(ctx.state, tenant), tenant) } };
		} catch (error) {
			const message = error instanceof GraphError ? exchangeError(error) : (error as Error).message;
			return { status: 403, body: { Results: [`Failed to ${(given || 'Create').toLowerCase()} HVE user: ${message}`] } };
		}
	},
};

export const endpoints: Endpoint[] = [ListHVEAccounts, ExecHVEUser];
