import type { AuditRecord } from './types';

/**
 * Tenant, audited against CIPP-API (/work/cipp-api). Paths are relative to
 * `Modules/CIPPHTTP/Public/Entrypoints/HTTP Functions/`; helpers to `Modules/CIPPCore/Public/`.
 */
export const audit: Record<string, AuditRecord> = {
	'tenant:getAll': {
		source: 'Tenant/Administration/Tenant/Invoke-ListTenants.ps1',
		reads:
			"GET: query tenantFilter (not sent by the node), AllTenantSelector, IncludeOffboardingDefaults, Mode, TriggerRefresh (none sent). Lists Get-Tenants -IncludeErrors -SkipDomains, narrowed to the API client's tenant access (:79-83).",
		clears: 'none',
		failure:
			'Never an HTTP error: a failure answers HTTP 200 with one fake tenant row `[{Results:"Failed to retrieve tenants: <text>", defaultDomainName:"", displayName:"Failed to retrieve tenants. Perform a permission check.", customerId:""}]` (:165-179).',
		async: 'none',
		refusals: [],
		output:
			'Bare array of tenant objects (:176-179); `records` fits the success case but turns the failure row into one "tenant" item with empty customerId and defaultDomainName.',
		verdict: 'fixed',
		note: 'Was: CIPP\'s failed tenant list (HTTP 200, one row with the error in Results and empty IDs) came out as one tenant item. Now the item fails with CIPP\'s text ("Failed to retrieve tenants: … Perform a permission check."). Not done: the tenant picker (methods/listSearch.ts, shared) still shows such a row.',
	},
	'tenant:get': {
		source: 'Tenant/Administration/Tenant/Invoke-ListTenantDetails.ps1',
		reads: 'query tenantFilter (:18); Get-TenantProperties resolves a domain to the customerId (CIPPCore Get-TenantProperties.ps1:13-21).',
		clears: 'none',
		failure: 'HTTP 500 with a bare string body "Failed to retrieve tenant details: ..." (:33-43).',
		async: 'none',
		refusals: [],
		output:
			'One object (not an array) from Graph /organization plus customProperties and Groups (:21-30); `records` wraps it, `singleRecord` fits.',
		verdict: 'ok',
	},
	'tenant:clearCache': {
		source: 'Tenant/Administration/Tenant/Invoke-ListTenants.ps1 + CIPPCore Remove-CIPPCache.ps1',
		reads:
			'body ClearCache (-eq $true, :26), TenantsOnly passed to Remove-CIPPCache, which clears every cache table only when `$TenantsOnly -eq $false` (Remove-CIPPCache.ps1:18); the node always sends the boolean, so "false" does clear them.',
		clears:
			'Removes the cached tenant rows (Remove-CIPPCache.ps1:10-16) and, unless TenantsOnly, every cache* table and Intune policy tracking data.',
		failure: 'No try/catch on this path; an exception is unhandled (HTTP 500).',
		async:
			'Queues the UpdateTenants orchestrator (:29-38); answers {Results:[{Results:"Cache has been cleared and a tenant refresh is queued."}], Metadata:{Details}} at once. Node reports status "queued".',
		refusals: [],
		verdict: 'ok',
	},
	'tenant:createAlert': {
		source:
			'Tenant/Administration/Alerts/Invoke-AddAlert.ps1 (+ CIPPCore Entrypoints/Orchestrator Functions/Start-AuditLogSearchCreationV2.ps1, Webhooks/Test-CIPPAuditLogRules.ps1)',
		reads:
			'body conditions[] (Operator.value checked against a list, Property.label against ^[a-zA-Z0-9_.]+$, :17-32), tenantFilter (list stored as JSON, :34-36), excludedTenants, actions, logbook.value, RowKey, AlertComment, CustomSubject (:37-50).',
		clears:
			'With a RowKey the whole rule is replaced (Add-CIPPAzDataTableEntity -Force, :52): Comment, Custom Subject and Excluded Tenants left out are stored empty/"null" (the node description says "replace").',
		failure:
			'Bad operator/property: HTTP 400 {error:"Invalid operator: ..."} (:20-31); exception: HTTP 500 {error:"Failed to add alert: ..."} (:60-65). Both use `error`, not Results: the node shows the JSON.',
		async:
			'Rules are matched later by the audit-log search orchestrator only on the default domain: Start-AuditLogSearchCreationV2.ps1:58-59 (exclusions too); Test-CIPPAuditLogRules.ps1:153-155.',
		refusals: [],
		verdict: 'fixed',
		note: "Was: a tenant ID in Tenants or Excluded Tenants was stored and reported as success, but never matched (CIPP matches rules and exclusions by default domain only). Now both fields refuse a tenant ID before sending, saying to use the default domain; the descriptions say so. The sandbox's alertRuleCovers() evaluates a stored rule as Start-AuditLogSearchCreationV2 does (tested). Not done: sending CIPP's autocomplete shape with addedFields.customerId, which ListAlertsQueue needs to show the rule to a tenant-limited API client.",
	},
	'tenant:createNamedLocation': {
		source: 'Tenant/Conditional/Invoke-AddNamedLocation.ps1',
		reads:
			'body selectedTenants.value (AllTenants expands to every tenant, :13-15), Type (-eq \'IPLocation\', else country), policyName, Ips (split on "\\n", :19), Trusted, Countries[].value, includeUnknownCountriesAndRegions (:18-34).',
		clears: 'none (create). Trusted / Include Unknown Countries left out are posted as null.',
		failure:
			'Per tenant, HTTP 200 text "Failed to add Named Location <tenant>: <text>" (:40-44), caught by the generic test. Type IP without ranges posts cidrAddress "" and Graph refuses (same text).',
		async: 'none',
		refusals: [],
		verdict: 'ok',
		note: 'IP Ranges / Countries are optional in the editor though one of them is needed for the chosen Type; Graph refuses and the item fails with CIPP\'s "Failed to add Named Location" text.',
	},
	'tenant:deleteStandardTemplate': {
		source: 'Tenant/Standards/Invoke-RemoveStandardTemplate.ps1',
		reads: 'body ID ?? query ID (:16), matched on RowKey or OriginalEntityId (:19-21).',
		clears:
			'Removes the template rows, its DriftRemediation_<id> scheduled tasks (:31-37) and CippStandardsReports rows for the id (:38-49).',
		failure:
			'HTTP 500 {Results:"Failed to remove Standards template: <name> with id: <id>. Error: ..."} (:60-65). An unknown GUID finds no row: TemplateName is \'\' (:22-26) and, unless removing $null entities throws, CIPP answers HTTP 200 "Removed Standards Template named: \'\' with id: <id>" although nothing was removed.',
		async: 'none',
		refusals: ["^Removed Standards Template named: '' with id"],
		verdict: 'settled',
		note: 'An unknown template ID (CIPP: HTTP 200 "Removed Standards Template named: \'\' with id: …") fails the item: "No standards template has the ID …, so nothing was removed", with CIPP\'s text after.',
	},
	'tenant:getDirectorySyncStatus': {
		source: 'Identity/Reports/Invoke-ListAzureADConnectStatus.ps1',
		reads: "query TenantFilter, DataToReturn ('', AzureADConnectSettings, AzureADObjectsInError) (:12-13).",
		clears: 'none',
		failure: 'No try/catch: Graph failures are unhandled (HTTP 500).',
		async: 'none',
		refusals: [],
		output:
			'Settings: one object; ObjectsInError: bare array; both: [ {AzureADConnectSettings, ObjectsInError} ] (:52-73); `records` fits. But "objects in error" is every user, contact and group (first page of each, every object with an id, :40-48) with its onPremisesProvisioningErrors, not only those with errors.',
		verdict: 'settled',
		note: 'CIPP answers every user, contact and group it read (first page) as "objects in error"; the node now keeps only those whose onPremisesProvisioningErrors is non-empty (in Objects in Error and in Both), and the Data to Return description says it reads CIPP\'s first page only. Sandbox: returns every user, one with an error.',
	},
	'tenant:getManyAlerts': {
		source: 'Tenant/Administration/Alerts/Invoke-ListAlertsQueue.ps1',
		reads: "no request fields; the API client's tenant access (Test-CIPPAccess -TenantList, :18).",
		clears: 'none',
		failure: 'No try/catch; table errors are unhandled (HTTP 500).',
		async: 'none',
		refusals: [],
		output:
			'Body is JSON text (`ConvertTo-Json -InputObject @(...)`, :235-239), parsed by the HTTP client into a bare array; `records` fits. For an API client limited to some tenants, audit-log rules are shown only when a tenant entry carries `customerId` (:72) — rules created by the node ({value,label} only) are hidden from such clients.',
		verdict: 'ok',
	},
	'tenant:getManyAuditLogs': {
		source: 'Tenant/Administration/Alerts/Invoke-ListAuditLogs.ps1',
		reads:
			"query tenantFilter (`Tenant eq '<tenantFilter>'` unless AllTenants, :26-28), LogId (overrides all, :15-24), StartDate/EndDate (Unix seconds or date text, :48-64), RelativeTime (\\d+[dhm], :35-46); default last 7 days (:30-33).",
		clears: 'none',
		failure:
			'No try/catch (HTTP 500 on table errors). A tenant ID matches nothing: rows are stored with Tenant = default domain (CIPPCore Webhooks/Invoke-CIPPWebhookProcessing.ps1:27-30, :37) and also filtered on `$Tenants.defaultDomainName -contains $_.Tenant` (:75): HTTP 200 {Results:[]}.',
		async: 'none',
		refusals: [],
		output: '{Results:[{LogId, Timestamp, Tenant, Title, Data}], Metadata:{Count, Filter}} (:80-86); `records` reads Results. Fits.',
		verdict: 'fixed',
		note: 'Was: a tenant ID was sent and matched nothing (HTTP 200, empty list). Now the Tenant Filter refuses a tenant ID before sending and says to use the default domain (AllTenants and empty still list every tenant).',
	},
	'tenant:getManyCaPolicies': {
		source: 'Tenant/Conditional/Invoke-ListConditionalAccessPolicies.ps1',
		reads: 'query tenantFilter (:116); AllTenants from cacheCAPolicies, rows younger than 60 min (:200-244).',
		clears: 'none',
		failure:
			'A single-tenant failure is swallowed: the catch sets 403 (:246-249) but `if (!$Body)` resets HTTP 200 and drops the error string with `Where-Object id -NE $null` (:252-257): {Results:[], Metadata:null}. Empty list, no error.',
		async:
			'AllTenants with an empty or stale cache queues CAPoliciesOrchestrator and answers {Results:[], Metadata:{QueueMessage:"Loading data for all tenants. Please check back in a few minutes", QueueId}} (:213-238); "Still loading data for all tenants..." while it runs (:205-209).',
		refusals: [],
		output:
			'{Results, Metadata}. An AllTenants read with a cold or filling cache (Results empty, Metadata.QueueMessage "Loading data for all tenants…" / "Still loading data for all tenants…") is read by `cachedRecords` as one item {status: \'loading\', message, queueId, followUp}; otherwise one item per policy.',
		verdict: 'settled',
		note: 'An AllTenants read while CIPP fills its cache is now one "loading" item with CIPP\'s QueueMessage and QueueId (the loading texts moved from refusals to the reader). A single-tenant failure that CIPP swallows into an empty list (HTTP 200) cannot be told apart from "no policies": the README says so.',
	},
	'tenant:getManyCspLicenses': {
		source: 'Tenant/Reports/Invoke-ListCSPLicenses.ps1',
		reads: 'query tenantFilter (:13), passed to Get-SherwebCurrentSubscription.',
		clears: 'none',
		failure:
			'HTTP 400 ["Unable to retrieve CSP licenses, ensure that you have enabled the Sherweb integration and mapped the tenant in the integration settings."] (:18-26).',
		async: 'none',
		refusals: [],
		output: 'Bare array; `records` fits.',
		verdict: 'ok',
	},
	'tenant:getManyNamedLocations': {
		source: 'Tenant/Conditional/Invoke-ListNamedLocations.ps1',
		reads: 'query TenantFilter (:13).',
		clears: 'none',
		failure: 'HTTP 403 [<normalised error>] (:21-25).',
		async: 'none',
		refusals: [],
		output: 'Bare array of Graph named locations plus rangeOrLocation (:15-19); `records` fits.',
		verdict: 'ok',
	},
	'tenant:getManyRoles': {
		source: 'Identity/Administration/Roles/Invoke-ListRoles.ps1',
		reads: 'query tenantFilter (:13).',
		clears: 'none',
		failure: 'HTTP 400 with string body "Failed to list roles for tenant <t>. <error>" (:62-66).',
		async: 'none',
		refusals: [],
		output:
			'Array of {Id, roleTemplateId, DisplayName, Description, Members[], MemberCount, isBuiltIn, isEnabled, SID} (:46-60); `records` fits (a single role would be one object, also handled). Members include service principals and groups (getByIds), not only users.',
		verdict: 'ok',
	},
	'tenant:getManySharedMailboxStatistics': {
		source: 'Email-Exchange/Administration/Invoke-ListSharedMailboxStatistics.ps1',
		reads: 'query TenantFilter (:15).',
		clears: 'none',
		failure:
			'HTTP 403 [<normalised error>] when the mailbox list fails (:25-29). A failing Get-MailboxStatistics for one mailbox hits `continue` inside ForEach-Object (:18-22), which in PowerShell leaves the whole pipeline (no enclosing loop): the remaining mailboxes are silently dropped (inferred).',
		async: 'none',
		refusals: [],
		output: 'Bare array of Get-MailboxStatistics objects; `records` fits.',
		verdict: 'settled',
		note: 'The node cannot see a list CIPP cut short (`continue` in a ForEach-Object catch, inferred). The Tenant Filter description and the README say that one unreadable mailbox silently ends the list. The sandbox models it: in Fabrikam the statistics of "Legal" fail, and the list ends before it with HTTP 200.',
	},
	'tenant:getManyStandardTemplates': {
		source: 'Tenant/Standards/Invoke-listStandardTemplates.ps1',
		reads: 'query id (filters on GUID, case-insensitive, :111).',
		clears: 'none (but a corrupt template is repaired and re-saved as a side effect, :22-40)',
		failure: 'No try/catch; a template that cannot be repaired is omitted silently (logged only, :24-27, :37-39).',
		async: 'none',
		refusals: [],
		output: 'Bare array of template objects with GUID, source, isSynced; `records` fits. An unknown id gives [] (no "not found").',
		verdict: 'ok',
	},
	'tenant:getManyStandards': {
		source: 'Tenant/Standards/Invoke-ListStandards.ps1 (+ CIPPCore Standards Get-CIPPStandards.ps1)',
		reads:
			'query tenantFilter, ShowConsolidated (-eq $true, :16). Legacy view: `Where-Object Tenant -EQ $TenantFilter` on the stored JSON (:29-30), i.e. the default domain; consolidated: Get-CIPPStandards matches defaultDomainName or customerId (Get-CIPPStandards.ps1:134-137).',
		clears: 'none',
		failure: 'Legacy: errors swallowed by `catch {}` (:34), empty list. Consolidated: unhandled (HTTP 500).',
		async: 'none',
		refusals: [],
		output:
			"Legacy: JSON text of an array (:46); consolidated: array of objects; `records` fits both once parsed. A tenant ID in the legacy view matches nothing (empty list). Consolidated without a tenant binds $null to [string] TenantFilter = '' and matches no tenant (empty list) (inferred from Get-CIPPStandards.ps1:4, :134).",
		verdict: 'fixed',
		note: 'Was: a tenant ID gave an empty legacy view, and Consolidated without a tenant gave an empty list. Now the legacy view refuses a tenant ID before sending (use the default domain, or Consolidated, which resolves IDs), and Consolidated without a tenant sends AllTenants. Sandbox: the legacy view compares default domains, consolidated without a tenant returns [].',
	},
	'tenant:resetPasswords': {
		source:
			'CIPP/Core/Invoke-ListGraphRequest.ps1 (reads) + Identity/Administration/Users/Invoke-ExecResetPass.ps1 (per user; follow-ups ExecDisableUser, ExecRevokeSessions as in User → Reset Password)',
		reads:
			'ListGraphRequest: query tenantFilter, Endpoint, $select, $filter (:21-31, :71-78); pages to the end (no $count sent, so no queueing, CIPPCore GraphRequests/Get-GraphRequestList.ps1:311). ExecResetPass: body tenantFilter, ID, MustChange (ToBoolean) (:17-21).',
		clears: 'Per user: sets a new password (and MustChange).',
		failure:
			'ListGraphRequest: HTTP 400 "Graph Error: ... - Endpoint: ..." (:211-215). ExecResetPass: HTTP 500 with the exception text (:26-29); HTTP-200 texts as audited for user:resetPassword.',
		async: 'none (the node drives every call itself, one item per user).',
		refusals: [],
		output:
			'ListGraphRequest {Results, Metadata}: node reads Results (passwordReset.ts graphRead). Group target reads groups/{id}/members: direct members only, users in nested groups are not listed (node description says "members of a group").',
		verdict: 'ok',
		note: 'Only direct members of a group are reset (nested groups are not expanded).',
	},
	'tenant:runStandards': {
		source: 'Tenant/Standards/Invoke-ExecStandardsRun.ps1 + CIPPCore Standards/New-CIPPStandardsRun.ps1',
		reads:
			"query tenantFilter ?? 'allTenants', templateId ?? TemplateId ?? '*' (:15-16); templates matched with `$_.guid -like $TemplateId` (:19-27); Get-CIPPStandards matches the tenant by domain or customerId.",
		clears: 'Clears the rerun cache for the tenant (-Force, New-CIPPStandardsRun.ps1:53-56).',
		failure:
			'Always HTTP 200; failure text "Failed to start standards run for tenant: <t>. Error: ..." (:36-40), caught by the generic test.',
		async:
			'Queues the StandardsList orchestrator (New-CIPPStandardsRun.ps1:84-95). An unknown template ID or a tenant no template applies to builds an empty batch and still answers "Successfully started Standards Run for tenant: <t> - Template:  ()" (unknown template: empty name and GUID, :32).',
		refusals: ['Template:\\s+\\(\\)'],
		verdict: 'settled',
		note: 'An unknown template ID (CIPP: "Successfully started … - Template:  ()") fails the item: "No standards template has the ID …", with CIPP\'s text after. A template that does not include the tenant cannot be told apart from the answer; the Template ID description says CIPP runs nothing then and still answers "started" (README too). Sandbox: the invented "Tenant not found" refusal is gone; an unknown tenant or template is "Successfully started", as in CIPP.',
	},
	'tenant:setCaExclusion': {
		source: 'Tenant/Conditional/Invoke-ExecCAExclusion.ps1 + CIPPCore Set-CIPPCAExclusion.ps1, Add-CIPPScheduledTask.ps1',
		reads:
			'body tenantFilter, UserID (GUID: UPN looked up, :27-29), Username, Users, PolicyId, ExclusionType (immediate only), vacation (-eq $true), StartDate, EndDate (Unix seconds), excludeLocationAuditAlerts, reference, postExecution, CreateTravelPolicy/TravelCountries (:14-21, :77-189).',
		clears:
			'Every call (also immediate) creates or reuses the security group "Vacation Exclusion - <policy>" and adds it to the policy\'s excludeGroups (:38-74). Vacation mode ignores ExclusionType (always add at start, remove at end).',
		failure:
			'Always HTTP 200: "Failed to perform exclusion for <user> on policy \'<p>\': ..." (:208-217), caught. Immediate success: $body never set, empty answer (node writes its own message). Vacation mode with several "Vacation Exclusion" groups adds "Failed to find a unique vacation group ... using group <id>." to a successful answer (:64-66, :191-193): the generic test fails the item though both tasks were scheduled.',
		async:
			'Vacation: two scheduled tasks at StartDate and EndDate (:93-128); a missing date becomes "now" (Add-CIPPScheduledTask.ps1:186-188), so without End Date the removal runs at once.',
		refusals: [],
		verdict: 'settled',
		note: 'Vacation Mode without Start Date or End Date, and Vacation Mode with Exclusion Remove (which CIPP ignores), are refused before sending. CIPP\'s "Failed to find a unique vacation group" line after a scheduled vacation is a `warning` item (status warning, the line in `warning`), not a failure, so a retry does not schedule twice. The description says every call, immediate ones too, creates or reuses the "Vacation Exclusion - <policy>" group and adds it to the policy\'s excluded groups (README too). Sandbox: group looked up by name, duplicates warn, a missing date is now, Member is the UserID.',
	},
	'tenant:update': {
		source: 'Tenant/Administration/Tenant/Invoke-EditTenant.ps1',
		reads: 'body customerId, tenantAlias, tenantGroups[] ({groupId, groupName}) (:16-18).',
		clears:
			'Alias left out or empty: the existing alias is removed (:28-33) — changing only the groups clears the alias (the node description says "An empty alias removes the alias"). Static groups not listed are left, but only when tenantGroups is non-empty (:69): `[]` removes nothing.',
		failure:
			'HTTP 500 {state:"error", resultText:<exception>} (:108-117); success {state:"success", resultText:"Tenant details updated successfully"} (:100-107).',
		async: 'none',
		refusals: [],
		verdict: 'settled',
		note: 'A Tenant Groups entry without a groupId (CIPP skips it silently) is refused before sending. The Tenant Alias description says CIPP removes the alias whenever it is empty, also when only groups change (enter the current alias to keep it); Tenant Groups says [] leaves every membership and dynamic groups are skipped (README too). Not done: reading the current alias first (an empty alias is also how a user removes it, so the node cannot tell intent); the sandbox still ignores tenantGroups.',
	},
	'tenant:updateNamedLocation': {
		source: 'Tenant/Conditional/Invoke-ExecNamedLocation.ps1 + CIPPCore Set-CIPPNamedLocation.ps1',
		reads:
			'body tenantFilter, namedLocationId, change (ValidateSet addIp/addLocation/removeIp/removeLocation/rename/setTrusted/setUntrusted/delete), input (.value when present) (:15-20).',
		clears:
			'PATCHes the whole list read back from Graph (Set-CIPPNamedLocation.ps1:15, :58-66). removeIp/removeLocation of a value that is not there is a no-op PATCH (:26-35) answered "Edited named location: <n>. Change: removeIp with content <x>" — success with nothing changed.',
		failure:
			'HTTP 500 {Results:["Failed to edit named location. Error: ..."]} (:26-31); setTrusted on a country location throws (no isTrusted property) into that path.',
		async: 'none',
		refusals: [],
		verdict: 'settled',
		note: 'Value is required at run time for add, remove and rename; country codes are upper-cased; a removal reads the location first (ListNamedLocations) and fails "… is not in the named location …, so there is nothing to remove" instead of CIPP\'s "Edited". The Value description says trust changes work on IP locations only. Sandbox: country removal is case-insensitive, and setTrusted on a country location fails (HTTP 500) as in CIPP.',
	},
	'tenant:getOrganization': {
		source: 'Tenant/Administration/Tenant/Invoke-ListOrg.ps1',
		reads: 'Query tenantFilter (:13); AllTenants answers an empty list (:14-15), so it is not offered.',
		clears: 'none',
		failure: 'Graph failure is unhandled (:17): HTTP 500 with the text.',
		async: 'none',
		refusals: [],
		output: 'The Graph /beta/organization answer: a bare array with the one organization (:19-22). records.',
		verdict: 'ok',
	},
	'tenant:getManyOffboardable': {
		source: 'Tenant/Administration/Tenant/Invoke-ListOffboardTenants.ps1',
		reads:
			'nothing; a POST (:1-20). Get-Tenants -IncludeAll keeps excluded tenants and tenants with Graph errors (:17), then only the tenants the API client may access (:19-21).',
		clears: 'none',
		failure: 'Any failure: HTTP 400 [{Results: "Failed to list offboarding tenants. ..."}] (:25-31).',
		async: 'none',
		refusals: [],
		output: 'Bare array of Tenants table rows sorted by displayName (:23). records; fits.',
		verdict: 'ok',
	},
	'tenant:updateSecureScoreControl': {
		source: 'Tenant/Administration/Tenant/Invoke-ExecUpdateSecureScore.ps1',
		reads:
			'Body TenantFilter, ControlName (:16-17), reason, resolutionType.value, vendorInformation (:23-27), PATCHed to Graph secureScoreControlProfiles/{ControlName} (:29). The node sends vendorInformation as Graph wants it ({provider: SecureScore, vendor: Microsoft}).',
		clears: 'A missing reason sends comment null, clearing the saved note (:24); the note is optional in the node, said in its field.',
		failure:
			'Defender controls (scid_...): HTTP 400 {Results: "Defender controls cannot be updated via this API..."} (:19-21); Graph failure: HTTP 500 "Failed to set control ..." (:32-36).',
		async: 'none',
		refusals: [],
		output: '{Results: "Successfully set control X to state"} (:30-31). actionResult.',
		verdict: 'ok',
	},
	'tenant:getManyPartnerRelationships': {
		source: 'Tenant/Administration/Tenant/Invoke-ListPartnerRelationships.ps1',
		reads:
			'Query tenantFilter (:13), through Get-GraphRequestList on policies/crossTenantAccessPolicy/partners with ReverseTenantLookup (:15-21); AllTenants would be queued by Get-GraphRequestList, not offered.',
		clears: 'none',
		failure: 'Any failure: HTTP 403 {Results: []} (:23-26), without the reason.',
		async: 'none',
		refusals: [],
		output: '{Results: [partner configuration, with TenantInfo from the reverse lookup]} (:27-33). resultRecords.',
		verdict: 'ok',
	},
	'tenant:getManyServiceIssues': {
		source: 'Tenant/Reports/Invoke-ListServiceHealth.ps1',
		reads:
			'Query tenantFilter (:13; AllTenants reads every tenant in parallel, :14-24), displayName and defaultDomainName (:26-27; only copied into TenantName/DefaultDomainName, not sent).',
		clears: 'none',
		failure: 'A Graph failure is unhandled for one tenant (HTTP 500); with AllTenants a failing tenant is missing.',
		async: 'none',
		refusals: [],
		output:
			'Bare array {TenantName, DefaultDomainName, issueId, service, type, desc} of issues with no endDateTime (:33-45). records; for one tenant TenantName and DefaultDomainName are null (said in the description).',
		verdict: 'ok',
	},
	'tenant:getManyOAuthApps': {
		source: 'Tenant/Reports/Invoke-ListOAuthApps.ps1',
		reads: 'Query TenantFilter (:12, read case-insensitively; the node sends tenantFilter), UseReportDB (:14; not sent, live read).',
		clears: 'none',
		failure: 'Graph failure: HTTP 403 with a one-element array [normalized error] (:43-47).',
		async: 'none',
		refusals: [],
		output: 'Bare array {Name, ApplicationID, ObjectID, Scope, StartTime}, one per oauth2PermissionGrant (:31-41). recordsOrFail.',
		verdict: 'ok',
	},
	'tenant:getUsageReport': {
		source: 'Tenant/Reports/Invoke-ListGraphReports.ps1',
		reads:
			'Query tenantFilter (:14), type graph/office (default graph, :15), report (:16; empty lists the reports), period D7/D30/D90/D180 (default D30, :17); the node offers only the valid values.',
		clears: 'none',
		failure:
			'Missing tenant or a bad type/period: HTTP 400 {error} (:18-37). Report failure: HTTP 500 {error} (:96-100). A period report that fails is retried once without the period (:84-91).',
		async: 'none',
		refusals: [],
		output: 'Bare array of the report rows, or of {name, type, uri} when listing (:45-73, :94). records.',
		verdict: 'ok',
	},
	'tenant:setAuthMethod': {
		source: 'Tenant/Administration/Tenant/Invoke-SetAuthMethod.ps1 (CIPPCore/Public/Set-CIPPAuthenticationPolicy.ps1)',
		reads:
			'Body state ("enabled" turns on, anything else, even missing, turns off: :12), tenantFilter, Id (one of 10 method IDs, ValidateSet, case-sensitive in the switch), GroupIds (:15-25); method sub-settings (TAP lifetimes, Authenticator options ...) only when present (:27-40; not offered).',
		clears:
			'With Group IDs the include targets are replaced by those groups (helper :170-180); without, the current targets are kept. The current configuration is read and PATCHed back with the new state (helper :30-40, :186).',
		failure:
			'Any failure: HTTP 500 with Results the exception text ("Could not get CurrentInfo ...", "Failed to <state> <method> Support. Error: ...", a ValidateSet error) (:41-44).',
		async: 'none',
		refusals: [],
		verdict: 'ok',
	},
};
