import type { AuditRecord } from './types';

/**
 * Standards, drift and baselines, read against CIPP-API (/work/cipp-api, paths relative to
 * `Modules/CIPPHTTP/Public/Entrypoints/HTTP Functions/`). Node files: nodes/Cipp/actions/standard/.
 */
export const audit: Record<string, AuditRecord> = {
	'standard:getManyComparisons': {
		source: 'Tenant/Standards/Invoke-ListStandardsCompare.ps1',
		reads:
			"Query tenantFilter (:15) and templateId (:16), put into the table filter PartitionKey eq '<tenantFilter>' and TemplateId eq '<templateId>' (:39-45): the tenant must be the default domain as stored (a tenant ID or AllTenants matches nothing; the node refuses a tenant ID and has no AllTenants, empty = every tenant).",
		clears: 'none',
		failure: 'No try/catch: an exception is an unhandled HTTP 500 text.',
		async: 'none: reads the CippStandardsReports table written by the last standards run.',
		refusals: [],
		output:
			'A bare array, one object per tenant: tenantFilter plus one property per standard (RowKey, QuarantineTemplate names hex-decoded) holding {Value, LastRefresh, TemplateId, LicenseAvailable, CurrentValue, ExpectedValue} (:105-127). records fits.',
		verdict: 'ok',
	},
	'standard:getCurrentState': {
		source: 'Tenant/Standards/Invoke-ListStandardsCurrentState.ps1',
		reads: "Query tenantFilter (:15), as PartitionKey eq '<tenantFilter>' (:25): default domain only (the node refuses a tenant ID).",
		clears: 'none',
		failure:
			'No tenantFilter: HTTP 400 "tenantFilter is required" (:17-22; the node always sends it). Table failure: HTTP 500 "Failed: ..." (:66-71).',
		async: 'none',
		refusals: [],
		output:
			'A bare array, one object per standard: StandardName, Compliant (Value true, or CurrentValue equal to ExpectedValue, :48), CurrentValue, ExpectedValue (JSON parsed), Value, LicenseAvailable, LastRefresh (:50-58). records fits.',
		verdict: 'ok',
	},
	'standard:getManyAlignments': {
		source: 'Tenant/Standards/Invoke-ListTenantAlignment.ps1',
		reads: 'Query granular (-eq $true, :13). No tenant: Get-CIPPTenantAlignment always answers for every tenant (:16).',
		clears: 'none',
		failure: 'HTTP 500 {error: "Failed to get tenant alignment data: ..."} (:116-123).',
		async: 'none',
		refusals: [],
		output:
			'A bare array: per tenant and template {tenantFilter, standardName, standardType, standardId, alignmentScore, LicenseMissingPercentage, combinedAlignmentScore, pendingDeviationsCount, deniedDeviationsCount, latestDataCollection} (:96-109), or with granular one row per tenant and standard with complianceStatus, compliant, deviationStatus, currentValue, expectedValue (:73-88). records fits.',
		verdict: 'ok',
	},
	'standard:getManyDrifts': {
		source: 'Tenant/Standards/Invoke-ListTenantDrift.ps1 (CIPPCore/Public/Get-CIPPDrift.ps1)',
		reads:
			"Query TenantFilter (:17-19; PowerShell reads query keys case-insensitively, the node sends tenantFilter). Get-CIPPDrift reads tenantDrift with PartitionKey eq '<tenant>' (Get-CIPPDrift.ps1:124): default domain only. Empty: every tenant (:21-22).",
		clears:
			'Reading persists every deviation without a decision as a New row (Get-CIPPDrift.ps1:491-522) and prunes stale undecided rows (:562-590); decisions already taken are kept.',
		failure: 'HTTP 500 {error: "Failed to get tenant alignment data: ..."} (:29-34). A tenant without a drift template: an empty list.',
		async: 'none',
		refusals: [],
		output:
			'A bare array, one object per tenant and drift template: counts, currentDeviations (New and Denied), acceptedDeviations, customerSpecificDeviations, deniedDeviations (Denied*), licenseMissingDeviations, allDeviations, each deviation {standardName, standardDisplayName, receivedValue, Status, Reason, lastChangedByUser, ComplianceStatus, CurrentValue, ExpectedValue} (Get-CIPPDrift.ps1:203-216, :537-557). records fits.',
		verdict: 'ok',
	},
	'standard:updateDriftDeviation': {
		source: 'Tenant/Standards/Invoke-ExecUpdateDriftDeviation.ps1 (CIPPCore/Public/Set-CIPPDriftDeviation.ps1)',
		reads:
			'Body TenantFilter (:58), deviations[] each {standardName, status, receivedValue} (:73, :88, :241), reason (:74), persistentDeny ([bool], :75). Status ValidateSet Accepted, New, Denied, CustomerSpecific, DeniedRemediate, DeniedDelete (Set-CIPPDriftDeviation.ps1:30). The row is keyed PartitionKey = TenantFilter as given (Set-CIPPDriftDeviation.ps1:41), and Get-CIPPDrift reads it by default domain: the node refuses a tenant ID. User comes from x-ms-client-principal userDetails (:86-87): an API client has none, so lastChangedByUser stays empty.',
		clears: 'The decision row is replaced (Add -Force): a missing reason leaves no Reason (Set-CIPPDriftDeviation.ps1:50-52).',
		failure:
			'Each deviation that fails is an entry {standardName, success: false, error} in an HTTP 200 answer (:299-306): an invalid status, a Graph DELETE failure, or DeniedRemediate whose setting CIPP cannot resolve ("The deviation status was updated, but no remediation task was scheduled", :233-237, after the status was stored). DeniedDelete of a deviation without a policy: the text "could not find policy with ID " (:292-295), after the status was stored. A top-level exception: HTTP 400 {error} (:317-322).',
		async:
			'DeniedRemediate schedules a one-off remediation task (Add-CIPPScheduledTask, :183-203) and with persistentDeny one every 12 hours (:206-228). DeniedDelete deletes the policy in Graph at once (:252); with Intune multi-admin approval the answer is a warning with the approval code (:264-287).',
		refusals: ['^could not find policy with ID'],
		output:
			'{Results: [...]} with {success, result}, {standardName, success: false, error}, texts and {resultText, state, copyField}: driftResult makes each a message with its state (success: false fails the item) and reads them like any action.',
		verdict: 'settled',
		note: "CIPP deletes the policy of a DeniedDelete from the deviation's receivedValue, which only its drift page holds: the node reads Get Many Drifts first and sends that receivedValue, or fails before changing anything when the deviation is not current.",
	},
	'standard:resetDriftDeviations': {
		source: 'Tenant/Standards/Invoke-ExecUpdateDriftDeviation.ps1',
		reads:
			"Body TenantFilter (:58) and RemoveDriftCustomization (truthy, :60): removes every tenantDrift row with PartitionKey eq '<tenant>' (:61-66).",
		clears: 'Every decision (accepted, denied, customer specific) of the tenant; the next drift read lists each deviation as New.',
		failure: 'A table failure: HTTP 400 {error} (:317-322). An unknown tenant removes nothing and still answers success.',
		async: 'none',
		refusals: [],
		verdict: 'ok',
	},
	'standard:getBaselineAlignment': {
		source: 'Tenant/Standards/Invoke-ListBaselineAlignment.ps1 (CIPPCore/Public/Baselines/Get-CIPPBaselineAlignment.ps1)',
		reads:
			"Query tenantFilter and history (-eq $true) (:17-22); the BaselineAlignment rows are read by PartitionKey eq '<tenant>' (Get-CIPPBaselineAlignment.ps1:126-127): default domain only.",
		clears: 'none',
		failure: 'HTTP 500 {Results: "Failed to list baseline alignment: ..."} (:25-29).',
		async: 'none',
		refusals: [],
		output:
			'One object {summary, rows, stageStates, deviationFeed} (Get-CIPPBaselineAlignment.ps1:352-357), or with history {events: [...]} (:91). The node returns one item per row (or per event).',
		verdict: 'ok',
	},
	'standard:updateBaselineDeviation': {
		source: 'Tenant/Standards/Invoke-ExecUpdateBaselineDeviation.ps1',
		reads:
			'Body action, tenantFilter, standard (:21-26), reason (required for Accept, AcceptPath, DenyPath, :27-29), expires and remediateOnExpire ([bool]) for Accept (:75-76), method (remediate|delete, default remediate) for Deny (:79-83), path for the *Path actions (:101-102).',
		clears:
			'Accept overwrites DeviationExpires (empty when not given) and RemediateOnExpire (false when not given) (:75-76); Deny clears the expiry and every accepted property (:88-92); Clear clears the whole triage (:95-104).',
		failure:
			'Every refusal is a throw answered HTTP 500 "Failed to update deviation: ..." (:196-200): missing fields, missing reason, no resolved row ("No resolved data for <standard> on <tenant> yet - run the baseline first."), unknown action or deny method.',
		async: 'Deny only marks the row; the next baseline run remediates or deletes.',
		refusals: [],
		verdict: 'settled',
		note: 'A missing reason for Accept, Accept One Property and Deny One Property, and a missing path for the One Property actions, are refused before sending.',
	},
};
