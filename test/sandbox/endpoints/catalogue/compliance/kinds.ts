/** The four Purview kinds CIPP's compliance endpoints share one shape for, with each kind's own words. */
import { stableGuid } from '../../../directory';
import type { SandboxTenant } from '../../../fixtures';

export type PurviewObject = Record<string, unknown> & { Name: string };

export interface SandboxKind {
	stem: string;
	role: string;
	/** CIPP's templates table partition. */
	partition: string;
	/** Whether the List endpoint is modelled here (ListDlpCompliancePolicy belongs to the security sandbox, which reads these objects). */
	list: boolean;
	seed: (tenant: SandboxTenant) => PurviewObject[];
	/** Edit: "Updated <edited> X" / "Failed updating <edited> X. Error: ..." */
	edited: string;
	/** Remove: "Deleted <deleted> X" / "Failed to delete <deleted> X - ..." */
	deleted: string;
	/** Deploy: "Created <deployed> 'N' in T." / "Could not deploy <deployed> 'N' to T: ..." */
	deployed: string;
	/** Templates: "Successfully created <template> Template: ..." / "Removed <template> template with ID ..." */
	template: string;
	/** Seeded templates. */
	templates: Array<{ RowKey: string; JSON: Record<string, unknown> }>;
	/** Template capture from a tenant (tenantFilter + Identity), with the not-found text. */
	capture?: (identity: string, tenant: string) => string;
	/** What Add Template refuses before anything (HTTP 400), given the cleaned source. */
	templateRefusal?: (source: Record<string, unknown>) => string | undefined;
	/** A deploy the helper skips (HTTP 200, no state), given the template and the existing object. */
	deploySkip?: (name: string, tenant: string, template: Record<string, unknown>, existing?: PurviewObject) => string | undefined;
	/** A remove the endpoint refuses, given the object. */
	removeRefusal?: (object: PurviewObject) => string | undefined;
}

const builtIn = (object?: PurviewObject) => String(object?.Publisher ?? '').startsWith('Microsoft');

export const templateIds = {
	dlp: stableGuid('complianceTemplate/dlp/gdpr'),
	retention: stableGuid('complianceTemplate/retention/mail-7y'),
	sit: stableGuid('complianceTemplate/sit/employee-id'),
	label: stableGuid('complianceTemplate/label/confidential'),
};

/** The DLP policies every tenant starts with, and the rules each has (by name). */
const DLP_SEED = [
	{
		name: 'U.S. Financial Data',
		mode: 'Enable',
		rules: ['Low volume of U.S. Financial content found', 'High volume of U.S. Financial content found'],
		type: 'Credit Card Number',
	},
	{
		name: 'U.S. Personally Identifiable Information (PII) Data',
		mode: 'TestWithNotifications',
		rules: ['Low volume of content detected U.S. PII'],
		type: 'U.S. Social Security Number (SSN)',
	},
	{ name: 'Default Office 365 DLP policy', mode: 'Enable', rules: [], type: 'Credit Card Number', isDefault: true },
];

const configuration = (tenant: SandboxTenant, name: string) =>
	`FFO.extest.microsoft.com/Microsoft Exchange Hosted Organizations/${tenant.initialDomainName}/Configuration/${name}`;

function dlpPolicy(tenant: SandboxTenant, policy: (typeof DLP_SEED)[number], index: number): PurviewObject {
	return {
		Name: policy.name,
		Guid: stableGuid(`${tenant.customerId}/dlp/${policy.name}`),
		Comment: policy.isDefault ? null : `Created from the ${policy.name} template`,
		Mode: policy.mode,
		Enabled: true,
		IsDefault: policy.isDefault ?? false,
		Priority: index,
		Type: 'Dlp',
		Workload: 'Exchange, SharePoint, OneDriveForBusiness, Teams',
		ExchangeLocation: ['All'],
		SharePointLocation: ['All'],
		OneDriveLocation: ['All'],
		TeamsLocation: ['All'],
		DistributionStatus: 'Success',
		WhenCreatedUTC: '2025-03-18T10:21:44Z',
		WhenChangedUTC: '2026-06-02T14:05:12Z',
		Identity: configuration(tenant, policy.name),
	};
}

/**
 * Get-DlpComplianceRule for one policy: the seeded policies keep their rules; a policy deployed later
 * (another Guid, even under a seeded name) has none here (the sandbox does not model the rules a template's RuleParams make).
 */
export function dlpRules(tenant: SandboxTenant, policy: PurviewObject): Array<Record<string, unknown>> {
	const seeded = DLP_SEED.find((entry) => entry.name === policy.Name);
	if (!seeded || policy.Guid !== stableGuid(`${tenant.customerId}/dlp/${seeded.name}`)) return [];
	return seeded.rules.map((name, index) => ({
		Name: name,
		ParentPolicyName: policy.Name,
		Priority: index,
		Disabled: false,
		Mode: 'Enforce',
		BlockAccess: index === 0,
		NotifyUser: ['SiteAdmin', 'LastModifier', 'Owner'],
		ContentContainsSensitiveInformation: [{ name: seeded.type, mincount: String(index === 0 ? 10 : 1) }],
		Guid: stableGuid(`${tenant.customerId}/dlp/${seeded.name}/rule/${name}`),
		Identity: configuration(tenant, name),
	}));
}

