/** Each tenant's Exchange Online Protection settings (allow/block list, spam and connection filters, quarantine policies, protection rules), per sandbox. */
import { perSandbox, stableGuid } from '../../../directory';
import type { SandboxTenant } from '../../../fixtures';

export interface AllowBlockEntry {
	Identity: string;
	Value: string;
	Action: 'Allow' | 'Block';
	ListType: string;
	Notes: string;
	ExpirationDate: string | null;
	LastModifiedDateTime: string;
	[property: string]: unknown;
}

export interface Permissions {
	ViewHeader: boolean;
	Download: boolean;
	AllowSender: boolean;
	BlockSender: boolean;
	RequestRelease: boolean;
	Release: boolean;
	Preview: boolean;
	Delete: boolean;
}

export interface QuarantinePolicy {
	Name: string;
	Identity: string;
	Guid: string;
	QuarantinePolicyType: 'QuarantinePolicy' | 'GlobalQuarantinePolicy';
	permissions: Permissions;
	ESNEnabled: boolean;
	IncludeMessagesFromBlockedSenderAddress: boolean;
	[property: string]: unknown;
}

export interface ProtectionRule {
	Name: string;
	State: 'Enabled' | 'Disabled';
	Priority: number;
}

export interface TenantProtection {
	allowBlock: AllowBlockEntry[];
	/** The nightly report database: what the list held when it was last cached. */
	allowBlockReport: AllowBlockEntry[];
	spamPolicies: Array<Record<string, unknown> & { Name: string }>;
	spamRules: Array<ProtectionRule & { HostedContentFilterPolicy: string }>;
	connectionFilters: Array<Record<string, unknown> & { Name: string }>;
	quarantinePolicies: QuarantinePolicy[];
	rules: Record<'AntiPhish' | 'MalwareFilter' | 'SafeAttachment', ProtectionRule[]>;
}

export const NO_PERMISSIONS: Permissions = {
	ViewHeader: false,
	Download: false,
	AllowSender: false,
	BlockSender: false,
	RequestRelease: false,
	Release: false,
	Preview: false,
	Delete: false,
};

export function allowBlockEntry(
	tenant: SandboxTenant,
	value: string,
	listType: string,
	action: 'Allow' | 'Block',
	notes: string,
	expires: string | null,
): AllowBlockEntry {
	return {
		Identity: stableGuid(`${tenant.customerId}/allowBlock/${listType}/${value}`),
		Value: value,
		Action: action,
		ListType: listType,
		Notes: notes,
		ExpirationDate: expires,
		LastModifiedDateTime: '2026-11-02T08:15:00Z',
		SubmissionID: '',
	};
}

export function quarantinePolicy(
	tenant: SandboxTenant | null,
	name: string,
	permissions: Partial<Permissions>,
	esn: boolean,
): QuarantinePolicy {
	return {
		Name: name,
		Identity: name,
		Guid: tenant ? stableGuid(`${tenant.customerId}/quarantinePolicy/${name}`) : '00000000-0000-0000-0000-000000000000',
		QuarantinePolicyType: 'QuarantinePolicy',
		permissions: { ...NO_PERMISSIONS, ...permissions },
		ESNEnabled: esn,
		IncludeMessagesFromBlockedSenderAddress: false,
	};
}

const protection = perSandbox(() => new Map<string, TenantProtection>());

export function tenantProtection(state: Parameters<typeof protection>[0], tenant: SandboxTenant): TenantProtection {
	const all = protection(state);
	let data = all.get(tenant.customerId);
	if (!data) {
		const allowBlock = [
			allowBlockEntry(
				tenant,
				'invoices@payrol1-update.example',
				'Sender',
				'Block',
				'Phishing campaign, ticket 4711',
				'2026-12-31T00:00:00Z',
			),
			allowBlockEntry(tenant, 'phish.example.net', 'Url', 'Block', '', null),
		];
		data = {
			allowBlock,
			allowBlockReport: [...allowBlock],
			spamPolicies: [
				{
					Name: 'Default',
					Identity: 'Default',
					IsDefault: true,
					BulkThreshold: 7,
					SpamAction: 'MoveToJmf',
					HighConfidenceSpamAction: 'MoveToJmf',
				},
				{
					Name: 'CIPP Standard Spam Filter',
					Identity: 'CIPP Standard Spam Filter',
					IsDefault: false,
					BulkThreshold: 6,
					SpamAction: 'Quarantine',
					HighConfidenceSpamAction: 'Quarantine',
				},
			],
			spamRules: [
				{ Name: 'CIPP Standard Spam Filter', HostedContentFilterPolicy: 'CIPP Standard Spam Filter', State: 'Enabled', Priority: 0 },
			],
			connectionFilters: [{ Name: 'Default', Identity: 'Default', IPAllowList: [], IPBlockList: [], EnableSafeList: false }],
			quarantinePolicies: [
				quarantinePolicy(
					null,
					'DefaultFullAccessPolicy',
					{ AllowSender: true, BlockSender: true, Release: true, Preview: true, Delete: true },
					false,
				),
				quarantinePolicy(null, 'AdminOnlyAccessPolicy', {}, false),
				quarantinePolicy(tenant, 'Request release only', { BlockSender: true, RequestRelease: true, Preview: true, Delete: true }, true),
				{
					...quarantinePolicy(tenant, 'DefaultGlobalTag', {}, false),
					QuarantinePolicyType: 'GlobalQuarantinePolicy',
					EndUserSpamNotificationFrequency: '1.00:00:00',
					OrganizationBrandingEnabled: false,
				},
			],
			rules: {
				AntiPhish: [{ Name: 'CIPP Standard Anti-Phishing Rule', State: 'Enabled', Priority: 0 }],
				MalwareFilter: [{ Name: 'CIPP Standard Malware Rule', State: 'Enabled', Priority: 0 }],
				SafeAttachment: [{ Name: 'CIPP Standard Safe Attachments Rule', State: 'Disabled', Priority: 0 }],
			},
		};
		all.set(tenant.customerId, data);
	}
	return data;
}
