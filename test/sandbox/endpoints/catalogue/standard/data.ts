/** Standards data CIPP keeps per tenant (by default domain): the last checks, drift decisions, baseline rows. */
import { perSandbox, stableGuid } from '../../../directory';

export const CONTOSO = 'contoso.onmicrosoft.com';
export const FABRIKAM = 'fabrikam.onmicrosoft.com';
export const MSP_BASELINE = stableGuid('standards/baseline');
export const DRIFT_TEMPLATE = stableGuid('standards/drift');
/** An Intune policy in Contoso that no template defines (a policy deviation). */
export const EXTRA_POLICY = stableGuid('standards/drift/extra-policy');
/** The baseline the sandbox's baseline rows come from (two stages). */
export const SECURE_BASELINE = stableGuid('standards/baselines/secure');

/** A row of CippStandardsReports: one standard's last check in one tenant. */
export interface ReportRow {
	tenant: string;
	standardName: string;
	value: unknown;
	current?: string;
	expected?: string;
	licenseAvailable: boolean;
	templateId: string;
	timestamp: string;
}

/** A row of tenantDrift: a decision on one deviation. */
export interface DriftDecision {
	StandardName: string;
	Status: string;
	Reason?: string;
	User: string | null;
	LastModified: string;
}

/** A resolved baseline row (BaselineAlignment table). */
export interface BaselineRow {
	tenantFilter: string;
	standardName: string;
	standardLabel: string;
	status: string;
	compliant: boolean;
	expectedValue: unknown;
	currentValue: unknown;
	acceptedPaths: Record<string, unknown>;
	deviationReason: string | null;
	deviationBy: string | null;
	deviationAt: number | null;
	deviationExpires: unknown;
	remediateOnExpire: boolean;
	lastRun: number;
	lastRemediated: number | null;
}

const checked = '2026-08-03T02:00:00Z';

export const standardsData = perSandbox(() => ({
	reports: [
		{
			tenant: CONTOSO,
			standardName: 'standards.AuditLog',
			value: true,
			licenseAvailable: true,
			templateId: MSP_BASELINE,
			timestamp: checked,
		},
		{
			tenant: CONTOSO,
			standardName: 'standards.DisableBasicAuthSMTP',
			value: false,
			current: '{"SmtpClientAuthenticationDisabled":false}',
			expected: '{"SmtpClientAuthenticationDisabled":true}',
			licenseAvailable: true,
			templateId: MSP_BASELINE,
			timestamp: checked,
		},
		{
			tenant: CONTOSO,
			standardName: 'standards.SecurityDefaults',
			value: false,
			current: '{"isEnabled":false}',
			expected: '{"isEnabled":true}',
			licenseAvailable: true,
			templateId: DRIFT_TEMPLATE,
			timestamp: checked,
		},
		{
			tenant: FABRIKAM,
			standardName: 'standards.AuditLog',
			value: true,
			licenseAvailable: true,
			templateId: MSP_BASELINE,
			timestamp: checked,
		},
	] as ReportRow[],
	/** tenantDrift, by tenant then StandardName. */
	decisions: new Map<string, Map<string, DriftDecision>>(),
	/** Intune policies of Contoso that a Deny - Delete can remove. */
	policies: new Set([EXTRA_POLICY]),
	/** Remediation tasks Deny - Remediate scheduled. */
	tasks: [] as Array<{ Name: string; Recurrence?: string }>,
	/** BaselineRollouts with their stages, and the tenants' stages (BaselineRolloutState). */
	baselines: [
		{
			GUID: SECURE_BASELINE,
			templateName: 'Secure Score Baseline',
			stages: [
				{ name: 'Pilot', standards: ['AuditLog'] },
				{ name: 'Broad', standards: ['DisableBasicAuthSMTP', 'ManualTask.ReviewGlobalAdmins'] },
			],
			assignedTenants: [CONTOSO, FABRIKAM],
			excludedTenants: [] as string[],
			tenantStates: new Map([
				[CONTOSO, 2],
				[FABRIKAM, 1],
			]),
		},
	],
	baseline: [
		baselineRow('AuditLog', 'Unified audit log', 'Compliant', true, { enabled: true }, { enabled: true }),
		baselineRow(
			'DisableBasicAuthSMTP',
			'Disable SMTP basic authentication',
			'Drift',
			false,
			{ SmtpClientAuthenticationDisabled: true, AllowedSenders: [] },
			{ SmtpClientAuthenticationDisabled: false, AllowedSenders: ['scanner@contoso.com'] },
		),
		baselineRow('ManualTask.ReviewGlobalAdmins', 'Review global administrators', 'Drift', false, { completed: true }, { completed: false }),
	],
}));

function baselineRow(name: string, label: string, status: string, compliant: boolean, expected: unknown, current: unknown): BaselineRow {
	return {
		tenantFilter: CONTOSO,
		standardName: name,
		standardLabel: label,
		status,
		compliant,
		expectedValue: expected,
		currentValue: current,
		acceptedPaths: {},
		deviationReason: null,
		deviationBy: null,
		deviationAt: null,
		deviationExpires: null,
		remediateOnExpire: false,
		lastRun: 1785722400,
		lastRemediated: null,
	};
}

/** The drift template's settings (Get-CIPPTenantAlignment standardSettings), by setting. */
export const DRIFT_SETTINGS: Record<string, unknown> = {
	SecurityDefaults: { remediate: false, report: true },
	DisableBasicAuthSMTP: { remediate: false, report: true },
	IntuneTemplate: [{ TemplateList: { value: stableGuid('standards/drift/intune-template'), label: 'BitLocker' } }],
};