export const DLP: SandboxKind = {
	stem: 'DlpCompliancePolicy',
	role: 'Security.DlpCompliancePolicy',
	partition: 'DlpCompliancePolicyTemplate',
	list: false,
	seed: (tenant) => DLP_SEED.map((policy, index) => dlpPolicy(tenant, policy, index)),
	edited: 'DLP compliance policy',
	deleted: 'DLP compliance policy',
	deployed: 'DLP compliance policy',
	template: 'DLP Compliance Policy',
	templates: [
		{
			RowKey: templateIds.dlp,
			JSON: {
				name: 'GDPR Baseline',
				comments: 'EU personal data',
				Name: 'GDPR Baseline',
				Mode: 'TestWithNotifications',
				ExchangeLocation: ['All'],
			},
		},
	],
	deploySkip: (name, tenant, _template, existing) =>
		existing?.IsDefault
			? `DLP compliance policy '${name}' is a Microsoft built-in and cannot be modified — skipping in ${tenant}.`
			: undefined,
};

export const RETENTION: SandboxKind = {
	stem: 'RetentionCompliancePolicy',
	role: 'Security.RetentionCompliancePolicy',
	partition: 'RetentionCompliancePolicyTemplate',
	list: true,
	seed: (tenant) => [
		{
			Name: 'Mail - 7 years',
			Guid: stableGuid(`${tenant.customerId}/retention/mail`),
			Enabled: true,
			Mode: 'Enforce',
			Workload: 'Exchange',
			DistributionStatus: 'Success',
			AssociatedRules: [
				{ Name: 'Mail - 7 years rule', Policy: 'Mail - 7 years', RetentionDuration: 2555, RetentionComplianceAction: 'Keep' },
			],
			RuleCount: 1,
		},
		{
			Name: 'Legacy archive',
			Guid: stableGuid(`${tenant.customerId}/retention/legacy`),
			Enabled: false,
			Mode: 'Enforce',
			Workload: 'SharePoint',
			DistributionStatus: 'Success',
			AssociatedRules: [],
			RuleCount: 0,
		},
	],
	edited: 'Retention compliance policy',
	deleted: 'Retention compliance policy',
	deployed: 'retention compliance policy',
	template: 'Retention Compliance Policy',
	templates: [
		{
			RowKey: templateIds.retention,
			JSON: {
				name: 'Teams chats - 1 year',
				comments: null,
				Name: 'Teams chats - 1 year',
				TeamsChatLocation: 'All',
				RuleParams: { RetentionDuration: 365 },
			},
		},
	],
	capture: (identity, tenant) => `Retention policy '${identity}' not found in tenant ${tenant}.`,
};

export const SIT: SandboxKind = {
	stem: 'SensitiveInfoType',
	role: 'Security.SensitiveInfoType',
	partition: 'SensitiveInfoTypeTemplate',
	list: true,
	seed: (tenant) => [
		{
			Name: 'Contoso Employee ID',
			Id: stableGuid(`${tenant.customerId}/sit/employee-id`),
			Publisher: tenant.displayName,
			RulePackId: stableGuid(`${tenant.customerId}/sit/employee-id/pack`),
			Type: 'Entity',
			Description: 'EMP-000000',
		},
		{
			Name: 'Credit Card Number',
			Id: '50842eb7-edc8-4019-85dd-5a5c1f2bb085',
			Publisher: 'Microsoft Corporation',
			RulePackId: '00000000-0000-0000-0000-000000000000',
			Type: 'Entity',
		},
	],
	edited: 'Sensitive Information Type',
	deleted: 'Sensitive Information Type',
	deployed: 'SIT',
	template: 'Sensitive Information Type',
	templates: [
		{
			RowKey: templateIds.sit,
			JSON: { name: 'Project Code', comments: null, Name: 'Project Code', Pattern: 'PRJ-\\d{6}', Confidence: 'High' },
		},
	],
	capture: (identity, tenant) => `Sensitive Information Type '${identity}' not found in tenant ${tenant}.`,
	templateRefusal: (source) =>
		source.Pattern || source.FileDataBase64
			? undefined
			: "Template requires either 'Pattern' (simple mode) or 'FileDataBase64' (advanced mode), or a tenantFilter + Identity to capture an existing SIT.",
	deploySkip: (name, tenant, template, existing) => {
		if (!template.Pattern && !template.FileDataBase64)
			return `SIT '${name}' is missing both 'Pattern' and 'FileDataBase64' - skipping in ${tenant}.`;
		if (builtIn(existing)) return `SIT '${name}' is a Microsoft built-in and cannot be modified - skipping in ${tenant}.`;
		return undefined;
	},
	removeRefusal: (object) => (builtIn(object) ? `SIT '${object.Name}' is a Microsoft built-in and cannot be deleted.` : undefined),
};

export const LABEL: SandboxKind = {
	stem: 'SensitivityLabel',
	role: 'Security.SensitivityLabel',
	partition: 'SensitivityLabelTemplate',
	list: true,
	seed: (tenant) => [
		{
			Name: 'Confidential',
			DisplayName: 'Confidential',
			Guid: stableGuid(`${tenant.customerId}/label/confidential`),
			Priority: 1,
			Disabled: false,
			PublishedInPolicies: ['Global'],
		},
		{
			Name: 'Public',
			DisplayName: 'Public',
			Guid: stableGuid(`${tenant.customerId}/label/public`),
			Priority: 0,
			Disabled: false,
			PublishedInPolicies: ['Global'],
		},
	],
	edited: 'sensitivity label',
	deleted: 'sensitivity label',
	deployed: 'sensitivity label',
	template: 'Sensitivity Label',
	templates: [
		{
			RowKey: templateIds.label,
			JSON: { DisplayName: 'Highly Confidential', Name: 'HighlyConfidential', Comment: null, Tooltip: 'Board only' },
		},
	],
};

export const KINDS = [DLP, RETENTION, SIT, LABEL];
