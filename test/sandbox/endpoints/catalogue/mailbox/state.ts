/**
 * What the Mailbox endpoints keep beyond the user module's mailbox (type, archive, forwarding,
 * out of office): address-list visibility, holds, quotas, client access, permissions and inbox
 * rules, per mailbox, one copy per sandbox.
 */
import { perSandbox, stableGuid } from '../../../directory';
import type { SandboxState, SandboxTenant, SandboxUser } from '../../../fixtures';
import { GraphError, graphTenant, normalizeGraphError } from '../../../graph';
import { psString } from '../../../powershell';
import type { Endpoint, EndpointContext } from '../../endpoint';
import { exoMailbox } from '../user/data';
import type { Mailbox } from '../user/data';

export const CAS_PROTOCOLS = ['OWAEnabled', 'ECPEnabled', 'IMAPEnabled', 'POPEnabled', 'MAPIEnabled', 'EWSEnabled', 'ActiveSyncEnabled'];

export interface InboxRule {
	Identity: string;
	RuleIdentity: string;
	Name: string;
	Enabled: boolean;
	Priority: number;
	Description: string;
	From: string[] | null;
	SubjectContainsWords: string[] | null;
	MoveToFolder: string | null;
	ForwardTo: string[] | null;
	DeleteMessage: boolean;
	StopProcessingRules: boolean;
}

export interface MailboxExtras {
	hidden: boolean;
	litigationHold: boolean;
	litigationHoldDate: string | null;
	litigationHoldDuration: string;
	retentionHold: boolean;
	autoExpanding: boolean;
	copyForSentAs: boolean;
	copyForSendOnBehalf: boolean;
	quotas: { IssueWarningQuota: string; ProhibitSendQuota: string; ProhibitSendReceiveQuota: string };
	recipientLimits: number | 'Unlimited';
	cas: Record<string, boolean>;
	managedFolderAssistantRuns: number;
	/** Full Access grants (trustee UPN -> automapping) and Send As / Send on Behalf trustees. */
	fullAccess: Map<string, boolean>;
	sendAs: string[];
	sendOnBehalf: string[];
	rules: InboxRule[];
	/** The Exchange retention (MRM) policy Set-Mailbox -RetentionPolicy gave it, and its regional language. */
	retentionPolicy: string;
	locale: string | null;
}

const SKU_WITH_HOLD = new Set(['cbdc14ab-d96c-4c30-b9f4-6ada7cdc1d46', '05e9a617-0261-4cee-bb44-138d3ef5d965']);

/** Exchange Online Plan 2 or archiving (Business Premium, E3) lets a mailbox hold items. */
export function licensedForHold(user: SandboxUser): boolean {
	return user.assignedLicenses.some((license) => SKU_WITH_HOLD.has(license.skuId));
}

function starterRules(user: SandboxUser): InboxRule[] {
	if (user.accountEnabled === false || !user.mail) return [];
	const rule = (index: number, spec: Partial<InboxRule> & { Name: string; Description: string }): InboxRule => {
		const ruleId = String(BigInt(`0x${stableGuid(`${user.id}/rule/${index}`).replace(/-/g, '').slice(0, 15)}`));
		return {
			Identity: `${user.id}\\${ruleId}`,
			RuleIdentity: ruleId,
			Enabled: true,
			Priority: index + 1,
			From: null,
			SubjectContainsWords: null,
			MoveToFolder: null,
			ForwardTo: null,
			DeleteMessage: false,
			StopProcessingRules: false,
			...spec,
		};
	};
	return [
		rule(0, {
			Name: 'Newsletters',
			Description:
				'If the message:\r\n\tsubject includes "newsletter"\r\nTake the following actions:\r\n\tmove the message to folder "Newsletters"\r\n',
			SubjectContainsWords: ['newsletter'],
			MoveToFolder: `${user.userPrincipalName}:\\Inbox\\Newsletters`,
		}),
	];
}

const extras = perSandbox(() => new Map<string, MailboxExtras>());

/** The extra settings of a user's mailbox, made on first use. */
export function extrasOf(state: SandboxState, user: SandboxUser): MailboxExtras {
	const map = extras(state);
	let found = map.get(user.id);
	if (!found) {
		found = {
			hidden: false,
			litigationHold: false,
			litigationHoldDate: null,
			litigationHoldDuration: 'Unlimited',
			retentionHold: false,
			autoExpanding: false,
			copyForSentAs: false,
			copyForSendOnBehalf: false,
			quotas: {
				IssueWarningQuota: '98 GB (105,226,698,752 bytes)',
				ProhibitSendQuota: '99 GB (106,300,440,576 bytes)',
				ProhibitSendReceiveQuota: '100 GB (107,374,182,400 bytes)',
			},
			recipientLimits: 500,
			cas: Object.fromEntries(CAS_PROTOCOLS.map((name) => [name, true])),
			managedFolderAssistantRuns: 0,
			fullAccess: new Map(),
			sendAs: [],
			sendOnBehalf: [],
			rules: starterRules(user),
			retentionPolicy: 'Default MRM Policy',
			locale: null,
		};
		map.set(user.id, found);
	}
	return found;
}

/** New-ExoRequest's tenant: the tenant must be in CIPP's list and CIPP must hold Exchange Administrator there. */
export function exchangeTenant(state: SandboxState, tenantFilter: unknown): SandboxTenant {
	const tenant = graphTenant(state, tenantFilter, { authCheck: true });
	if (!tenant.gdapRoles.includes('Exchange Administrator')) {
		throw new GraphError("The role assigned to application isn't supported in this scenario.");
	}
	return tenant;
}

export interface ExchangeTarget {
	tenant: SandboxTenant;
	user: SandboxUser;
	mailbox: Mailbox;
	extras: MailboxExtras;
}

/** The mailbox an Exchange cmdlet's -Identity reaches (by UPN, object ID or address), with its extras. */
export function exchangeTarget(state: SandboxState, tenantFilter: unknown, identity: unknown): ExchangeTarget {
	const tenant = exchangeTenant(state, tenantFilter);
	const { user, mailbox } = exoMailbox(state, tenant, psString(identity));
	return { tenant, user, mailbox, extras: extrasOf(state, user) };
}

/** Get-CippException's NormalizedError for an Exchange failure. */
export function exchangeError(error: unknown): string {
	if (!(error instanceof GraphError)) throw error;
	return normalizeGraphError(error.message);
}

export interface ExchangeWrite {
	name: string;
	/** The request's tenant and the mailbox the cmdlet's -Identity gets. */
	target: (ctx: EndpointContext) => { tenantFilter: unknown; identity: unknown };
	/** Makes the change and returns CIPP's Results; a GraphError is Exchange refusing it. */
	change: (target: ExchangeTarget, ctx: EndpointContext) => unknown;
	/** CIPP's Results when Exchange refuses, from Get-CippException's NormalizedError. */
	failed: (error: string, ctx: EndpointContext) => unknown;
	/** The HTTP status CIPP answers a refusal with. */
	failStatus: number;
}

/** A write CIPP sends to one mailbox through New-ExoRequest, answered `{Results}`. */
export function exchangeWrite(spec: ExchangeWrite): Endpoint {
	return {
		name: spec.name,
		role: 'Exchange.Mailbox.ReadWrite',
		handle(ctx) {
			try {
				const { tenantFilter, identity } = spec.target(ctx);
				return { status: 200, body: { Results: spec.change(exchangeTarget(ctx.state, tenantFilter, identity), ctx) } };
			} catch (error) {
				return { status: spec.failStatus, body: { Results: spec.failed(exchangeError(error), ctx) } };
			}
		},
	};
}
