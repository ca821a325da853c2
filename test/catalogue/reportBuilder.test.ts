// n8n logs every failed item to the console; these tests fail items on purpose.
import '../support/logCapture';

import { CippSandbox } from '../sandbox';
import { stableGuid } from '../sandbox/directory';
import { describeCatalogue, runOperation } from '../support/catalogue';
import { locator } from '../support/workflows';
import { sandboxPerFile } from '../support/sandboxPerFile';

const tenant = 'contoso.onmicrosoft.com';
const contoso = locator('domain', tenant);
const securityTemplate = stableGuid('reportBuilder/security');
const unknownReport = '00000000-0000-4000-8000-000000000000';
const julyReport = stableGuid('reportBuilder/report/july');
const reportOf = (message: unknown) => /\(GUID: ([0-9a-f-]{36})\)/.exec(String(message))?.[1];

describeCatalogue('reportBuilder', {
	getManyTemplates: {
		parameters: { returnAll: true },
		request: { method: 'GET', endpoint: 'ListReportBuilderTemplates' },
		output: ([item]) =>
			expect(item.json).toMatchObject({ GUID: securityTemplate, Name: 'Monthly security report', Sections: 2, TestCount: 1 }),
	},
	saveTemplate: {
		parameters: { name: 'Quarterly review', blocks: '[{"type": "blank", "title": "Summary"}]' },
		request: {
			method: 'POST',
			endpoint: 'ExecReportBuilderTemplate',
			body: { Action: 'save', Name: ['Quarterly review'], Blocks: [{ type: 'blank', title: 'Summary' }] },
		},
		output: ([item]) =>
			expect(item.json).toEqual({
				status: 'success',
				message: "Successfully saved report builder template 'Quarterly review'",
				templateId: expect.stringMatching(/^[0-9a-f-]{36}$/),
			}),
	},
	generateReport: {
		parameters: { tenantFilter: contoso, templateId: locator('list', securityTemplate), additionalFields: { templateName: 'August' } },
		request: {
			method: 'POST',
			endpoint: 'ExecGenerateReportBuilderReport',
			body: { TenantFilter: tenant, TemplateGUID: securityTemplate, TemplateName: 'August' },
		},
		output: ([item]) => {
			expect(item.json).toMatchObject({ status: 'success', reportId: reportOf(item.json.message) });
			expect(item.json.reportUrl).toMatch(/^https:\/\/.*view\?id=/);
		},
	},
	getManyReports: {
		parameters: { tenantFilter: contoso, returnAll: true },
		request: { method: 'GET', endpoint: 'ListGeneratedReports', query: { tenantFilter: tenant } },
		output: (items) => expect(items.map((item) => item.json.TemplateName)).toEqual(['July', 'August']),
	},
	deleteReport: {
		parameters: { tenantFilter: contoso, reportId: julyReport },
		request: {
			method: 'POST',
			endpoint: 'ExecGenerateReportBuilderReport',
			body: { Action: 'delete', TenantFilter: tenant, ReportGUID: julyReport },
		},
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: 'Successfully deleted generated report' }),
	},
	deleteTemplate: {
		parameters: { templateId: locator('id', securityTemplate) },
		request: { method: 'POST', endpoint: 'ExecReportBuilderTemplate', body: { Action: 'delete', GUID: securityTemplate } },
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: 'Successfully deleted report builder template' }),
	},
});

describe('report builder operations: what CIPP answers with HTTP 200 and what follows', () => {
	const currentSandbox = sandboxPerFile();
	let sandbox: CippSandbox;
	beforeEach(() => {
		sandbox = currentSandbox();
	});

	test('an unknown report is "Report not found" with HTTP 200: the item fails', async () => {
		const run = await runOperation(sandbox, 'reportBuilder', 'deleteReport', { tenantFilter: contoso, reportId: unknownReport });
		expect(run.requests[0].status).toBe(200);
		expect(run.error?.message).toMatch(/Report not found/);
	});

	test("a template without sections fails with CIPP's HTTP 200 error text", async () => {
		const saved = await runOperation(sandbox, 'reportBuilder', 'saveTemplate', { name: 'Empty', blocks: '[]' });
		const run = await runOperation(sandbox, 'reportBuilder', 'generateReport', {
			tenantFilter: contoso,
			templateId: locator('id', String(saved.items[0].json.templateId)),
		});
		expect(run.requests[0].status).toBe(200);
		expect(run.error?.message).toMatch(/Error generating report: No blocks provided/);
	});

	test('a generated report is listed, and a deleted one is gone', async () => {
		const generated = await runOperation(sandbox, 'reportBuilder', 'generateReport', {
			tenantFilter: contoso,
			templateId: locator('id', securityTemplate),
		});
		const reportId = String(generated.items[0].json.reportId);
		const listed = await runOperation(sandbox, 'reportBuilder', 'getManyReports', { additionalFields: { reportId }, returnAll: true });
		expect(listed.items.map((item) => item.json.TemplateName)).toEqual(['Scheduled Report']);
		await runOperation(sandbox, 'reportBuilder', 'deleteReport', { tenantFilter: contoso, reportId });
		const after = await runOperation(sandbox, 'reportBuilder', 'getManyReports', { additionalFields: { reportId }, returnAll: true });
		expect(after.items).toHaveLength(0);
	});

	test("an unknown template fails with CIPP's HTTP 400 text", async () => {
		const run = await runOperation(sandbox, 'reportBuilder', 'deleteTemplate', { templateId: locator('id', unknownReport) });
		expect(run.requests[0].status).toBe(400);
		expect(run.error?.message).toMatch(/Template not found/);
	});
});
