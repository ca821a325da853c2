/**
 * Standards reports and drift: Invoke-ListStandardsCompare, -ListStandardsCurrentState,
 * -ListTenantAlignment, -ListTenantDrift, -ExecUpdateDriftDeviation.
 */
import { psString } from '../../../powershell';
import type { Endpoint, EndpointContext } from '../../endpoint';
import { CONTOSO, DRIFT_SETTINGS, DRIFT_TEMPLATE, EXTRA_POLICY, MSP_BASELINE, type ReportRow, standardsData } from './data';

const now = () => new Date().toISOString().replace(/\.\d+Z$/, 'Z');
const TEMPLATE_NAMES: Record<string, string> = { [MSP_BASELINE]: 'MSP Baseline', [DRIFT_TEMPLATE]: 'Contoso Drift' };
const DRIFT_STATUSES = ['Accepted', 'New', 'Denied', 'CustomerSpecific', 'DeniedRemediate', 'DeniedDelete'];

function parsed(value: string | undefined): unknown {
	if (!value) return value;
	try {
		return JSON.parse(value);
	} catch {
		return value;
	}
}

function reportsOf(ctx: EndpointContext) {
	return standardsData(ctx.state).reports;
}

/** Invoke-ListStandardsCompare: table filter PartitionKey eq '<tenantFilter>' (exact) and TemplateId. */
const ListStandardsCompare: Endpoint = {
	name: 'ListStandardsCompare',
	role: 'Tenant.BestPracticeAnalyser.Read',
	handle(ctx) {
		const tenant = ctx.fromQuery('tenantFilter');
		const template = ctx.fromQuery('templateId');
		const byTenant = new Map<string, Record<string, unknown>>();
		for (const row of reportsOf(ctx)) {
			if ((tenant && row.tenant !== tenant) || (template && row.templateId !== template)) continue;
			const entry = byTenant.get(row.tenant) ?? { tenantFilter: row.tenant };
			entry[row.standardName] = {
				Value: row.value,
				LastRefresh: row.timestamp,
				TemplateId: row.templateId,
				LicenseAvailable: row.licenseAvailable,
				CurrentValue: parsed(row.current) ?? null,
				ExpectedValue: parsed(row.expected) ?? null,
			};
			byTenant.set(row.tenant, entry);
		}
		return { status: 200, body: [...byTenant.values()] };
	},
};

/** Invoke-ListStandardsCurrentState */
const ListStandardsCurrentState: Endpoint = {
	name: 'ListStandardsCurrentState',
	role: 'Tenant.Standards.Read',
	handle(ctx) {
		const tenant = ctx.fromQuery('tenantFilter');
		if (!tenant) return { status: 400, body: { Results: 'tenantFilter is required' } };
		const rows = reportsOf(ctx)
			.filter((row) => row.tenant === tenant)
			.map((row) => ({
				StandardName: row.standardName,
				Compliant: row.value === true || (!!row.current && row.current === row.expected),
				CurrentValue: parsed(row.current) ?? null,
				ExpectedValue: parsed(row.expected) ?? null,
				Value: row.value,
				LicenseAvailable: row.licenseAvailable,
				LastRefresh: row.timestamp,
			}));
		return { status: 200, body: rows };
	},
};

interface Deviation {
	standardName: string;
	standardDisplayName: string | null;
	receivedValue: string;
	state: 'current';
	Status: string;
	Reason: string | null;
	lastChangedByUser: string | null;
	ComplianceStatus: string;
	LicenseAvailable: boolean;
	CurrentValue: unknown;
	ExpectedValue: unknown;
}

