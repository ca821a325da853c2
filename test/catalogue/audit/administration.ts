import type { AuditRecord } from './types';

/**
 * Administration (CIPP settings, scheduler, backups, API clients, extensions), read against CIPP-API
 * (/work/cipp-api, paths relative to `Modules/CIPPHTTP/Public/Entrypoints/HTTP Functions/`).
 * Node files: /work/main/nodes/Cipp/actions/administration/*.operation.ts.
 */
export const audit: Record<string, AuditRecord> = {
	'administration:getManyCustomVariables': {
		source: 'CIPP/Settings/Invoke-ListCustomVariables.ps1',
		reads:
			'Query tenantFilter (a tenant adds its own variables and resolves the reserved ones for it; AllTenants or none: global only), includeSystem, excludeGlobalReserved, allTenants (not sent).',
		clears: 'none',
		failure: 'An exception: HTTP 500 {Results: "Failed to retrieve custom variables: ..."}.',
		async: 'none',
		refusals: [],
		output:
			'{Results: [{Name, Variable (%name%), Description, Value, Type (reserved/custom), VariableType, Category, Scope}]}. `resultRecords` fits.',
		verdict: 'ok',
	},
	'administration:runAccessCheck': {
		source: 'CIPP/Settings/Invoke-ExecAccessChecks.ps1',
		reads:
			'Query Type (Permissions, Tenants, GDAP), SkipCache (-eq $true; Permissions and GDAP use a 4-hour cache otherwise), body TenantId (Tenants: queue a new check of that tenant).',
		clears: 'none',
		failure: 'No refusals; an unknown Type answers Results null.',
		async: 'With a TenantId, Tenants queues the check and answers "Refreshing tenant X"; the results come with a later call.',
		refusals: [],
		output:
			'{Results, Metadata}: Tenants = one row per tenant (GraphStatus, ExchangeStatus, AssignedRoles, MissingRoles, LastRun, ...); Permissions = one object; GDAP = the relationships. A POST that only reads: the operation spells out its method and access. The node gives one item per row, or a "queued" item for the text.',
		verdict: 'ok',
	},
	'administration:getManyTrustedIps': {
		source: 'CIPP/Settings/Invoke-ListIPWhitelist.ps1',
		reads: 'Nothing.',
		clears: 'none',
		failure: 'No refusals.',
		async: 'none',
		refusals: [],
		output: 'Bare array of trustedIps rows {PartitionKey (default domain or AllTenants), RowKey (the IP), state}. `records` fits.',
		verdict: 'ok',
	},
	'administration:setTrustedIps': {
		source: 'CIPP/Settings/Invoke-ExecAddTrustedIP.ps1 + CIPPCore/Public/Webhooks/Test-CIPPAuditLogRules.ps1',
		reads:
			'Query tenantfilter (resolved to the default domain with Get-CIPPDomain, :10-21), body IP (each one a row, :23-29) and State (only "Trusted" is read by the audit-log rules, Test-CIPPAuditLogRules :432).',
		clears: 'An IP already listed for the tenant gets the new state (the row is replaced).',
		failure:
			'HTTP 400 {results: "Missing required query parameter \'tenantfilter\'"} / {results: "Invalid tenantfilter \'X\'"}; success HTTP 200 {results: "Added <IPs> to database with state <State> for <domain>"}, with results in lower case.',
		async: 'none',
		refusals: [],
		verdict: 'settled',
		note: 'CIPP answers in {results} (lower case), which the envelope reader did not recognise (the item would have been "unconfirmed"): the operation maps it to Results. IPs are checked before sending (single IPv4/IPv6 addresses: CIPP compares the exact client IP, so a range would never match).',
	},
	'administration:getExtensionsConfig': {
		source: 'CIPP/Extensions/Invoke-ListExtensionsConfig.ps1',
		reads: 'Nothing.',
		clears: 'none',
		failure: 'No refusals: a missing or unreadable configuration answers {} (:12-31).',
		async: 'none',
		refusals: [],
		output:
			'One object keyed by extension, API keys as "SentToKeyVault"; a HaloPSA TicketType ID is turned into {label, value} (:15-24). `records` gives one item.',
		verdict: 'ok',
	},
	'administration:getManyQueue': {
		source: 'CIPP/Core/Invoke-ListCippQueue.ps1 + CIPPCore/Public/Get-CIPPQueueData.ps1',
		reads: "Query QueueId and Reference (Get-CIPPQueueData :3-4), which CIPP's OpenAPI does not declare; the node sends neither.",
		clears: 'none',
		failure: 'No refusals.',
		async: 'none',
		refusals: [],
		output:
			'Bare array of the CippQueue rows of the last 3 hours, newest first, with TotalTasks, CompletedTasks, RunningTasks, FailedTasks, PercentComplete and Status (Running, Completed, Completed (with errors)). `records` fits.',
		verdict: 'ok',
	},
	'administration:clearQueueHistory': {
		source: 'CIPP/Core/Invoke-RemoveCippQueue.ps1 + CIPPCore/Public/Clear-CIPPQueueData.ps1',
		reads: 'Nothing.',
		clears: 'The whole CippQueue and CippQueueTasks tables (Clear-AzDataTable), whatever their state.',
		failure: 'An exception: HTTP 500. Otherwise {Results: ["History cleared"]}.',
		async: 'none (running jobs go on; they are just no longer listed).',
		refusals: [],
		verdict: 'ok',
	},
	'administration:searchUsers': {
		source: 'CIPP/Core/Invoke-ExecUniversalSearch.ps1',
		reads:
			'Query name (pasted into a Lighthouse managedTenantOperations search of userPrincipalName and displayName, top 5 per tenant, 50 in all).',
		clears: 'none',
		failure:
			'Lighthouse unreachable: HTTP 403 with ["Could not connect to Azure Lighthouse API: ..."] (:38-42), a failure in the transport.',
		async: 'none',
		refusals: [],
		output: 'Bare array of Graph users with _TenantId, limited to tenants CIPP manages (:33-36). `recordsOrFail` fits.',
		verdict: 'ok',
	},
	'administration:getManyTenantGroups': {
		source: 'CIPP/Settings/Invoke-ListTenantGroups.ps1 + CIPPCore/Public/TenantGroups/Get-TenantGroups.ps1',
		reads: 'Query groupId (one group), includeUsage (where each group is used); neither is sent.',
		clears: 'none',
		failure: 'No refusals.',
		async: 'none',
		refusals: [],
		output:
			'{Results: [{Id, Name, Description, GroupType, RuleLogic, DynamicRules, Members: [{customerId, displayName, defaultDomainName}]}]}, sorted by name. `resultRecords` fits.',
		verdict: 'ok',
	},
	'administration:saveTenantGroup': {
		source: 'CIPP/Settings/Invoke-ExecTenantGroup.ps1',
		reads:
			'Body Action (AddEdit, a constant), groupId (new GUID when missing, :16), groupName, groupDescription (kept when empty on an edit), groupType (?? static, :20), members ([{value: customerId, label}], :101-122), dynamicRules (list of {property, operator, value}; operators and properties checked, :24-40), ruleLogic (?? and), excludePartnerTenant ([bool]).',
		clears:
			'A static group: every member not in members is removed (:113-121) when members is given; an empty list would empty the group. GroupType is always written, so an edit without it turns a dynamic group static; RuleLogic and ExcludePartnerTenant are reset when the group is not dynamic with rules.',
		failure:
			'HTTP 400 {Results: "Invalid operator in dynamic rule: X"} / "Invalid property in dynamic rule: X" (:29-38); HTTP 403 "You do not have permission to manage tenant groups." for a role limited to some groups (:42-47). Success: {Results: [{resultText, state: success}, ...]} ("Group \'X\' saved successfully", "Added member X", "Removed member X").',
		async:
			'A dynamic group\'s members are computed at the next scheduled run ("Rules will be processed on next scheduled run."); Run Tenant Group Rules does it now.',
		refusals: [],
		verdict: 'settled',
		note: 'Group Type is always sent (required option), so an edit never flips a dynamic group to static by omission. The member list is the whole list: the description says tenants not listed leave the group, and an empty list is refused before sending instead of emptying the group.',
	},
	'administration:deleteTenantGroup': {
		source: 'CIPP/Settings/Invoke-ExecTenantGroup.ps1',
		reads: 'Body Action Delete (constant), groupId (:147-155).',
		clears: 'none (the TenantGroupMembers rows of the group are left in the table).',
		failure: 'An unknown group: HTTP 200 {Results: "Group \'X\' not found"} without state (:152-154): a refusal.',
		async: 'none',
		refusals: ["^Group '.*' not found$"],
		verdict: 'ok',
	},
	'administration:runTenantGroupRule': {
		source: 'CIPP/Settings/Invoke-ExecRunTenantGroupRule.ps1',
		reads: 'Body groupId, else query groupId (:14).',
		clears: 'none',
		failure:
			'HTTP 500 "Failed to execute dynamic rules: ..." on an exception. An unknown group is no error: the "Group not found" answer is overwritten and CIPP answers "Dynamic rules executed successfully for group \'\'" (:18-21).',
		async: 'Start-TenantDynamicGroupOrchestrator updates the members in the background.',
		refusals: [],
		verdict: 'settled',
		note: 'The node reads the group first (ListTenantGroups) and fails with "Tenant group … was not found in CIPP, so no rules were run" instead of the success CIPP reports; the item is "queued".',
	},
	'administration:getNotificationConfig': {
		source: 'CIPP/Settings/Invoke-ListNotificationConfig.ps1',
		reads: 'Nothing.',
		clears: 'none',
		failure: 'No refusals.',
		async: 'none',
		refusals: [],
		output:
			'One object: the CippNotifications row (email, webhook, webhookAuthType, secrets as "SentToKeyVault", onePerTenant, sendtoIntegration, UseStandardizedSchema), Severity split into a list (default ["Alert"]) and logsToInclude = the other columns (default ["None"]) (:14-28). `records` gives one item.',
		verdict: 'ok',
	},
	'administration:setNotificationConfig': {
		source: 'CIPP/Settings/Invoke-ExecNotificationConfig.ps1 + CIPPCore/Public/Set-CIPPNotificationConfig.ps1',
		reads:
			'Body email, webhook, webhookAuthType (.value), webhookAuthToken / webhookAuthPassword / webhookAuthHeaderValue / webhookAuthHeaders (secrets, to Key Vault unless empty or "SentToKeyVault"), webhookAuthUsername, webhookAuthHeaderName, onePerTenant, sendtoIntegration, UseStandardizedSchema ([boolean]), Severity ([{value}] joined), logsToInclude ([{value}], each a true column).',
		clears:
			'Everything: the row is rewritten from the request (Add-CIPPAzDataTableEntity -Force); a field left out becomes empty or false, a log type left out is dropped. Only a secret left empty keeps its Key Vault copy when the stored row has the marker.',
		failure: 'HTTP 200 {Results: "Failed to set configuration: ..."} on an exception: starts with "Failed", fails the item.',
		async: 'none',
		refusals: [],
		verdict: 'settled',
		note: 'The node reads the stored settings first (ListNotificationConfig), turns them into the request shape (Severity and log types as [{value}], webhookAuthType as {value}) and lays the given fields over them, so a change of the webhook keeps the email, severities, log types and secrets.',
	},
	'administration:getManyLogs': {
		source: 'CIPP/Core/Invoke-ListLogs.ps1',
		reads:
			'Query: Filter (must be true for any filter, :88; the node sends it as a constant), DateFilter, StartDate, EndDate (yyyyMMdd or yyyy-MM-dd via ConvertTo-CIPPODataFilterValue -Type Date, :98-99), Severity (comma text, split, :89), User (-like, :144), Tenant (-like "*X*" or TenantID -eq X, :145), API (-match regex, :146), StandardTemplateId / ScheduledTaskId / BaselineRunId (GUIDs, :122-133), logentryid (+ DateFilter, :25-30), ListLogs.',
		clears: 'none',
		failure:
			'A bad date or GUID makes ConvertTo-CIPPODataFilterValue throw: HTTP 500 from the entry point. Nothing found is HTTP 200 with [].',
		async: 'none',
		refusals: [],
		output:
			'Bare array of {DateTime, Tenant, API, Message, User, Severity, LogData, TenantID, AppId, IP, RowKey, StandardInfo, DateFilter}, sorted newest first (:196-199); the logentryid branch answers one element or []. `records` fits.',
		verdict: 'ok',
		note: 'Start Date without End Date reads only that one day (:101-104), and End Date without Start Date is ignored (today is read); the node describes them as "first/last day of a range". Worth one sentence in the field descriptions.',
	},
	'administration:getManyScheduledItems': {
		source: 'CIPP/Scheduler/Invoke-ListScheduledItems.ps1',
		reads:
			'Query or body: Id (:15, when given every other filter but tenant is ignored, :18-21), tenantFilter (resolved with Get-Tenants, matches domain or customerId, :47-61), ShowHidden (-eq $true, :25), Name (exact, :36), Type (Command eq, :41), SearchTitle (-like, :72).',
		clears: 'none',
		failure: 'No refusals; an unresolvable tenant falls back to the raw value and simply matches nothing (:52-56).',
		async: 'none',
		refusals: [],
		output:
			'Bare array of task rows (Parameters parsed, Tenant as {label,value,type}, times as dates), sorted by ScheduledTime (:174-177). `records` fits.',
		verdict: 'ok',
	},
	'administration:deleteScheduledItem': {
		source: 'CIPP/Scheduler/Invoke-RemoveScheduledItem.ps1',
		reads: 'Query id, else body id (:16). The node sends body id.',
		clears: 'none',
		failure:
			'A table error is HTTP 400 with the same text "Task removed successfully." (:34-42); the node fails it on the status. An unknown id is not an error: Azure Tables deletes a missing entity without complaint, so the answer is HTTP 200 "Task removed successfully." and nothing was removed.',
		async: 'none',
		refusals: [],
		verdict: 'settled',
		note: 'The node now reads the task first (ListScheduledItems with Id) and fails with "Task <id> was not found in CIPP\'s scheduler …" when it is not there, instead of sending the delete CIPP would answer with "Task removed successfully.".',
	},
	'administration:getManyBackups': {
		source: 'CIPP/Core/Invoke-ExecListBackup.ps1 + CIPPCore/Public/Get-CIPPBackup.ps1',
		reads:
			'Query: Type (:12), tenantFilter (:13), NameOnly (-eq $true, :14), BackupName (:15). Get-CIPPBackup.ps1:28-43 matches tenantFilter as a RowKey prefix ("<tenant>_<date>") and then TenantFilter -eq; New-CIPPBackup.ps1:96 builds that RowKey from the TenantFilter the backup task ran with (the default domain).',
		clears: 'none',
		failure: 'No refusals: errors while shaping NameOnly rows are only written as warnings (:57-60); no match is [].',
		async: 'none',
		refusals: [],
		output:
			'Bare array (:62-65): with NameOnly {BackupName, Timestamp, Source} (CIPP) or {TenantFilter, BackupName, Timestamp, Items} (Scheduled); without it the full rows with Backup content. `records` fits.',
		verdict: 'fixed',
		note: 'Was: a tenant ID was accepted and silently matched no scheduled backup. Now the Tenant field accepts the default domain only (validate.tenant defaultDomainOnly) and refuses a tenant ID before sending, saying to use the default domain.',
	},
	'administration:runBackup': {
		source: 'CIPP/Settings/Invoke-ExecRunBackup.ps1',
		reads: 'Nothing from the request.',
		clears: 'none',
		failure:
			'HTTP 200 always; a failure is Results [{resultText:"Failed to create backup", state:"error"}] (:26-33), caught by the state. The answer is ConvertTo-Json text; the HTTP client parses it.',
		async: 'none (New-CIPPBackup runs before the answer)',
		refusals: [],
		output: '{Results: {resultText:"Created backup", state:"success"}, backup: ...}; actionResult reads Results.',
		verdict: 'ok',
	},
	'administration:restoreBackup': {
		source: 'CIPP/Settings/Invoke-ExecRestoreBackup.ps1',
		reads:
			'Body BackupName (-like "CippBackup_*", :27), SelectedTypes (array compared with -contains "table" or "templates:<PartitionKey>", :45-56). Any other BackupName makes CIPP treat the whole body as rows (:88-110); the node refuses such names (fields.ts backupName).',
		clears:
			'Rows are written with Add-AzDataTableEntity -Force (:76): every restored row replaces the current row with the same keys. Rows of AccessRoleGroups, AccessIPRanges, CustomRoles and DevSecrets are skipped silently for a caller that is not superadmin (:65-68); cache* tables and Config/OffloadFunctions always (:59-64).',
		failure:
			'HTTP 200 always. "Backup not found." (:85) and "Backup restore failed: ..." (:119) are caught by the generic text test. A SelectedTypes list that matches nothing gives "Successfully restored 0 rows from backup." (:81) and nothing was done.',
		async: 'none',
		refusals: ['Successfully restored 0 rows'],
		verdict: 'settled',
		note: 'A Selected Types list that matches nothing ("Successfully restored 0 rows from backup.") is now a refusal, and the field says so. The description says that the role, IP range, custom role and secret tables are never restored through the API (CIPP skips them silently for anyone but a signed-in superadmin). Sandbox now also skips Config/OffloadFunctions.',
	},
	'administration:setAutoBackup': {
		source: 'CIPP/Core/Invoke-ExecSetCIPPAutoBackup.ps1',
		reads: 'Body Enabled (-eq $true / -eq $false, :11 and :31). The node always sends a JSON boolean.',
		clears: 'Enabled=true deletes an existing "Automated CIPP Backup" task and creates it again starting now (:12-29).',
		failure:
			'HTTP 200 always. The result of Add-CIPPScheduledTask is ignored, so "Scheduled Task Successfully created" is said even if the task could not be added (:29-30). Enabled missing or not a boolean: empty body (the node always sends it).',
		async: 'The backup itself runs later, daily, as scheduled task "Automated CIPP Backup".',
		refusals: [],
		verdict: 'ok',
		note: 'Disabling when no task exists answers "No existing scheduled task found to remove": the wanted state (off) holds, so it is not a refusal.',
	},
	'administration:getApiClients': {
		source: 'CIPP/Settings/Invoke-ExecApiClient.ps1',
		reads: 'Query Action (or body, :12): List, ListAvailable, GetAzureConfiguration.',
		clears: 'none',
		failure:
			'List with no clients: no body at all (:17-18, $Body never set). GetAzureConfiguration failure: HTTP 200 {Results: {Enabled: "Could not get API clients, ensure you have the appropriate rights to read the Authentication settings.", Error: {...}}} (:201-206), no state.',
		async: 'none',
		refusals: [],
		output:
			'{Results: [...]} for List/ListAvailable, {Results: {...}} for GetAzureConfiguration. resultRecords fits the shapes (and an empty body gives no items), but it only fails on a string Results, so the GetAzureConfiguration failure object comes out as a normal record.',
		verdict: 'fixed',
		note: 'Was: the Authentication Settings failure object came out as a settings record. Now the reader fails the item with CIPP\'s sentence when Results carries Error or a text Enabled. This is a read, so "Could not get API clients" is handled by the reader and no longer listed as an action refusal.',
	},
	'administration:manageApiClient': {
		source: 'CIPP/Settings/Invoke-ExecApiClient.ps1 + CIPPCore/Public/Authentication/Test-CippApiClientRoleGrant.ps1',
		reads:
			'Body: Action; Role.value (:39, :130); ClientId (plain or .value, :43, :61, :338; plain for ResetSecret/RepairUri :265, :302); AppName (:73); IpRange.value (array, :107-117); Enabled (?? $false, :132); MCPAllowed (?? $false, :133); CIPPAPI.ResetSecret (:71); RemoveAppReg (-eq $true, :349).',
		clears:
			'AddUpdate of an existing client overwrites Role (empty -> falls back to the cipp-api role), IPRange (empty list when IpRange is missing, :118-120), Enabled (missing -> false, so the next Save to Azure drops the client, :214) and MCPAllowed (missing -> false), :127-133.',
		failure:
			'HTTP 200 always. AddUpdate refusal: [{resultText, state:"error"}] (:53-56); New-CIPPAPIConfig failure {Results:[{state:"error"}]} (:85-88). ResetSecret/RepairUri: state error (:267-270, :277-280, :294, :327-330). Delete refused: {Results: "<grant message>"} with no state (:342-346). Delete of an unknown Client ID: Remove-CIPPAzDataTableEntity gets $null, the catch only logs (:368-370) and the body is empty. AddUpdate with neither ClientId nor AppName: {Results: []}. Delete with RemoveAppReg but an app whose redirect URI does not match: only Write-Information (:356-358), the answer still says deleted.',
		async: 'none; Save to Azure must be run afterwards for Enabled/MCP changes to take effect (:168).',
		refusals: [
			'You do not have sufficient permissions to manage an API client',
			'Unable to determine your roles',
			'Unable to resolve your roles for authorization',
			'cannot be assigned to an API client',
			"The role '[^']*' does not exist",
		],
		verdict: 'fixed',
		note: 'Was: a refused Delete (text, no state) reported as success; Create or Update of an existing client cleared Role, IP range, Enabled and MCP Allowed unless all were sent; empty answers came back without an error. Now: the grant denials are refusals; Create or Update with a Client ID first reads Get API Clients (List) and sends back the current Role, IP range, Enabled and MCP Allowed for those the user left out; Create or Update without App Name and Client ID, and Delete/Reset Secret/Repair URI without Client ID, are refused before sending; an empty answer to Delete fails ("CIPP did not confirm the deletion"). Not detectable: Remove App Registration on an app whose redirect URI does not match is only logged (described in the README lines).',
	},
	'administration:getManyCustomRoles': {
		source: 'CIPP/Settings/Invoke-ListCustomRole.ps1',
		reads: 'Nothing from the request.',
		clears: 'none',
		failure: 'No refusals.',
		async: 'none',
		refusals: [],
		output: 'ConvertTo-Json text of an array (:118-122). parsedRecords parses it; one item per role.',
		verdict: 'ok',
	},
	'administration:getPasswordConfig': {
		source: 'CIPP/Settings/Invoke-ExecPasswordConfig.ps1',
		reads: 'Query List (:17); the node sends it as a constant.',
		clears:
			'Reading migrates a stored "Correct-Battery-Horse" type to "Passphrase" and writes it back (:58-77): a read that writes, harmless.',
		failure: 'Errors: HTTP 500 "Failed to set configuration: ..." (:234-241).',
		async: 'none',
		refusals: [],
		output:
			'{Results: {passwordType, charCount, ...}} (one object, defaults when nothing is stored, :18-33). resultRecords gives one item.',
		verdict: 'ok',
	},
	'administration:setPasswordConfig': {
		source: 'CIPP/Settings/Invoke-ExecPasswordConfig.ps1',
		reads:
			'Body: passwordType (:85), includeUppercase/includeLowercase/includeDigits/includeSpecialChars/capitalizeWords/appendNumber/appendSpecialChar ([bool], :95-101), charCount and wordCount ([int]::TryParse, :104-130), specialCharSet (:133), separator (stored as given; "" and a single space are explicitly allowed, :153-159).',
		clears:
			'Every field is written from the request (:213-230); the node always sends all of them (none is optional), so nothing is cleared by omission.',
		failure: 'Validation: HTTP 400 "Failed to set configuration: <reason>" (:90-209, :234-241); other errors HTTP 500.',
		async: 'none',
		refusals: [],
		verdict: 'fixed',
		note: 'Was: the separator was trimmed, so a single space (allowed by CIPP) became "". Now the operation sends the separator exactly as typed (run hook); tested by saving " " and reading it back.',
	},
	'administration:getExtensionMapping': {
		source: 'CIPP/Extensions/Invoke-ExecExtensionMapping.ps1 + CippExtensions/Public/*/Get-*Mapping.ps1',
		reads: 'Query List (:17-57), TicketType for HaloPSAFields (:41).',
		clears:
			'Get-HaloMapping migrates legacy rows (PartitionKey "Mapping") into HaloMapping and deletes the old ones (Get-HaloMapping.ps1:10-22): a read that writes.',
		failure:
			'The List branch is outside the try (:17-58): an exception is an unhandled HTTP 500. Get-HaloMapping catches a HaloPSA failure and returns it as a fake company {name: "Could not get HaloPSA Clients, error: ...", value: "-1"} with HTTP 200 (Get-HaloMapping.ps1:52-61); PWPush answers an account {value:"-1"} "PWPush Pro is not enabled or configured...".',
		async: 'none',
		refusals: [],
		output:
			'One object: {Companies, Mappings} (HaloPSA, Hudu, NinjaOne, Sherweb), {TicketTypes, Outcomes, Priorities}, {Accounts}, or field-mapping shapes. `records` gives one item, which fits.',
		verdict: 'ok',
		note: 'A HaloPSA connection failure arrives as a company named "Could not get HaloPSA Clients, error: ..." with id -1, not as an error.',
	},
	'administration:saveExtensionMapping': {
		source:
			'CIPP/Extensions/Invoke-ExecExtensionMapping.ps1 + CippExtensions/Public/{Halo/Set-HaloMapping, Hudu/Set-HuduMapping, NinjaOne/Set-NinjaOneOrgMapping, Sherweb/Set-SherwebMapping, NinjaOne/Set-NinjaOneFieldMapping, Extension Functions/Set-ExtensionFieldMapping}.ps1',
		reads:
			'Query AddMapping (:61). HaloPSA/Hudu/NinjaOne/Sherweb: body is a list of {TenantId, IntegrationId, IntegrationName} (Set-HaloMapping.ps1:11-18). HuduFields and NinjaOneFields: body is ONE OBJECT whose property names are the CIPP field names and whose values are {value, label} (Set-ExtensionFieldMapping.ps1:11-16, Set-NinjaOneFieldMapping.ps1:11-16).',
		clears:
			'HaloPSA/Hudu/NinjaOne/Sherweb: the whole stored mapping of that extension is deleted first (Set-HaloMapping.ps1:8-10). HuduFields/NinjaOneFields: nothing is deleted; given fields are upserted.',
		failure:
			'An exception is HTTP 500 "Mapping API failed. ..." (:89-94). Set-HaloMapping/Set-NinjaOneOrgMapping skip building a row without TenantId but still add the previous row again (or throw on the first row). Otherwise always "Successfully edited mapping table."',
		async:
			'NinjaOne, NinjaOneFields, Hudu, HuduFields re-register the extension sync scheduled tasks (Register-CIPPExtensionScheduledTasks, :71-83).',
		refusals: [],
		verdict: 'fixed',
		note: 'Was: Hudu Fields and NinjaOne Fields were offered with the tenant-row list, which CIPP saves as the list\'s own properties (junk rows) while reporting success; tenant rows with a non-GUID TenantId mapped nothing. Now field mappings must be one JSON object {"<CIPP field>": {value, label}} (a list is refused), and the field and operation descriptions say only the fields given change; every tenant-mapping row needs a GUID TenantId. Sandbox stores field mappings as CIPP does (one upserted row per property, array properties for a list) and returns them from Get Extension Mapping HuduFields/NinjaOneFields.',
	},
	'administration:getManyExtensionSyncs': {
		source: 'CIPP/Extensions/Invoke-ListExtensionSync.ps1',
		reads: 'Nothing from the request.',
		clears: 'none',
		failure: 'No refusals.',
		async: 'none',
		refusals: [],
		output: 'ConvertTo-Json text of an array (:48-50). parsedRecords parses it.',
		verdict: 'ok',
	},
	'administration:syncExtension': {
		source: 'CIPP/Extensions/Invoke-ExecExtensionSync.ps1',
		reads: 'Query Extension (:10), TenantID (NinjaOne only, compared with the NinjaOneMapping RowKey = tenant ID, :43-44).',
		clears: 'none',
		failure:
			'HTTP 200 always. Gradient not enabled or billing not enabled: no Results at all, empty body (:20-25). Exceptions: "Could not start Gradient Sync: ..." (:29) and "Could not start NinjaOne Sync: ..." (:79), no state and no error word. NinjaOne TenantID not mapped: "Tenant was not found." (caught). NinjaOne with no mapped tenants: "NinjaOne Synchronization Queuing 0 Tenants" (:75).',
		async:
			'Gradient: queue message New-GradientServiceSyncRun. NinjaOne: NinjaOneOrchestrator. Hudu: sync tasks rescheduled to start within 15 minutes (:84-85).',
		refusals: ['Could not start (Gradient|NinjaOne) Sync', 'Queuing 0 Tenants'],
		verdict: 'fixed',
		note: 'Was: "Could not start … Sync", "Queuing 0 Tenants" and an empty answer came back as queued. Now the first two are refusals and an empty answer fails with "CIPP queued nothing: is the extension enabled (and, for Gradient, billing sync turned on)?".',
	},
	'administration:testExtension': {
		source: 'CIPP/Extensions/Invoke-ExecExtensionTest.ps1',
		reads: 'Query extensionName (:16).',
		clears: 'none',
		failure:
			'HTTP 200 always. "Failed to connect to X, check your API credentials..." and "Failed to connect: ..." (caught). PWPush not enabled: "PWPush is not enabled" (:58), no state, no error word. HIBP reports success without looking at the test result (:78-80).',
		async: 'none',
		refusals: ['PWPush is not enabled'],
		verdict: 'fixed',
		note: 'Was: "PWPush is not enabled" reported as a successful test. Now a refusal. HIBP "Successfully Connected" without checking the result (:78-80) cannot be detected (README line).',
	},
	'administration:saveExtensionsConfig': {
		source: 'CIPP/Extensions/Invoke-ExecExtensionsConfig.ps1',
		reads: 'The whole body: one property per extension, each an object (Enabled, APIKey, NinjaOne.Instance, Hudu.NextSync, ...) (:13-56).',
		clears:
			'The stored config row is replaced by the body (:57-64): extensions left out lose their settings; an empty collection (no body) stores an empty config and wipes every extension. APIKey values are moved to Key Vault and replaced by "SentToKeyVault" (:41-54).',
		failure:
			'HTTP 200 always. An exception: "Failed to save the extensions configuration: ..." (caught). A NinjaOne instance outside the allowed hosts adds "Error: NinjaOne URL is not allowed..." but the save goes on (:16-27) and "Successfully saved..." follows.',
		async: 'Register-CIPPExtensionScheduledTasks (:76); Hudu NextSync reschedules the Hudu sync (:30-36).',
		refusals: [],
		verdict: 'settled',
		note: 'The node now reads the stored config first (ListExtensionsConfig; API keys already "SentToKeyVault", which CIPP leaves alone) and sends it back with the given extensions merged in, so the others keep their settings; an empty collection is refused (CIPP would clear every extension); an enabled NinjaOne whose Instance is not one of CIPP\'s allowed hosts is refused before sending (CIPP would save it with an error line). Sandbox: ListExtensionsConfig added (HaloPSA TicketType is returned as stored; CIPP turns it into {label, value} via Halo).',
	},
	'administration:getManyFunctionParameters': {
		source: 'CIPP/Scheduler/Invoke-ListFunctionParameters.ps1',
		reads:
			'Query Module (:12), Function (:13; not offered by the node), Compliance (-eq $true, :52, only with Module ExchangeOnlineManagement).',
		clears: 'none',
		failure: 'A failed EXO cmdlet listing is caught and logged; the answer may be [].',
		async: 'none',
		refusals: [],
		output: 'Bare array @($Results) (:113-116). `records` fits.',
		verdict: 'ok',
	},
	'administration:getManyKnownIps': {
		source: 'CIPP/Core/Invoke-ListKnownIPDb.ps1',
		reads: 'Nothing from the request.',
		clears: 'none',
		failure: 'No refusals.',
		async: 'none',
		refusals: [],
		output: "Bare array of knownlocationdbv2 rows of PartitionKey 'ip'. `records` fits.",
		verdict: 'ok',
	},
	'administration:getManyAdminPortalLicenses': {
		source: 'CIPP/Core/Invoke-ListAdminPortalLicenses.ps1',
		reads: 'Query tenantFilter (:14).',
		clears: 'none',
		failure: 'A failed admin-portal call is swallowed: HTTP 200 with an empty array (:17-20).',
		async: 'none',
		refusals: [],
		output: 'Bare array of licensed products (low-friction trials). `records` fits.',
		verdict: 'settled',
		note: 'An unreadable portal looks like "no trials"; the description says so.',
	},
	'administration:getCippQueues': {
		source: 'CIPP/Core/Invoke-ListCippQueues.ps1',
		reads: 'Query (or body) QueueIds, a comma-separated list, trimmed and de-duplicated (:27-28).',
		clears: 'none',
		failure:
			'No IDs: HTTP 400 {Results: "QueueIds is required."} (:30-34); the node requires the field. Unknown IDs go to MissingQueueIds (:40-48).',
		async: 'none',
		refusals: [],
		output: 'One object {Queues, MissingQueueIds, Summary} (:83-100). `singleRecord` gives one item.',
		verdict: 'ok',
	},
	'administration:getManyCachedData': {
		source: 'CIPP/Core/Invoke-ListDBCache.ps1',
		reads: 'Query tenantFilter (a tenant or AllTenants, :53), type (:54) and countsOnly (compared with $true, :55).',
		clears: 'none',
		failure:
			"No tenantFilter: HTTP 400 (:57-61); no type: HTTP 400 with AvailableTypes (:110-118); a tenant outside the client's scope or unknown: HTTP 400 {Results: NormalizedError} (:170-177). The node requires tenant and type.",
		async: 'none',
		refusals: [],
		output:
			'{Results: [...]}: cached records (with Tenant for AllTenants), per-tenant counts with countsOnly, or type names for _availableTypes. `resultRecords` gives one item each.',
		verdict: 'ok',
	},
	'administration:searchLicenses': {
		source: 'CIPP/Core/Invoke-ExecLicenseSearch.ps1',
		reads: 'Body skuIds, an array (:14).',
		clears: 'none',
		failure:
			'No skuIds: HTTP 400 {error: ...} (:15-21), which the node prevents; an exception: HTTP 500 {error: "Failed to search for licenses: ..."} (:46-53).',
		async: 'none',
		refusals: [],
		output: 'Bare array of unique {skuId, displayName} found in the cached LicenseOverview (:24-41). `records` fits.',
		verdict: 'ok',
	},
	'administration:getManyCommunityRepos': {
		source: 'Tools/GitHub/Invoke-ListCommunityRepos.ps1',
		reads: 'Query WriteAccess (compared with $true, :14).',
		clears:
			"Without WriteAccess, reading adds or refreshes the built-in community repositories in CIPP's table (:20-64): a read that writes, harmless.",
		failure: 'No refusals.',
		async: 'none',
		refusals: [],
		output:
			'{Results: [...]} sorted by FullName, each {Id, BuiltIn, Name, FullName, WriteAccess, DefaultBranch, TemplateTypes, RepoPermissions...} (:67-87). `resultRecords` fits.',
		verdict: 'ok',
	},
	'administration:resolveDirectoryObjects': {
		source: 'CIPP/Core/Invoke-ListDirectoryObjects.ps1',
		reads:
			'Body tenantFilter (:12; partnerLookup would use the partner tenant instead, not sent), ids (an array passed to Graph directoryObjects/getByIds, :14-24), asApp and $select (not sent).',
		clears: 'none',
		failure: 'A Graph error: HTTP 400 with the message text as the body (:30-33).',
		async: 'none',
		refusals: [],
		output: 'The Graph answer: a bare array of directory objects with @odata.type. `records` fits.',
		verdict: 'ok',
	},
};
