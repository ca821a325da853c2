import type { NotOffered } from './types';

/** Tenant standards and tests; custom scripts and the report builder (OpenAPI tags Tenant > Standards, Tenant > Tests, Tools > Custom-Scripts, Tools > Report-Builder, Tools > Breach-Lookup). */
export const notOffered: NotOffered[] = [
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