/** Get-CIPPDrift for one tenant: the drift template's deviations with their decisions (and new ones persisted). */
function driftOf(ctx: EndpointContext, tenant: string) {
	if (tenant !== CONTOSO) return [];
	const data = standardsData(ctx.state);
	const decisions = data.decisions.get(tenant) ?? new Map();
	data.decisions.set(tenant, decisions);
	const deviation = (standardName: string, receivedValue: string, current: unknown, expected: unknown, label: string | null): Deviation => {
		if (!decisions.has(standardName))
			decisions.set(standardName, { StandardName: standardName, Status: 'New', User: null, LastModified: now() });
		const decision = decisions.get(standardName);
		return {
			standardName,
			standardDisplayName: label,
			receivedValue,
			state: 'current',
			Status: decision.Status,
			Reason: decision.Reason ?? null,
			lastChangedByUser: decision.User,
			ComplianceStatus: 'Non-Compliant',
			LicenseAvailable: true,
			CurrentValue: current,
			ExpectedValue: expected,
		};
	};
	const rows: ReportRow[] = data.reports.filter((row) => row.tenant === tenant && row.value !== true);
	const all = rows.map((row) => deviation(row.standardName, row.current ?? '', parsed(row.current), parsed(row.expected), null));
	if (data.policies.has(EXTRA_POLICY)) {
		const policy = {
			id: EXTRA_POLICY,
			displayName: 'Legacy BitLocker',
			'@odata.type': '#microsoft.graph.windows10EndpointProtectionConfiguration',
		};
		all.push(deviation(`IntuneTemplates.${EXTRA_POLICY}`, JSON.stringify(policy), null, null, 'Legacy BitLocker'));
	}
	const is = (...statuses: string[]) =>
		all.filter((entry) => statuses.some((status) => status.toLowerCase() === entry.Status.toLowerCase()));
	const denied = all.filter((entry) => /^denied/i.test(entry.Status));
	return [
		{
			tenantFilter: tenant,
			standardName: TEMPLATE_NAMES[DRIFT_TEMPLATE],
			standardId: DRIFT_TEMPLATE,
			alignmentScore: 50,
			acceptedDeviationsCount: is('Accepted').length,
			currentDeviationsCount: is('New', 'Denied').length,
			deniedDeviationsCount: denied.length,
			customerSpecificDeviationsCount: is('CustomerSpecific').length,
			newDeviationsCount: is('New').length,
			licenseMissingDeviationsCount: 0,
			alignedCount: 1 - is('Accepted').length - is('CustomerSpecific').length,
			currentDeviations: is('New', 'Denied'),
			acceptedDeviations: is('Accepted'),
			customerSpecificDeviations: is('CustomerSpecific'),
			deniedDeviations: denied,
			licenseMissingDeviations: [],
			allDeviations: all,
			latestDataCollection: '2026-08-03T02:00:00Z',
		},
	];
}

/** Invoke-ListTenantDrift: a tenant (as given) or every tenant CIPP manages. */
const ListTenantDrift: Endpoint = {
	name: 'ListTenantDrift',
	role: 'Tenant.Standards.Read',
	handle(ctx) {
		const tenant = ctx.fromQuery('TenantFilter');
		const tenants = tenant ? [tenant] : ctx.state.tenants.filter((candidate) => !candidate.isPartner).map((t) => t.defaultDomainName);
		return { status: 200, body: tenants.flatMap((name) => driftOf(ctx, name)) };
	},
};

/** Invoke-ListTenantAlignment (Get-CIPPTenantAlignment): every tenant, per template or (granular) per standard. */
const ListTenantAlignment: Endpoint = {
	name: 'ListTenantAlignment',
	role: 'Tenant.Standards.Read',
	handle(ctx) {
		const granular = (ctx.fromQuery('granular') ?? '').toLowerCase() === 'true';
		const data = standardsData(ctx.state);
		const groups = new Map<string, ReportRow[]>();
		for (const row of data.reports)
			groups.set(`${row.tenant}|${row.templateId}`, [...(groups.get(`${row.tenant}|${row.templateId}`) ?? []), row]);
		const rows = [...groups.values()].flatMap((group): Array<Record<string, unknown>> => {
			const { tenant, templateId } = group[0];
			const type = templateId === DRIFT_TEMPLATE ? 'drift' : 'classic';
			const pending = [...(data.decisions.get(tenant)?.values() ?? [])];
			if (!granular) {
				return [
					{
						tenantFilter: tenant,
						standardName: TEMPLATE_NAMES[templateId],
						standardType: type,
						standardId: templateId,
						alignmentScore: Math.round((100 * group.filter((row) => row.value === true).length) / group.length),
						LicenseMissingPercentage: 0,
						combinedAlignmentScore: Math.round((100 * group.filter((row) => row.value === true).length) / group.length),
						pendingDeviationsCount: type === 'drift' ? pending.filter((entry) => entry.Status === 'New').length : 0,
						deniedDeviationsCount: type === 'drift' ? pending.filter((entry) => /^denied/i.test(entry.Status)).length : 0,
						latestDataCollection: group[0].timestamp,
					},
				];
			}
			return group.map((row) => ({
				tenantFilter: tenant,
				templateName: TEMPLATE_NAMES[templateId],
				templateId,
				templateType: type,
				standardType: type,
				standardId: row.standardName,
				standardName: row.standardName,
				complianceStatus: row.value === true ? 'Compliant' : 'Non-Compliant',
				compliant: row.value === true,
				deviationStatus: data.decisions.get(tenant)?.get(row.standardName)?.Status ?? null,
				licenseAvailable: row.licenseAvailable,
				currentValue: parsed(row.current) ?? null,
				expectedValue: parsed(row.expected) ?? null,
				latestDataCollection: row.timestamp,
			}));
		});
		return { status: 200, body: rows };
	},
};

