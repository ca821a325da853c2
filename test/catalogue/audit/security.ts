import type { AuditRecord } from './types';

/**
 * Security & Compliance, read against CIPP-API (/work/cipp-api, paths relative to
 * `Modules/CIPPHTTP/Public/Entrypoints/HTTP Functions/`). Node files: /work/main/nodes/Cipp/actions/security/.
 */
export const audit: Record<string, AuditRecord> = {
	'security:getManyIncidents': {
		source: 'Security/Incidents/Invoke-ExecIncidentsList.ps1',
		reads: 'Query tenantFilter (:13), StartDate and EndDate as yyyyMMdd ([datetime]::ParseExact, :14-25; validate.day sends yyyyMMdd).',
		clears: 'none',
		failure:
			'Graph failure: HTTP 403 with the normalized error (:124-127). A date that is not yyyyMMdd throws before the try: unhandled HTTP 500 (the node always sends yyyyMMdd).',
		async:
			'AllTenants: served from table cachealertsandincidents (rows younger than 30 minutes, :57); when empty CIPP queues IncidentOrchestrator and answers Metadata.QueueMessage "Loading data for all tenants..." (:61-86).',
		refusals: [],
		output:
			'{Results: [...], Metadata} (:128-134). cachedRecords unwraps Results and turns an empty Results with Metadata.QueueMessage into one "loading" item; fits. Results are sorted by Id descending as text (:131), not by date.',
		verdict: 'ok',
		note: '"Newest first" in the description is only approximately true: CIPP sorts by the incident Id as text (so "999" comes before "1742").',
	},
	'security:updateIncident': {
		source: 'Security/Incidents/Invoke-ExecSetSecurityIncident.ps1',
		reads:
			'Body tenantFilter (:16), GUID (:17), Status (:18), Classification (:19), Determination (:20), Severity.value (:22; node sends labelValue), Comment (:23), Redirected (-as [int], :24; never sent, $null -lt 1 so the update goes ahead), AssignToSelf ([Convert]::ToBoolean, :26; never sent -> false).',
		clears: 'none: only the fields sent are put in the PATCH (:40-75).',
		failure:
			'Graph failure or a Classification without Determination (bare `throw`, :52-56): HTTP 500 "Failed to update incident <id> : ..." (:89-94). No field at all: an empty PATCH and HTTP 200 "Set  for incident <id>" (:77-80), nothing changed.',
		async: 'none',
		refusals: ['^Set\\s+for incident'],
		verdict: 'settled',
		note: 'Update with no field is refused before sending (CIPP would PATCH {} and answer "Set  for incident"); that answer is also a refusal.',
	},
	'security:getManyAlerts': {
		source: 'Security/Incidents/Invoke-ExecAlertsList.ps1',
		reads: 'Query tenantFilter (:21).',
		clears: 'none',
		failure: 'Graph failure: HTTP 403 with the exception text (:122-125).',
		async: 'AllTenants: cache (30 minutes) and AlertsOrchestrator, Metadata.QueueMessage while loading (:54-91).',
		refusals: [],
		output:
			'{Results: {NewAlertsCount, ..., MSResults: [...]}, Metadata} (:45-53, :110-118, :126-132). cachedRecords(alertsOf) takes MSResults and handles the loading case; fits. MSResults items are {Tenant, GUID (always null), Id, Title, Category, EventDateTime, Severity, Status, RawResult, InvolvedUsers}.',
		verdict: 'ok',
	},
	'security:updateAlert': {
		source: 'Security/Incidents/Invoke-ExecSetSecurityAlert.ps1',
		reads: 'Query or body tenantFilter, GUID, Status, Vendor, Provider (:16-20), pasted into a JSON text by string concatenation (:21).',
		clears: 'none',
		failure: 'Graph failure: HTTP 500 "Failed to update alert <id>: ..." (:28-33).',
		async: 'none',
		refusals: [],
		verdict: 'ok',
		note: "A Provider or Vendor containing a double quote breaks CIPP's hand-built JSON (:21) and fails with HTTP 500; harmless.",
	},
	'security:getManyMdoAlerts': {
		source:
			'Security/Incidents/Invoke-ExecMdoAlertsList.ps1 (function name differs in case from the endpoint; PowerShell resolves it case-insensitively)',
		reads: 'Query tenantFilter (:13).',
		clears: 'none',
		failure: 'Graph failure: HTTP 403 with the normalized error (:64-67).',
		async: 'AllTenants: cache (30 minutes) and MdoAlertsOrchestrator, Metadata.QueueMessage while loading (:19-62).',
		refusals: [],
		output: '{Results: [alerts_v2 objects], Metadata} (:68-74). cachedRecords fits.',
		verdict: 'ok',
	},
	'security:updateMdoAlert': {
		source: 'Security/Incidents/Invoke-ExecSetMdoAlert.ps1',
		reads:
			"Query or body tenantFilter, GUID, Status, Classification, Determination (:16-21); Assigned, else the caller's x-ms-client-principal userDetails (:19; an App Service principal of an API client has no userDetails, so nothing is assigned).",
		clears: 'none: only the fields given are PATCHed (:27-50).',
		failure:
			'Graph failure or Classification without Determination: HTTP 500 "Failed to update incident <id> : ..." (:59-64). No field at all: empty PATCH and HTTP 200 with Results "" (nothing changed; the node reports success with an empty message).',
		async: 'none',
		refusals: [],
		verdict: 'ok',
		note: 'Called from the CIPP UI, a missing Assigned assigns the alert to the signed-in user (:19); through an API client the principal has no userDetails, so nothing is assigned. With no field added the answer is an empty success.',
	},
	'security:getManyDefenderStates': {
		source: 'Endpoint/MEM/Invoke-ListDefenderState.ps1',
		reads: 'Query TenantFilter (:15), DeviceID (:16).',
		clears: 'none',
		failure: 'Graph failure: HTTP 200 with ["<normalized error>"] (:34-41). recordsOrFail fails an all-text list; fits.',
		async: 'none',
		refusals: [],
		output: 'Bare array of managed devices with windowsProtectionState (:28-41). recordsOrFail fits.',
		verdict: 'ok',
	},
	'security:getManyVulnerabilities': {
		source: 'Endpoint/MEM/Invoke-ListDefenderTVM.ps1',
		reads: 'Query tenantFilter (:12).',
		clears: 'none',
		failure: 'HTTP 403 with the normalized error (:42-46).',
		async: 'none',
		refusals: [],
		output:
			'Bare array, one object per CVE {customerId, affectedDevicesCount, cveId, affectedDevices, ...first value of every other property} (:16-40). `records` fits.',
		verdict: 'ok',
	},
	'security:getMdeOnboarding': {
		source: 'Security/Defender/Invoke-ListMDEOnboarding.ps1 + CIPPCore/Public/Get-CIPPMDEOnboardingReport.ps1',
		reads: 'Query tenantFilter (:12), UseReportDB (-eq $true, :14; forced for AllTenants, :15-17).',
		clears: 'none',
		failure:
			'Report database: HTTP 500 with the text, e.g. "No MDE onboarding data found in reporting database. Sync the report data first." (:24-33). Live: any connector lookup failure becomes {Tenant, partnerState: "unavailable"} with HTTP 200 (:42-47), so a permission error reads as "not onboarded".',
		async: 'none',
		refusals: [],
		output: 'Bare array of connector objects (:55-58). recordsOrFail fits.',
		verdict: 'ok',
		note: 'partnerState "unavailable" also covers Graph errors (permissions, tenant unreachable); the description lists "unavailable" as a state.',
	},
	'security:getManyQuarantineMessages': {
		source: 'Email-Exchange/Spamfilter/Invoke-ListMailQuarantine.ps1',
		reads: 'Query tenantFilter (:13), manualPagination ([Convert]::ToBoolean, :18), nextLink (page number ^\\d+$, :21).',
		clears: 'none',
		failure:
			'None visible: the catch stores the error text in $GraphRequest and sets 403 (:86-90), but $body was never set, so CIPP answers HTTP 200 {Results: @(<text> | Where Identity -ne $null) = [], Metadata: null} (:92-98). An Exchange failure is indistinguishable from an empty quarantine.',
		async:
			'AllTenants: cache cacheQuarantineMessages (30 minutes) and MailQuarantineOrchestrator, Metadata.QueueMessage while loading (:38-83).',
		refusals: [],
		output:
			'{Results: [...] sorted by ReceivedTime descending, Metadata} (:92-98). cachedRecords fits, but drops Metadata.nextLink (:24-26), so with One Page Only the user cannot see that another page exists.',
		verdict: 'settled',
		note: 'The node cannot tell a failed read from an empty quarantine (CIPP answers 200 with Results [] either way). The operation description and the README say plainly that no items does not prove the quarantine is empty. Left: Metadata.nextLink is not output with One Page Only (Page takes the next page number).',
	},
	'security:releaseQuarantineMessage': {
		source: 'Email-Exchange/Spamfilter/Invoke-ExecQuarantineManagement.ps1',
		reads:
			'Body tenantFilter (:14), Type (:15), AllowSender (-eq $true, :16), RecipientAddress (list or text split on , ;, only for Deny, :17-24, :44-46), Identity (string -> -Identity, list -> -Identities with Identity "000", :27-43), SenderAddress and PolicyName (:53-54).',
		clears: "Allow Sender rewrites the policy's AllowedSenders as the current list plus the sender (:63-70).",
		failure:
			'Release failure: HTTP 200 "Failed. <error>" (:81-84), caught by the generic test. The Allow Sender step has its own try whose catch only logs (:74-76); with several identities and no Sender Address/Policy Name the lookup at :56 is skipped and nothing is allowed. Either way the answer is "Successfully processed ..." (:79).',
		async: 'none',
		refusals: [],
		verdict: 'settled',
		note: 'Allow Sender with several messages and no Sender Address or Policy Name is refused before sending (CIPP would skip it silently). The operation and Allow Sender descriptions (and README) say that a failed Allow Sender is only written to CIPP\'s logbook while CIPP answers "Successfully processed".',
	},
	'security:getManySafeLinksPolicies': {
		source: 'Security/Safe-Links-Policy/Invoke-ListSafeLinksPolicy.ps1',
		reads: 'Query tenantfilter (:15).',
		clears: 'none',
		failure: 'HTTP 403 with the normalized error (:188-193).',
		async: 'none',
		refusals: [],
		output:
			'Bare array (a single object or no body when there are 0-1 entries) of policy+rule rows with ConfigurationStatus (:172-186, :195-198). `records` handles all three.',
		verdict: 'ok',
	},
	'security:getManyDlpPolicies': {
		source: 'Security/Compliance-DLP/Invoke-ListDlpCompliancePolicy.ps1',
		reads: 'Query tenantFilter (:12).',
		clears: 'none',
		failure: 'HTTP 403 with the normalized error (:21-25).',
		async: 'none',
		refusals: [],
		output: 'Bare array of policies with AssociatedRules and RuleCount (:17-19, :27-30). `records` fits.',
		verdict: 'ok',
	},
	'security:getManyRiskyUsers': {
		source:
			'CIPP/Core/Invoke-ListGraphRequest.ps1 + CIPPCore Get-GraphRequestList.ps1 + CIPPActivityTriggers Push-ListGraphRequestQueue.ps1',
		reads: 'Query Endpoint (constant identityProtection/riskyUsers, :71), TenantFilter (:76).',
		clears: 'none',
		failure:
			'Single tenant: HTTP 400 "Graph Error: ... - Endpoint: identityProtection/riskyUsers" (:211-215), e.g. without Entra ID P2. AllTenants: a tenant that fails is stored in the cache as a row {Tenant, CippStatus: "Could not connect to tenant. <error>", CippException} (Push-ListGraphRequestQueue.ps1:49-55) and returned among the users with HTTP 200.',
		async:
			'AllTenants: GraphRequestOrchestrator fills the cache; meanwhile Metadata {Queued, QueueMessage, QueueId} and Results [] (:194-199).',
		refusals: [],
		output:
			'{Results: [...], Metadata} (AllTenants as raw JSON text with ContentType application/json, :162-174). cachedRecords fits the shape and the loading case, but outputs the per-tenant failure rows as if they were users.',
		verdict: 'settled',
		note: 'AllTenants rows CIPP stores for a tenant it could not read ({Tenant, CippStatus: "Could not connect to tenant. ..."}) now become items {status: "error", tenant, message} instead of nameless user records; the description says so. Other AllTenants ListGraphRequest reads in other resources have the same rows (not changed here).',
	},
	'security:getSecureScore': {
		source: 'Tenant/Reports/Invoke-ListSecureScoreReport.ps1 + CIPPCore/Public/Get-CIPPSecureScoreReport.ps1',
		reads:
			'Query tenantFilter (default AllTenants, :21; a tenant ID is resolved with Get-Tenants, Get-CIPPSecureScoreReport.ps1:46-47), includeHistory (-eq $true, :22).',
		clears: 'none',
		failure: 'HTTP 400 {Error: "<normalized error>"} (:40-45), e.g. "Tenant \'x\' not found".',
		async: 'none (report database, as old as the last nightly sync)',
		refusals: [],
		output: '{Results: [...]} (:39). `records` unwraps Results; fits.',
		verdict: 'ok',
	},
	'security:getManyCheckAlerts': {
		source: 'Security/Incidents/Invoke-ListCheckExtAlerts.ps1',
		reads: 'Query tenantFilter (:14; empty or AllTenants = every tenant, :16-20).',
		clears: 'none',
		failure: 'None: a table failure is logged and answered as an empty list with HTTP 200 (:24-27).',
		async: "none: rows are written by the Check extension's webhook.",
		refusals: [],
		output: 'Bare array of CheckExtensionAlerts rows of tenants CIPP manages, newest first (:22-30); records fits.',
		verdict: 'ok',
	},
};
