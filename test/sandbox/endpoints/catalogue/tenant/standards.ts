/** Standards: templates, a run, the applied standards. */
import { perSandbox, stableGuid } from '../../../directory';
import { psString } from '../../../powershell';
import { cippTenants } from '../../../tenantList';
import type { Endpoint } from '../../endpoint';
import { cippTenant, now } from './request';

export interface StandardsTemplate {
	GUID: string;
	templateName: string;
	runManually: boolean;
	tenantFilter: Array<{ label: string; value: string; type: string }>;
	excludedTenants: unknown[];
	standards: Record<string, unknown>;
	createdAt: string;
	updatedBy: string;
}

/** The standards templates (exported for the standard resource, whose Create Template adds to them). */
export const templates = perSandbox((state): StandardsTemplate[] => {
	const customers = cippTenants(state).filter((tenant) => !tenant.isPartner);
	return [
		{
			GUID: stableGuid('standards/baseline'),
			templateName: 'MSP Baseline',
			runManually: false,
			tenantFilter: [{ label: '*All Tenants', value: 'AllTenants', type: 'Tenant' }],
			excludedTenants: [],
			standards: {
				DisableBasicAuthSMTP: { remediate: true, alert: true, report: true },
				AuditLog: { remediate: true, alert: false, report: true },
				PWdisplayAppInformationRequiredState: { remediate: true, alert: false, report: true },
			},
			createdAt: '2025-11-03T10:12:44Z',
			updatedBy: 'admin@northstarit.com',
		},
		{
			GUID: stableGuid('standards/security'),
			templateName: 'Security Hardening (manual)',
			runManually: true,
			tenantFilter: customers.slice(0, 2).map((tenant) => ({ label: tenant.displayName, value: tenant.defaultDomainName, type: 'Tenant' })),
			excludedTenants: [],
			standards: {
				SecurityDefaults: { remediate: false, alert: true, report: true },
				DisableGuests: { remediate: true, alert: true, report: true, days: 90 },
			},
			createdAt: '2026-02-17T08:40:02Z',
			updatedBy: 'admin@northstarit.com',
		},
	];
});

/** Standards runs CIPP queued (for tests to look at). */
export const standardsRuns = perSandbox(() => [] as Array<{ tenantFilter: string; templateId: string; queuedAt: string }>);

/** Invoke-ExecStandardsRun: queues New-CIPPStandardsRun; a failure to start comes back with HTTP 200. */
const ExecStandardsRun: Endpoint = {
	name: 'ExecStandardsRun',
	role: 'Tenant.Standards.ReadWrite',
	handle(ctx) {
		const tenantFilter = ctx.fromQuery('tenantFilter') ?? 'allTenants';
		const templateId = ctx.fromQuery('templateId') ?? '*';
		const matching = templates(ctx.state).filter((template) => templateId === '*' || template.GUID === templateId);
		// New-CIPPStandardsRun starts the orchestrator whatever it finds: an unknown tenant or a
		// template that does not exist still answers "Successfully started" (an unknown template
		// with an empty name: "Template:  ()").
		standardsRuns(ctx.state).push({ tenantFilter, templateId, queuedAt: now() });
		const name =
			templateId === '*'
				? 'All'
				: `${psString(matching.map((template) => template.templateName))} (${psString(matching.map((template) => template.GUID))})`;
		const manual = matching.length > 0 && matching.every((template) => template.runManually) ? ' (Manual Only)' : '';
		return {
			status: 200,
			body: { Results: `Successfully started Standards Run for tenant: ${tenantFilter} - Template: ${name}${manual}` },
		};
	},
};

/** Invoke-listStandardTemplates */
const listStandardTemplates: Endpoint = {
	name: 'listStandardTemplates',
	role: 'Tenant.Standards.Read',
	anyTenant: true,
	handle(ctx) {
		const id = ctx.fromQuery('id');
		const list = templates(ctx.state)
			.filter((template) => !id || template.GUID === id)
			.map((template) => ({ ...template, source: null, isSynced: false }));
		return { status: 200, body: list };
	},
};

/** Invoke-RemoveStandardTemplate: an ID that is not a GUID fails the OData filter; an unknown GUID removes nothing. */
const RemoveStandardTemplate: Endpoint = {
	name: 'RemoveStandardTemplate',
	role: 'Tenant.Standards.ReadWrite',
	handle(ctx) {
		const id = psString(ctx.fromQueryOrBody('ID'));
		if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) {
			return {
				status: 500,
				body: { Results: `Failed to remove Standards template:  with id: ${id}. Error: '${id}' is not a valid GUID.` },
			};
		}
		const list = templates(ctx.state);
		const index = list.findIndex((template) => template.GUID === id.toLowerCase());
		const name = index >= 0 ? list[index].templateName : '';
		if (index >= 0) list.splice(index, 1);
		return { status: 200, body: { Results: `Removed Standards Template named: '${name}' with id: ${id}` } };
	},
};

/** Invoke-ListStandards: the legacy view answers JSON text (ConvertTo-Json), the consolidated view objects. */
const ListStandards: Endpoint = {
	name: 'ListStandards',
	role: 'Tenant.Standards.Read',
	handle(ctx) {
		const tenantFilter = ctx.fromQuery('tenantFilter');
		const consolidated = (ctx.fromQuery('ShowConsolidated') ?? '').toLowerCase() === 'true';
		const applies = (template: StandardsTemplate, domain: string) =>
			template.tenantFilter.some((entry) => entry.value === 'AllTenants' || entry.value === domain);
		// The legacy view filters the stored rows with `Where-Object Tenant -EQ $TenantFilter`
		// (Invoke-ListStandards.ps1:29-30), rows keyed by default domain: a tenant ID matches nothing.
		// The consolidated view resolves IDs (Get-CIPPStandards.ps1:134-137), but without a tenant
		// CIPP binds TenantFilter to '' (not 'allTenants') and finds no tenant.
		const everyTenant = tenantFilter?.toLowerCase() === 'alltenants' || (!consolidated && !tenantFilter);
		const tenants = cippTenants(ctx.state).filter(
			(tenant) =>
				!tenant.isPartner &&
				(everyTenant ||
					(consolidated
						? !!tenantFilter && tenant === cippTenant(ctx.state, tenantFilter)
						: tenant.defaultDomainName.toLowerCase() === tenantFilter?.toLowerCase())),
		);
		if (consolidated) {
			const rows = tenants.flatMap((tenant) =>
				templates(ctx.state)
					.filter((template) => applies(template, tenant.defaultDomainName))
					.flatMap((template) =>
						Object.entries(template.standards).map(([standard, settings]) => ({
							Tenant: tenant.defaultDomainName,
							Standard: standard,
							Settings: settings,
							TemplateId: template.GUID,
							TemplateName: template.templateName,
						})),
					),
			);
			return { status: 200, body: rows };
		}
		const legacy = tenants.map((tenant) => {
			const standards = Object.assign(
				{},
				...templates(ctx.state)
					.filter((template) => applies(template, tenant.defaultDomainName))
					.map((template) => template.standards),
			) as Record<string, unknown>;
			return {
				displayName: tenant.defaultDomainName,
				appliedBy: 'admin@northstarit.com',
				appliedAt: '2026-08-01T02:00:00Z',
				standards,
				StandardsExport: Object.keys(standards).join(', '),
			};
		});
		return { status: 200, body: JSON.stringify(legacy) };
	},
};

export const endpoints: Endpoint[] = [ExecStandardsRun, listStandardTemplates, RemoveStandardTemplate, ListStandards];
