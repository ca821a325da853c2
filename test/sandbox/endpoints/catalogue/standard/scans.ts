/**
 * CIPP's own scans: the Best Practice Analyser (Invoke-ListBPA, -ExecBPA, -ListBPATemplates,
 * -RemoveBPATemplate) and the Domain Analyser (Invoke-ListDomainAnalyser, -ExecDomainAnalyser).
 */
import { perSandbox } from '../../../directory';
import { psString } from '../../../powershell';
import { findCippTenant } from '../../../tenantList';
import type { Endpoint } from '../../endpoint';

const TABLE_REPORT = 'CIPP Best Practices v1.5 - Table view';
const TENANT_REPORT = 'CIPP Best Practices v1.5 - Tenant view';

/** Built-in templates (from CIPP's Config folder, re-added on every list) and the custom ones. */
const BUILT_IN = [
	{
		GUID: 'CIPPBestPracticeV1.5.BPATemplate.json',
		Name: TABLE_REPORT,
		Style: 'Table',
		Data: [{ name: 'SecureDefaultState', UseExistingInfo: false }],
	},
	{ GUID: 'CIPPBestPracticeV1.5Tenant.BPATemplate.json', Name: TENANT_REPORT, Style: 'Tenant', Data: [{ name: 'PasswordNeverExpires' }] },
];
const customTemplates = perSandbox(() => [
	{ GUID: 'Security Checks', Name: 'Security Checks', Style: 'Table', Data: [{ name: 'MFANudgeState' }] },
]);

const ListBPATemplates: Endpoint = {
	name: 'ListBPATemplates',
	role: 'Tenant.BestPracticeAnalyser.Read',
	anyTenant: true,
	handle(ctx) {
		const list = [...BUILT_IN, ...customTemplates(ctx.state)].sort((a, b) => a.Name.localeCompare(b.Name));
		return { status: 200, body: JSON.stringify(list) };
	},
};

/** Invoke-RemoveBPATemplate: an unknown name finds no row and Remove-AzDataTableEntity throws. */
const RemoveBPATemplate: Endpoint = {
	name: 'RemoveBPATemplate',
	role: 'Tenant.Standards.ReadWrite',
	handle(ctx) {
		const id = psString(ctx.fromQueryOrBody('TemplateName'));
		const list = customTemplates(ctx.state);
		const index = list.findIndex((template) => template.GUID === id);
		if (index < 0 && !BUILT_IN.some((template) => template.GUID === id)) {
			return {
				status: 500,
				body: { Results: `Failed to remove BPA template with ID ${id}. Cannot bind argument to parameter 'Entity' because it is null.` },
			};
		}
		if (index >= 0) list.splice(index, 1);
		return { status: 200, body: { Results: `Removed BPA Template with ID ${id}` } };
	},
};

/** Invoke-AddBPATemplate: the body itself is the template, keyed by its name (a template of that name is replaced). */
const AddBPATemplate: Endpoint = {
	name: 'AddBPATemplate',
	role: 'Tenant.BestPracticeAnalyser.ReadWrite',
	handle(ctx) {
		const name = psString(ctx.fromBody('name'));
		const list = customTemplates(ctx.state);
		const template = {
			GUID: name,
			Name: name,
			Style: psString(ctx.fromBody('style')),
			Data: ctx.fromBody('Fields') as Array<{ name: string }>,
		};
		const index = list.findIndex((entry) => entry.GUID === name);
		if (index >= 0) list[index] = template;
		else list.push(template);
		return { status: 200, body: { Results: 'Successfully added template' } };
	},
};

/** Invoke-ListBPA: JSON text {Data, Columns, Keys, Style}; a table report lists every tenant whatever the filter. */
const ListBPA: Endpoint = {
	name: 'ListBPA',
	role: 'Tenant.BestPracticeAnalyser.Read',
	handle(ctx) {
		const tenantFilter = ctx.fromQuery('tenantFilter');
		const name = ctx.fromQuery('Report') ?? TABLE_REPORT;
		const template = [...BUILT_IN, ...customTemplates(ctx.state)].find((entry) => entry.Name === name);
		const rowOf = (tenant: { customerId: string; defaultDomainName: string }) => ({
			PartitionKey: tenant.customerId,
			RowKey: name,
			Tenant: tenant.defaultDomainName,
			SecureDefaultState: tenant.defaultDomainName.startsWith('contoso'),
			PasswordNeverExpires: false,
			LastRefresh: '2026-08-03T03:00:00Z',
		});
		let data: unknown[];
		if (tenantFilter !== 'AllTenants' && template?.Style === 'Tenant') {
			const tenant = tenantFilter ? findCippTenant(ctx.state, tenantFilter) : undefined;
			data = [tenant ? rowOf(tenant) : {}];
		} else {
			data = template ? ctx.state.tenants.filter((tenant) => !tenant.isPartner).map(rowOf) : [];
		}
		return {
			status: 200,
			body: JSON.stringify({ Data: data, Columns: [], Keys: ['Tenant', 'SecureDefaultState'], Style: template?.Style ?? null }),
		};
	},
};

const ExecBPA: Endpoint = {
	name: 'ExecBPA',
	role: 'Tenant.BestPracticeAnalyser.ReadWrite',
	anyTenant: true,
	handle: () => ({ status: 200, body: { Results: 'BPA queued for execution' } }),
};

/** Get-CIPPDomainAnalyser: the tenant (domain or ID) or AllTenants. */
const ListDomainAnalyser: Endpoint = {
	name: 'ListDomainAnalyser',
	role: 'Tenant.DomainAnalyser.Read',
	handle(ctx) {
		const filter = ctx.fromQuery('tenantFilter');
		const every = !filter || filter.toLowerCase() === 'alltenants';
		const tenants = every
			? ctx.state.tenants.filter((tenant) => !tenant.isPartner)
			: [findCippTenant(ctx.state, filter)].filter((t) => t !== undefined);
		const rows = tenants.flatMap((tenant) =>
			tenant.domains.map((domain) => {
				const vanity = !domain.endsWith('.onmicrosoft.com');
				return {
					Tenant: tenant.defaultDomainName,
					GUID: domain.replace(/\./g, ''),
					LastRefresh: '2026-08-03T04:00:00Z',
					Domain: domain,
					ExpectedSPFRecord: 'include:spf.protection.outlook.com',
					ActualSPFRecord: vanity ? 'v=spf1 include:spf.protection.outlook.com -all' : null,
					SPFPassAll: vanity,
					MXPassTest: true,
					DMARCPresent: vanity,
					DMARCActionPolicy: vanity ? 'Reject' : 'None',
					DNSSECPresent: false,
					DKIMEnabled: vanity,
					Score: vanity ? 120 : 60,
					MaximumScore: 160,
					ScorePercentage: vanity ? 75 : 38,
				};
			}),
		);
		return { status: 200, body: rows };
	},
};

const ExecDomainAnalyser: Endpoint = {
	name: 'ExecDomainAnalyser',
	role: 'Tenant.DomainAnalyser.ReadWrite',
	anyTenant: true,
	handle: () => ({ status: 200, body: { Results: 'Domain Analyser started' } }),
};

export const endpoints: Endpoint[] = [
	ListBPATemplates,
	RemoveBPATemplate,
	AddBPATemplate,
	ListBPA,
	ExecBPA,
	ListDomainAnalyser,
	ExecDomainAnalyser,
];
