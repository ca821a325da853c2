import type { AuditRecord } from './types';

/**
 * The Report Builder, read against CIPP-API (/work/cipp-api, paths relative to
 * `Modules/CIPPHTTP/Public/Entrypoints/HTTP Functions/`). Node files: nodes/Cipp/actions/reportBuilder/.
 */
export const audit: Record<string, AuditRecord> = {
	'reportBuilder:getManyTemplates': {
		source: 'Tools/Report-Builder/Invoke-ListReportBuilderTemplates.ps1',
		reads: 'Nothing from the request.',
		clears: 'none',
		failure: 'HTTP 400 with JSON text {Results: "Error: ..."} (:46-51).',
		async: 'none',
		refusals: [],
		output:
			'ConvertTo-Json text of [{RowKey, Name, Blocks, Settings, Sections, TestCount, CustomCount, CreatedAt, GUID}] (:20-44, :53-56): parsedRecords parses it.',
		verdict: 'ok',
	},
	'reportBuilder:saveTemplate': {
		source: 'Tools/Report-Builder/Invoke-ExecReportBuilderTemplate.ps1',
		reads:
			"Body Action 'save' (constant), Name (required, at most 256 characters, :20-25), Blocks (@(), :29), Settings, GUID (an existing template to replace, :27). The OpenAPI types Name as a list; CIPP uses it as text, so the node sends a one-entry list.",
		clears: 'With GUID the template is replaced whole (Force, :36-42): Blocks and Settings not sent are gone, CreatedAt becomes now.',
		failure: 'HTTP 400 with JSON text {Results: "Error: ..."} (:71-76): no name, an unknown action.',
		async: 'none',
		refusals: [],
		output: 'ConvertTo-Json text {Results, GUID} (:44-48): parsed, read as an action, templateId added.',
		verdict: 'settled',
		note: 'Replacing by Template ID drops what is not sent: the description says so.',
	},
	'reportBuilder:deleteTemplate': {
		source: 'Tools/Report-Builder/Invoke-ExecReportBuilderTemplate.ps1',
		reads: "Body Action 'delete' (constant) and GUID (:50-53).",
		clears: 'The template only; generated reports stay.',
		failure: 'HTTP 400 with JSON text {Results: "Error: Template not found"} (:55-63, :71-76).',
		async: 'none',
		refusals: [],
		verdict: 'ok',
	},
	'reportBuilder:generateReport': {
		source:
			'Tools/Report-Builder/Invoke-ExecGenerateReportBuilderReport.ps1 (CIPPCore/Public/Tools/Push-ExecGenerateReportBuilderReport.ps1)',
		reads:
			"Body TenantFilter (required, :33-37), TemplateName (the report's name, default 'Scheduled Report'), Blocks and TemplateGUID (:38-47). The template's blocks are used when no Blocks are sent (Push-ExecGenerateReportBuilderReport.ps1:36-56). The report and the test results it reads are keyed by the tenant as given (PartitionKey, :67, :152): the node sends the default domain.",
		clears: 'none: each run stores a new report.',
		failure:
			'Missing tenant: HTTP 400 JSON text "Error: TenantFilter is required". Anything failing inside generation (no blocks, an unknown template) is HTTP 200 {Results: "Error generating report: ..."} (Push-ExecGenerateReportBuilderReport.ps1:234-238), caught by the failure words.',
		async: 'none: the report is built before the answer (the PDF is rendered later in the browser).',
		refusals: [],
		output:
			'ConvertTo-Json text {Results: "Successfully generated report \'<name>\' for <tenant> (GUID: <id>). View report: <url>"} (:49-55; Push-ExecGenerateReportBuilderReport.ps1:171-174): the item adds reportId and reportUrl from it.',
		verdict: 'ok',
	},
	'reportBuilder:getManyReports': {
		source: 'Tools/Report-Builder/Invoke-ListGeneratedReports.ps1',
		reads:
			"Query TenantFilter (:15; PartitionKey eq '<tenant>' (:24-26): default domain only, AllTenants lists every tenant's reports, :28-32) and ReportGUID (a GUID, :17-21).",
		clears: 'none',
		failure: 'HTTP 400 with JSON text {Results: "Error: ..."} (:69-74), e.g. a ReportGUID that is not a GUID.',
		async: 'none',
		refusals: [],
		output:
			'ConvertTo-Json text of [{RowKey, TemplateName, TenantFilter, Blocks, Settings, Sections, TestCount, CustomCount, GeneratedAt, Status, ReportURL}] (:37-66): parsedRecords parses it.',
		verdict: 'ok',
	},
	'reportBuilder:deleteReport': {
		source: 'Tools/Report-Builder/Invoke-ExecGenerateReportBuilderReport.ps1',
		reads:
			"Body Action 'delete' (constant) and ReportGUID (:16-21). The node also sends the report's TenantFilter, which the delete ignores but CIPP's access check reads.",
		clears: 'The generated report only.',
		failure: 'No ReportGUID: HTTP 400. An unknown report: HTTP 200 {Results: "Report not found"} (:27-29), nothing deleted.',
		async: 'none',
		refusals: ['^Report not found$'],
		verdict: 'ok',
	},
};