/** Invoke-ExecUpdateDriftDeviation: one result per deviation; each failure is an entry, never the status code. */
const ExecUpdateDriftDeviation: Endpoint = {
	name: 'ExecUpdateDriftDeviation',
	role: 'Tenant.Standards.ReadWrite',
	handle(ctx) {
		const tenant = psString(ctx.fromBody('TenantFilter'));
		const data = standardsData(ctx.state);
		const removeAll = ctx.fromBody('RemoveDriftCustomization');
		if (removeAll !== undefined && removeAll !== null && removeAll !== false && removeAll !== '') {
			data.decisions.delete(tenant);
			return { status: 200, body: { Results: [{ success: true, result: `All drift customizations removed for tenant ${tenant}` }] } };
		}
		const deviations = ctx.fromBody('deviations');
		const list = Array.isArray(deviations) ? deviations : deviations ? [deviations] : [];
		const results = list.flatMap((entry: Record<string, unknown>) => {
			const name = psString(entry.standardName);
			const status = DRIFT_STATUSES.find((candidate) => candidate.toLowerCase() === psString(entry.status).toLowerCase());
			if (!name || !tenant || !status) {
				const error = !status
					? `Cannot validate argument on parameter 'Status'. The argument "${psString(entry.status)}" does not belong to the set "${DRIFT_STATUSES.join(',')}" specified by the ValidateSet attribute. Supply an argument that is in the set and then try the command again.`
					: `Cannot bind argument to parameter '${name ? 'TenantFilter' : 'StandardName'}' because it is an empty string.`;
				return [{ standardName: entry.standardName ?? null, success: false, error }];
			}
			const decisions = data.decisions.get(tenant) ?? new Map();
			data.decisions.set(tenant, decisions);
			// API clients carry no userDetails in x-ms-client-principal: the decision has no user.
			decisions.set(name, {
				StandardName: name,
				Status: status,
				Reason: psString(ctx.fromBody('reason')) || undefined,
				User: null,
				LastModified: now(),
			});
			const out: unknown[] = [{ success: true, result: `Successfully set drift deviation status for ${name} to ${status}` }];
			if (status === 'DeniedRemediate') {
				const setting = name.replace(/standards\./g, '');
				const known =
					!/IntuneTemplate|ConditionalAccessTemplate|QuarantineTemplate|ReusableSettingsTemplate/.test(setting) &&
					setting in DRIFT_SETTINGS;
				if (known) {
					data.tasks.push({ Name: `One Off Drift Remediation: ${setting} - ${tenant} - ${DRIFT_TEMPLATE}` });
					if (entry.persistentDeny ?? ctx.fromBody('persistentDeny')) {
						data.tasks.push({ Name: `Persistent Drift Remediation: ${setting} - ${tenant} - ${DRIFT_TEMPLATE}`, Recurrence: '12h' });
					}
				} else {
					const kind = /IntuneTemplate/.test(setting) ? 'IntuneTemplate' : setting;
					out.push({
						standardName: name,
						success: false,
						error: `The deviation status was updated, but no remediation task was scheduled: '${kind}' could not be resolved from the drift template settings. Verify the template still exists in the template library and is included in the drift template, or re-save the drift template.`,
					});
				}
			}
			if (status === 'DeniedDelete') {
				const policy = parsed(psString(entry.receivedValue)) as Record<string, unknown> | undefined;
				const id = policy && typeof policy === 'object' ? psString(policy.id) : '';
				if (id && data.policies.has(id)) {
					data.policies.delete(id);
					out.push(`Deleted Policy ${id}`);
				} else if (id) {
					out.push({
						standardName: name,
						success: false,
						error: `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`,
					});
				} else {
					out.push(`could not find policy with ID ${id}`);
				}
			}
			return out;
		});
		return { status: 200, body: { Results: results } };
	},
};

export const endpoints: Endpoint[] = [
	ListStandardsCompare,
	ListStandardsCurrentState,
	ListTenantDrift,
	ListTenantAlignment,
	ExecUpdateDriftDeviation,
];
