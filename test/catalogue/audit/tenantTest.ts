import type { AuditRecord } from './types';

/**
 * CIPP's tests and test reports, read against CIPP-API (/work/cipp-api, paths relative to
 * `Modules/CIPPHTTP/Public/Entrypoints/HTTP Functions/`). Node files: nodes/Cipp/actions/tenantTest/.
 */
export const audit: Record<string, AuditRecord> = {
	'tenantTest:getManyResults': {
		source: 'Tenant/Tests/Invoke-ListTests.ps1 (CIPPCore/Public/Get-CIPPTestResults.ps1)',
		reads:
			"Query or body tenantFilter (:14) and reportId (:15). The results are read by PartitionKey eq '<tenantFilter>' (Get-CIPPTestResults.ps1:20): default domain only (the node refuses a tenant ID). reportId matches a built-in report folder (case-insensitive) or a custom report's RowKey (:49-104); an unknown report gives no results.",
		clears: 'none',
		failure:
			'No tenantFilter: HTTP 400 {Error: "TenantFilter parameter is required"} (:17-19, never: the node requires it). Other errors: HTTP 400 {Error}.',
		async: 'none: results come from the last test run (Tenant Test → Run).',
		refusals: [],
		output:
			'One object {TestResults, TestCounts, SecureScore, MFAState, LicenseData, ...} (:195-215). The node returns one item per TestResults row (RowKey = test ID, Name, Status, Risk, TestType).',
		verdict: 'ok',
	},
	'tenantTest:getManyTenantResults': {
		source: 'Tenant/Tests/Invoke-ListTestResultsTenants.ps1 (CIPPCore/Public/Get-CIPPTestResultsTenants.ps1)',
		reads:
			'Query tenantFilter, testId, status (each a comma-separated list, :27-45), testType, risk, category, summaryOnly and includeCounts (never sent: the node wants the rows). Tenants are matched by default domain (PartitionKey, Get-CIPPTestResultsTenants.ps1:121-154); none or AllTenants reads every tenant the client may see (:49-52).',
		clears: 'none',
		failure: 'HTTP 400 {Error} (:61-66).',
		async: 'none',
		refusals: [],
		output: '{Results: [...]} (:59): resultRecords, one item per tenant and test with Tenant, TenantId, TenantName, Suite, LastRun added.',
		verdict: 'ok',
	},
	'tenantTest:run': {
		source: 'Tenant/Tests/Invoke-ExecTestRun.ps1',
		reads:
			'Query or body tenantFilter (:14) and mode (both, cache or tests; anything else is both, :15-16). The results are stored under the tenant as given, so the node sends the default domain.',
		clears: 'none',
		failure: 'HTTP 400 {Message: "Failed to start data collection/test run for <tenant>"} (:72-77).',
		async: 'Starts an orchestrator (data collection and/or tests, :18-69) and answers at once: the item is queued.',
		refusals: [],
		verdict: 'ok',
	},
	'tenantTest:refreshTest': {
		source: 'Tenant/Tests/Invoke-ExecTestRefresh.ps1',
		reads: 'Query or body tenantFilter (:14) and testName (:15): runs Invoke-CippTest<testName> at once and stores its result (:16-22).',
		clears: 'The stored result of that test for the tenant is replaced (Add -Force, :21).',
		failure:
			'Unknown test: HTTP 404 {Message: "Test function not found: Invoke-CippTest<name>"} (:24-28); a failing test: HTTP 400 {Message, Error} (:30-36).',
		async: 'none: the test runs before the answer, on the last collected data.',
		refusals: [],
		output: '{Results, Metadata: <the test result>} (:23): the item adds the result as result.',
		verdict: 'ok',
	},
	'tenantTest:runCustomTests': {
		source: 'Tenant/Tests/Invoke-ExecCustomTestRun.ps1',
		reads:
			'Query or body tenantFilter, a text, {value} or a list (first entry) (:20-24); empty or AllTenants runs every tenant (:19, :25).',
		clears: 'none',
		failure: 'HTTP 400 {Results: "Failed to start custom test run: ..."} (:33-38).',
		async: 'Starts the tests orchestrator for the Custom suite (:28) and answers at once.',
		refusals: [],
		verdict: 'settled',
		note: "A POST that only refreshes CIPP's stored results (no tenant changes), so it allows AllTenants.",
	},
	'tenantTest:getManyReports': {
		source: 'Tenant/Tests/Invoke-ListTestReports.ps1',
		reads: 'Nothing from the request.',
		clears: 'none',
		failure: 'HTTP 400 {Error} (:84-89).',
		async: 'none',
		refusals: [],
		output:
			'ConvertTo-Json text of the built-in (source file) and custom (source database, with their tests) reports (:91-94): parsedRecords parses it.',
		verdict: 'ok',
	},
	'tenantTest:createReport': {
		source: 'Tenant/Tests/Invoke-AddTestReport.ps1',
		reads:
			'Body name (required, at most 256 characters, :14-19), description, IdentityTests, DevicesTests, CustomTests (lists, stored as JSON, :23-25), ReportId (an existing report to replace, :21, :28-33). The OpenAPI types name as a list; CIPP casts it to text ([string], :37), so the node sends a one-entry list.',
		clears: 'With ReportId the report is replaced whole: description and each test list not sent become empty (:35-45).',
		failure:
			'HTTP 400 with JSON text {Results: "Failed to save report: ..."} (:52-58): no name, an unknown ReportId ("Custom report not found").',
		async: 'none',
		refusals: [],
		output: 'ConvertTo-Json text {Results, ReportId} (:47-50): parsed, read as an action, reportId added.',
		verdict: 'settled',
		note: 'Replacing a report by ID empties every list not sent: the description says so.',
	},
	'tenantTest:deleteReport': {
		source: 'Tenant/Tests/Invoke-DeleteTestReport.ps1',
		reads: "Body ReportId (:13), as RowKey eq '<id>' (:15).",
		clears: 'The custom report only; test results stay.',
		failure: 'No such report: Remove fails on a null entity, HTTP 400 with JSON text {Results: "Failed to delete report: ..."} (:21-27).',
		async: 'none',
		refusals: [],
		output: 'ConvertTo-Json text {Results} (:29-32): parsed and read as an action.',
		verdict: 'ok',
	},
	'tenantTest:getManyAvailableTests': {
		source: 'Tenant/Tests/Invoke-ListAvailableTests.ps1',
		reads: 'Nothing from the request.',
		clears: 'none',
		failure: 'HTTP 400 with JSON text {Results: "Failed to list available tests: ..."} (:108-113).',
		async: 'none',
		refusals: [],
		output:
			'ConvertTo-Json text {IdentityTests, DevicesTests, CustomTests} (:101-105, :114-117): the node parses it and returns one item per test with suite naming its list.',
		verdict: 'ok',
	},
};
