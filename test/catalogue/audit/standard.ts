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

	'standard:createTemplate': {
		source: 'Tenant/Standards/Invoke-AddStandardsTemplate.ps1',
		reads:
			"The whole body is stored as the template JSON (:17-32): templateName, tenantFilter [{label, value, type}], standards, runManually, description, excludedTenants, GUID (an existing GUID replaces that template, :17), createdAt. tenantFilter equal to the text 'tenantFilter' is refused (:13-15). The standards engine matches tenantFilter values by default domain, so the node sends default domains (or AllTenants) only.",
		clears:
			'With GUID the template is replaced whole (Add -Force, :26-32): every property not sent is gone, createdAt becomes now unless sent. The node says so in the description.',
		failure:
			"tenantFilter 'tenantFilter': a bare throw, unhandled HTTP 500 (:14). No other check: an empty or wrong standards object is stored as given (the node requires a non-empty object).",
		async: "The template runs on CIPP's schedule unless runManually is true; the node always sends runManually.",
		refusals: [],
		output: "{Results: 'Successfully added template', Metadata: {id}} (:43): the item adds templateId from Metadata.id.",
		verdict: 'settled',
		note: "Replacing a template by GUID drops every setting not sent: the description says so. updatedBy is the caller's userDetails, empty for an API client (:22).",
	},
	'standard:setTemplateSchedule': {
		source: 'Tenant/Standards/Invoke-ExecStandardTemplateSchedule.ps1',
		reads: 'Body TemplateId (or query, :12), runManually (-eq $true, :13; the node always sends the boolean).',
		clears: 'none: only runManually, updatedBy and updatedAt are rewritten (:29-32).',
		failure:
			'Unknown template: HTTP 400 "Standards template \'<id>\' was not found." (:19-22); a drift template: HTTP 400 "... is a drift template and does not run on a schedule." (:24-27); a bad ID: HTTP 500 "Failed to update the schedule for template id ..." (:42-46).',
		async: 'none',
		refusals: [],
		verdict: 'ok',
	},
	'standard:cloneTemplateToDrift': {
		source: 'Tenant/Standards/Invoke-ExecDriftClone.ps1 (CIPPCore/Public/New-CippStandardsDriftClone.ps1)',
		reads:
			'Body id (:11). The clone gets a new GUID, the name "<name> (Drift Clone)", type drift, no excluded tenants, tenantFilter [{value: "Copied Standard"}] and every standard\'s action set to Report (New-CippStandardsDriftClone.ps1:13-31).',
		clears: 'none: the source template is unchanged.',
		failure:
			'No id: HTTP 400 "Template ID is required" (:12-21). Unknown template: $null.excludedTenants throws, HTTP 500 "Failed to create drift clone: ..." (:33-42). A failed save: HTTP 200 "Failed to Clone template to Drift Template: ..." (New-CippStandardsDriftClone.ps1:38), caught by the failure words.',
		async: 'none',
		refusals: [],
		verdict: 'ok',
		note: 'The clone\'s tenantFilter is the placeholder "Copied Standard", so it applies to no tenant until edited; the description says so.',
	},
	'standard:deleteLegacyStandards': {
		source: 'Tenant/Standards/Invoke-RemoveStandard.ps1',
		reads: "Query ID (:15): RowKey of the legacy 'standards' table, the tenant's default domain (:17-20).",
		clears: "The tenant's legacy standards row, nothing else.",
		failure: 'No row: Remove-CIPPAzDataTableEntity fails on a null entity, HTTP 500 "Failed to remove standard" (:27-32).',
		async: 'none',
		refusals: [],
		verdict: 'ok',
		note: 'The legacy row of AllTenants cannot be removed through the node (writes refuse AllTenants).',
	},
	'standard:getManyBpaResults': {
		source: 'Tenant/Standards/Invoke-ListBPA.ps1',
		reads:
			"Query tenantFilter (:13) and Report (:16, default 'CIPP Best Practices v1.5 - Table view'). Only a Tenant-style report with a tenant other than AllTenants reads that tenant (Get-Tenants resolves a domain or ID, :31-32); a Table-style report lists every tenant the client may see, whatever tenantFilter says (:52-70).",
		clears: 'none',
		failure: 'No try/catch: an exception is an unhandled HTTP 500. An unknown report name gives empty Data.',
		async: 'none: reads cachebpav2, filled by the BPA run (Standard → Run BPA).',
		refusals: [],
		output:
			'ConvertTo-Json text of {Data, Columns, Keys, Style} (:72-92). The node parses it and returns one item per Data row (a Tenant-style report: one merged object), leaving out an empty object.',
		verdict: 'settled',
		note: 'A Table-style report ignores Tenant Filter and lists every tenant: the description says so.',
	},
	'standard:runBpa': {
		source: 'Tenant/Standards/Invoke-ExecBPA.ps1 (CIPPCore/Public/Entrypoints/Orchestrator Functions/Start-BPAOrchestrator.ps1)',
		reads:
			'Query tenantFilter.value, else body tenantfilter.value (:13). A query string has no .value, so a tenant sent in the query gives $null: the node sends body tenantfilter as {value, label}. AllTenants runs every tenant (Start-BPAOrchestrator :20-35).',
		clears: 'none',
		failure:
			'None reported: the answer is always "BPA queued for execution" (:16), even when the BestPracticeAnalyser feature flag is off (Start-BPAOrchestrator returns $false, :16-20).',
		async: 'Queues the BPA orchestrator; results come later in Get Many BPA Results.',
		refusals: [],
		verdict: 'settled',
		note: 'A POST that only refreshes CIPP\'s report (no tenant changes), so it allows AllTenants; the item is "queued" and the description says a disabled BPA still answers queued.',
	},
	'standard:getManyBpaTemplates': {
		source: 'Tenant/Standards/Invoke-ListBPATemplates.ps1',
		reads: 'Query RawJson (:40; never sent: the node wants the summary rows).',
		clears: "Re-adds CIPP's built-in templates from its Config folder on every call (:15-26), so a deleted built-in template comes back.",
		failure: 'No try/catch: an exception is an unhandled HTTP 500.',
		async: 'none',
		refusals: [],
		output: 'ConvertTo-Json text of [{GUID, Data, Name, Style}] sorted by Name (:45-56). parsedRecords parses it.',
		verdict: 'ok',
	},
	'standard:deleteBpaTemplate': {
		source: 'Tenant/Standards/Invoke-RemoveBPATemplate.ps1',
		reads:
			'Query or body TemplateName (:14): the RowKey (GUID in the template list: the file name for built-ins, the name for custom templates).',
		clears: 'The template row only.',
		failure: 'No row: Remove fails on a null entity, HTTP 500 "Failed to remove BPA template with ID <id>. ..." (:26-31).',
		async: 'none',
		refusals: [],
		verdict: 'ok',
		note: "Built-in templates are re-added by the next template list (Invoke-ListBPATemplates.ps1:15-26): the description says so. The endpoint's role is Tenant.Standards.ReadWrite, not the BPA role.",
	},
	'standard:getManyDomainAnalyses': {
		source: 'Tenant/Standards/Invoke-ListDomainAnalyser.ps1 (CIPPCore/Public/Get-CIPPDomainAnalyser.ps1)',
		reads:
			'Query tenantFilter (:12): a domain or ID is resolved to the tenant GUID (Get-CIPPDomainAnalyser.ps1:28-31); AllTenants or empty lists every tenant.',
		clears: 'none',
		failure: 'Errors are swallowed: an empty list (Get-CIPPDomainAnalyser.ps1:50-52).',
		async:
			'Answers are kept in memory for 5 minutes per filter (Get-CIPPDomainAnalyser.ps1:14-21); results come from the last Domain Analyser run.',
		refusals: [],
		output:
			'A bare array of the stored DomainAnalyser objects (Domain, SPF, MX, DMARC, DKIM, DNSSEC, Score...), with DkimSelectors added. records fits.',
		verdict: 'ok',
	},
	'standard:runDomainAnalyser': {
		source:
			'Tenant/Standards/Invoke-ExecDomainAnalyser.ps1 (CIPPCore/Public/Entrypoints/Orchestrator Functions/Start-DomainOrchestrator.ps1)',
		reads: 'Body tenantFilter.value ?? tenantFilter (:14); AllTenants or none runs every tenant (Start-DomainOrchestrator :13-27).',
		clears: 'none',
		failure: 'HTTP 200 "Domain Analyser error: check logs" when the orchestrator did not start (:19-21), caught by the failure words.',
		async: 'Queues the Domain Analyser orchestrator; results come later in Get Many Domain Analyses.',
		refusals: [],
		verdict: 'ok',
		note: "A POST that only refreshes CIPP's DNS report (no tenant changes), so it allows AllTenants.",
	},

	'standard:getManyBaselines': {
		source: 'Tenant/Standards/Invoke-ListBaselines.ps1 (CIPPCore/Public/Baselines/Get-CIPPBaseline.ps1)',
		reads: 'Nothing from the request.',
		clears: 'none',
		failure:
			'HTTP 500 {Results: "Failed to list baselines: ..."} (:19-23). A baseline CIPP cannot rebuild is skipped with a logbook warning (Get-CIPPBaseline.ps1:266-268).',
		async: 'none',
		refusals: [],
		output:
			"A bare array, one object per baseline: GUID, templateName, description, assignments, excludedTenants, stages (with standards and their settings), occupancy and tenantStates (each tenant's stage) (Get-CIPPBaseline.ps1:246-265). records fits.",
		verdict: 'ok',
	},
	'standard:getManyBaselineStandards': {
		source: 'Tenant/Standards/Invoke-ListBaselineStandards.ps1 (CIPPCore/Public/Baselines/Get-CIPPBaselineDefinition.ps1)',
		reads: 'Nothing from the request.',
		clears: 'none',
		failure: 'HTTP 500 {Results: "Failed to list baseline standards: ..."} (:19-23).',
		async: 'none',
		refusals: [],
		output: 'A bare array of the baseline definitions (name, label, category, impact, variables). records fits.',
		verdict: 'ok',
	},
	'standard:runBaseline': {
		source: 'Tenant/Standards/Invoke-ExecBaselineRun.ps1',
		reads:
			'Body mode (run, compare or oneoff, default run, :16-19), tenantFilter (.value ?? text; AllTenants counts as none, :20-21), standard (:22), templateId (:23). oneoff needs tenantFilter and standard (:24-26); a run needs tenantFilter or templateId (:27-29): both checked before sending.',
		clears: 'none',
		failure:
			'Refusals are throws answered HTTP 500 "Failed to start baseline run: ..." (:41-45). A target no assigned baseline resolves: HTTP 200 "Nothing ran: no assigned baseline (or tenant override) resolves ..." (:33-35), nothing queued.',
		async: 'Queues the baseline orchestrator and answers at once with the number of checks queued (:30-38).',
		refusals: ['^Nothing ran:'],
		verdict: 'settled',
		note: 'The One-Off and scope requirements are checked before sending; "Nothing ran" fails the item.',
	},
	'standard:advanceBaselineStage': {
		source: 'Tenant/Standards/Invoke-ExecBaselineStage.ps1',
		reads:
			'Body tenantFilter and templateId (:14-18); the stage row is keyed RowKey = tenantFilter as given (:24-36), and baseline tenants are default domains (Get-CIPPBaseline.ps1:214-224): the node sends the default domain.',
		clears: "none: only the tenant's stage moves up by one (:30-37).",
		failure: 'Throws answered HTTP 500 "Failed to advance stage: ..." (:41-45): no baseline, the final stage already.',
		async: "The new stage's standards apply on the next baseline run.",
		refusals: [],
		verdict: 'ok',
	},
	'standard:deleteBaseline': {
		source: 'Tenant/Standards/Invoke-RemoveBaseline.ps1',
		reads: 'Body ID (or query, :13).',
		clears: 'The baseline, its standard rows, its rollout states and its alignment rows (:19-35).',
		failure: 'Throws answered HTTP 500 "Failed to remove baseline: ..." (:39-43): no ID, no such baseline.',
		async: 'none',
		refusals: [],
		verdict: 'ok',
	},

	'standard:getManyCopilotSettings': {
		source: 'Tenant/Standards/Invoke-ListCopilotSettings.ps1',
		reads: 'Query or body tenantFilter (:13): one Graph batch of the five copilot/admin/policySettings (:15-31).',
		clears: 'none',
		failure:
			'No failure status: a setting Graph does not answer has state "Unable to read" (and a logbook entry, :58-61); the whole batch failing gives every row that state (:32-37).',
		async: 'none',
		refusals: [],
		output:
			'A bare array {setting, state, value, settingId} (:63-70); state maps Allow Web Search 2/1/0 to Enabled in both / Disabled in both / Disabled in work mode (:39-43). records fits.',
		verdict: 'ok',
	},
	'standard:setCopilotSetting': {
		source: 'Tenant/Standards/Invoke-ExecCopilotSettings.ps1',
		reads:
			'Body tenantFilter (:13), settingId.value ?? settingId (:14) among five allowed ids (:16-25), value.value ?? value (:15): empty, clear or notconfigured clears the setting (:27-29).',
		clears: 'Not Configured sets the policy value to null (:28).',
		failure: 'Unsupported setting: HTTP 400 (:20-25). Graph failure: HTTP 200 "Failed to set ..." (:38-43), caught by the failure words.',
		async: 'none',
		refusals: [],
		verdict: 'settled',
		note: 'CIPP words 1 as "Enabled" and 0 as "Disabled" for every setting (:31), but for Allow Web Search 1 means off everywhere and 0 off in work mode (its own read, Invoke-ListCopilotSettings.ps1:39-43): the description says so.',
	},
	'standard:getShadowAi': {
		source: 'Tenant/Standards/Invoke-ListShadowAI.ps1',
		reads:
			"Query or body tenantFilter (:17): CIPP's cached Intune app inventory and Entra service principals of the tenant, and the sanctioned tools by PartitionKey eq '<tenant>' (:43-44): default domain only.",
		clears: 'none',
		failure:
			'A catalog or cache that cannot be read is skipped with a logbook entry (:21-25, :47-50): fewer or no items, never a failure status.',
		async: "none: reads CIPP's last data collection (Tenant Test → Run, Collect Data).",
		refusals: [],
		output:
			'One object {summary, byCategory, byRisk, topTools, detectedApps, consentedApps} (:242-258): the node returns one item per detected app (source device) and per consented app (source consent).',
		verdict: 'ok',
	},
	'standard:sanctionAiTool': {
		source: 'Tenant/Standards/Invoke-ExecShadowAISanction.ps1',
		reads:
			'Body tenantFilter (:14), Tools (or Tool, a list, :15), Action (Sanction or Unsanction, default Sanction, :16). Rows are keyed PartitionKey = tenantFilter as given (:23-28), read back by default domain: the node sends the default domain.',
		clears: "Unsanction removes the tool's row (:33-38).",
		failure: 'HTTP 400 {Results: ["Failed to update sanctioned AI tools: ..."]} (:43-48): no tenant, no tool, unknown action.',
		async: 'none',
		refusals: [],
		verdict: 'ok',
	},

	'standard:getCopilotUsage': {
		source: 'Tenant/Standards/Invoke-ListCopilotUsage.ps1',
		reads:
			'Query or body tenantFilter, Type (Adoption (default), Trend, UserDetail) and period (default D30) (:14-16), pasted into the Graph report URL (:19-60).',
		clears: 'none',
		failure: 'A Graph failure (no Copilot licence, reports not available): HTTP 500 with the error text.',
		async: 'none',
		refusals: [],
		output:
			'A bare array: per product {product, enabledUsers, activeUsers}, per day {reportDate, ...Active}, or per user {userPrincipalName, lastActivityDate, per-app dates}. records fits.',
		verdict: 'ok',
	},
	'standard:getManyAgentPackages': {
		source: 'Tenant/Standards/Invoke-ListAgent365Packages.ps1',
		reads: 'Query or body tenantFilter and Filter (an OData filter replacing the two default reads, :16-25).',
		clears: 'none',
		failure:
			'Graph failure (no Agent 365 licence): HTTP 500 with the error message as the body (:37-42). If the second of the two reads fails after the first succeeded, the whole answer is that failure.',
		async: 'none',
		refusals: [],
		output: 'A bare array of Graph catalog packages, deduplicated by id (:28-35). recordsOrFail fits.',
		verdict: 'ok',
	},
	'standard:getAgentPackage': {
		source: 'Tenant/Standards/Invoke-ListAgent365PackageDetail.ps1',
		reads: 'Query or body tenantFilter and id (:14-15).',
		clears: 'none',
		failure: 'A failed Graph read is HTTP 200 {error: "..."} (:19-24): the node fails the item with that text.',
		async: 'none',
		refusals: [],
		output: 'One Graph package object (:17, :25-28).',
		verdict: 'settled',
		note: 'CIPP answers a failure with HTTP 200 and {error}; the node fails the item instead of returning it as a package.',
	},

	'standard:setBaselineOverride': {
		source: 'Tenant/Standards/Invoke-ExecBaselineOverride.ps1',
		reads:
			'Body action (createOverride or deleteOverride), tenantFilter, standard (all required, :17-22), variables (createOverride, default {}, :37). The override and the resolved row are keyed by the tenant as given (:26-32): the node sends the default domain.',
		clears:
			"createOverride replaces the tenant's whole configuration of the standard with variables (:38-54); deleteOverride removes it and the inherited configuration applies again (:90-112). The description says so.",
		failure: 'Throws answered HTTP 500 "Failed to update override: ..." (:121-125): missing fields, unknown action.',
		async: 'The resolved row changes at once; the next baseline run enforces it.',
		refusals: [],
		verdict: 'ok',
	},
	'standard:createBpaTemplate': {
		source: 'Tenant/Standards/Invoke-AddBPATemplate.ps1',
		reads:
			'The whole body is stored as the template JSON (:16), keyed by body name (RowKey and GUID, :17-19); Invoke-ListBPATemplates reads its Name, Style and fields (:34-41). The node sends name, style and Fields.',
		clears: 'A custom template of the same name is replaced whole (Force, :14-19); the description says so.',
		failure: 'A table failure is HTTP 200 {Results: "BPA Template Creation failed: ..."} (:24-27), failed by its wording.',
		async: 'none',
		refusals: [],
		verdict: 'ok',
	},
	'standard:createBaseline': {
		source: 'Tenant/Standards/Invoke-AddBaseline.ps1',
		reads:
			'Body templateName (required, :19-21), stages (at least one, :22-24; each name, logic, conditions :31-37 and standards as names or {instance|standard, variables, remediateEnabled, alertEnabled, alertOnRemediate} :99-121), GUID (replace, :26), assignedTenants (list of strings or {value}: AllTenants, a tenant group ID or name, else a tenant, :75-91), excludedTenants (strings or {value}, :43-45), description, alertEmails, alertWebhookUrl (:50-55).',
		clears:
			'With GUID the rollout row is rewritten and every delta row of the baseline is deleted and written again from the body (:46-71); resolved rows of standards no longer in it are removed (:129-140). The description says a baseline given by ID is replaced whole.',
		failure: 'Every throw (no name, no stage, table errors) is HTTP 500 {Results: "Failed to save baseline: ..."} (:145-149).',
		async: 'none',
		refusals: [],
		output: 'Results "Successfully saved the baseline" with Metadata {id, deltas} (:143): the item carries baselineId and deltas.',
		verdict: 'settled',
		note: 'An assignment that is neither AllTenants nor a known tenant group becomes a tenant scope keyed by the text given (:87-89), and a baseline without assignments writes no rows at all: the node requires at least one tenant and takes only default domains, group IDs or AllTenants.',
	},
};
