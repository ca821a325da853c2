/**
 * The Report Builder: Invoke-ListReportBuilderTemplates, -ExecReportBuilderTemplate (save, delete),
 * -ExecGenerateReportBuilderReport (generate, delete), -ListGeneratedReports. Answers are JSON text.
 */
import { perSandbox, stableGuid } from '../../directory';
import { psString } from '../../powershell';
import type { Endpoint } from '../endpoint';

export const SECURITY_TEMPLATE = stableGuid('reportBuilder/security');
export const JULY_REPORT = stableGuid('reportBuilder/report/july');

interface Template {
	GUID: string;
	Name: string;
	Blocks: Array<Record<string, unknown>>;
	Settings: unknown;
	CreatedAt: string;
}

const reportData = perSandbox(() => ({
	templates: [
		{
			GUID: SECURITY_TEMPLATE,
			Name: 'Monthly security report',
			Blocks: [
				{ type: 'blank', title: 'Summary' },
				{ type: 'test', testId: 'ZTNA21780' },
			],
			Settings: null,
			CreatedAt: '2026-07-01T09:00:00.0000000Z',
		},
	] as Template[],
	reports: [
		{
			RowKey: JULY_REPORT,
			TemplateName: 'July',
			TenantFilter: 'contoso.onmicrosoft.com',
			Blocks: [{ type: 'blank', title: 'Summary' }] as unknown[],
			GeneratedAt: '2026-07-31T18:00:00.0000000Z',
			Status: 'Completed',
		},
	] as Array<{
		RowKey: string;
		TemplateName: string;
		TenantFilter: string;
		Blocks: unknown[];
		GeneratedAt: string;
		Status: string;
	}>,
}));

const json = (status: number, body: unknown) => ({ status, body: JSON.stringify(body) });
const counts = (blocks: Array<Record<string, unknown>>) => ({
	Sections: blocks.length,
	TestCount: blocks.filter((block) => block.type === 'test').length,
	CustomCount: blocks.filter((block) => block.type === 'blank').length,
});

const ListReportBuilderTemplates: Endpoint = {
	name: 'ListReportBuilderTemplates',
	role: 'CIPP.Core.Read',
	handle: (ctx) =>
		json(
			200,
			reportData(ctx.state).templates.map((template) => ({ RowKey: template.GUID, ...template, ...counts(template.Blocks) })),
		),
};

const ExecReportBuilderTemplate: Endpoint = {
	name: 'ExecReportBuilderTemplate',
	role: 'CIPP.Core.ReadWrite',
	handle(ctx) {
		const fail = (message: string) => json(400, { Results: `Error: ${message}` });
		const templates = reportData(ctx.state).templates;
		const action = psString(ctx.fromBody('Action'));
		if (action === 'save') {
			const name = psString(ctx.fromBody('Name'));
			if (!name) return fail('Template name is required');
			const guid = psString(ctx.fromBody('GUID')) || crypto.randomUUID();
			const blocks = ctx.fromBody('Blocks');
			const template = {
				GUID: guid,
				Name: name,
				Blocks: (Array.isArray(blocks) ? blocks : blocks ? [blocks] : []) as Array<Record<string, unknown>>,
				Settings: ctx.fromBody('Settings') ?? null,
				CreatedAt: new Date().toISOString(),
			};
			const index = templates.findIndex((entry) => entry.GUID === guid);
			templates.splice(index >= 0 ? index : templates.length, index >= 0 ? 1 : 0, template);
			return json(200, { Results: `Successfully saved report builder template '${name}'`, GUID: guid });
		}
		if (action === 'delete') {
			const guid = psString(ctx.fromBody('GUID'));
			if (!guid) return fail('Template GUID is required for deletion');
			const index = templates.findIndex((entry) => entry.GUID === guid);
			if (index < 0) return fail('Template not found');
			templates.splice(index, 1);
			return json(200, { Results: 'Successfully deleted report builder template' });
		}
		return fail(`Unknown action: ${action}`);
	},
};

/** Push-ExecGenerateReportBuilderReport's failures come back as HTTP 200 "Error generating report: ...". */
const ExecGenerateReportBuilderReport: Endpoint = {
	name: 'ExecGenerateReportBuilderReport',
	role: 'CIPP.Core.ReadWrite',
	handle(ctx) {
		const data = reportData(ctx.state);
		if (psString(ctx.fromBody('Action')) === 'delete') {
			const guid = psString(ctx.fromBody('ReportGUID'));
			if (!guid) return json(400, { Results: 'Error: ReportGUID is required for deletion' });
			const index = data.reports.findIndex((report) => report.RowKey === guid);
			if (index < 0) return json(200, { Results: 'Report not found' });
			data.reports.splice(index, 1);
			return json(200, { Results: 'Successfully deleted generated report' });
		}
		const tenant = psString(ctx.fromBody('TenantFilter') ?? ctx.fromQuery('TenantFilter'));
		if (!tenant) return json(400, { Results: 'Error: TenantFilter is required' });
		const name = psString(ctx.fromBody('TemplateName') ?? ctx.fromQuery('TemplateName')) || 'Scheduled Report';
		const template = data.templates.find((entry) => entry.GUID === psString(ctx.fromBody('TemplateGUID')));
		if (!template || template.Blocks.length === 0) {
			return json(200, { Results: 'Error generating report: No blocks provided and no template found' });
		}
		const guid = crypto.randomUUID();
		data.reports.push({
			RowKey: guid,
			TemplateName: name,
			TenantFilter: tenant,
			Blocks: template.Blocks,
			GeneratedAt: new Date().toISOString(),
			Status: 'Completed',
		});
		return json(200, {
			Results: `Successfully generated report '${name}' for ${tenant} (GUID: ${guid}). View report: https://cipp.northstarit.com/tools/report-builder/view?id=${guid}`,
		});
	},
};

const ListGeneratedReports: Endpoint = {
	name: 'ListGeneratedReports',
	role: 'CIPP.Core.Read',
	handle(ctx) {
		const tenant = ctx.fromQuery('TenantFilter');
		const guid = ctx.fromQuery('ReportGUID');
		const rows = reportData(ctx.state)
			.reports.filter((report) => (guid ? report.RowKey === guid : !tenant || tenant === 'AllTenants' || report.TenantFilter === tenant))
			.map((report) => ({
				...report,
				Settings: null,
				...counts(report.Blocks as Array<Record<string, unknown>>),
				ReportURL: `/tools/report-builder?reportId=${report.RowKey}`,
			}));
		return json(200, rows);
	},
};

export const endpoints: Endpoint[] = [
	ListReportBuilderTemplates,
	ExecReportBuilderTemplate,
	ExecGenerateReportBuilderReport,
	ListGeneratedReports,
];
