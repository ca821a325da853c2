import type { NotOffered } from './types';

/** Tenant standards and tests; custom scripts and the report builder (OpenAPI tags Tenant > Standards, Tenant > Tests, Tools > Custom-Scripts, Tools > Report-Builder, Tools > Breach-Lookup). */
export const notOffered: NotOffered[] = [
	{
		endpoint: 'AddBaseline',
		reason: 'notYetBuilt',
		note: 'Not offered yet: a baseline is saved whole from its stages (each with standards, variables and advance conditions) and its tenant and group assignments; the other baseline actions are offered under Standard.',
	},
	{
		endpoint: 'AddBPATemplate',
		reason: 'notYetBuilt',
		note: "Not offered yet: CIPP stores the whole body as the BPA template, but its OpenAPI declares only name, so the template's checks cannot be sent within the contract.",
	},
	{
		endpoint: 'AddStandardsDeploy',
		reason: 'duplicate',
		note: 'Writes the legacy per-tenant standards that no standards run applies any more; standards are deployed with Standard → Create Template.',
	},
	{
		endpoint: 'BestPracticeAnalyser_List',
		reason: 'duplicate',
		note: 'Reads the legacy BPA cache that CIPP no longer fills; the BPA results are offered as Standard → Get Many BPA Results.',
	},
	{
		endpoint: 'DomainAnalyser_List',
		reason: 'duplicate',
		note: 'The older Domain Analyser list; the same results are offered as Standard → Get Many Domain Analyses.',
	},
	{
		endpoint: 'ExecStandardConvert',
		reason: 'setup',
		note: "One-time migration of CIPP's legacy per-tenant standards into standards templates.",
	},
	{
		endpoint: 'ListBrandingPresets',
		reason: 'frontend',
		note: "The report branding presets (colours, logo, cover, watermark) that CIPP's web front end uses when it renders a report as PDF in the browser.",
	},
];
