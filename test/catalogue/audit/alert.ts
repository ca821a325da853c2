import type { AuditRecord } from './types';

/**
 * Alert (scripted-alert findings and snoozes, audit-log searches, CIPP notices, webhook rules), read
 * against CIPP-API (/work/cipp-api, paths relative to `Modules/CIPPHTTP/Public/Entrypoints/HTTP Functions/`).
 * Node files: nodes/Cipp/actions/alert/.
 */
export const audit: Record<string, AuditRecord> = {
	'alert:getManyResults': {
		source: 'CIPP/Core/Invoke-ListAlertResults.ps1 + CIPPCore/Public/GraphHelper/Get-AlertContentHash.ps1',
		reads: 'Query tenantFilter, else body tenantFilter (:19); matched with Tenant eq (the default domain AlertLastRun stores, :31-32).',
		clears: 'none',
		failure:
			'No tenant: HTTP 400 {Results: "tenantFilter is required."} (:22-27). An exception: HTTP 500 "Failed to list alert results: ...". A tenant ID matches nothing (HTTP 200, []): the node refuses one (defaultDomainOnly).',
		async: 'none',
		refusals: [],
		output:
			'Bare array, one row per finding of the latest run of each alert (:37-44), runs older than 7 days left out (:45-49): {CmdletName, AlertComment, Tenant, LastRun (yyyyMMdd), ContentHash, ContentPreview, AlertItem}. `records` fits.',
		verdict: 'ok',
	},
	'alert:snooze': {
		source: 'CIPP/Core/Invoke-ExecSnoozeAlert.ps1 + CIPPCore/Public/GraphHelper/Get-AlertContentHash.ps1',
		reads:
			'Body: CmdletName, TenantFilter, AlertItem (an object; hashed by UserPrincipalName, else Id, else Message, else its sorted JSON), Duration ([int], :18), Reason ([string]). SnoozedBy comes from the x-ms-client-principal header (:20-22).',
		clears: 'A snooze of the same finding (same cmdlet, tenant and hash) is replaced (Add-CIPPAzDataTableEntity -Force, :63).',
		failure:
			'Missing CmdletName/TenantFilter/AlertItem: HTTP 400 "CmdletName, TenantFilter, and AlertItem are required." (:24-29). Duration not 7, 14, 30 or 90: HTTP 400 "Duration must be 7, 14, 30, or 90 days." (:31-36); -1 (forever), which the alert webhook offers (Send-CIPPScheduledTaskAlert durations [7,14,30,-1]), is refused. Errors: HTTP 500 "Failed to snooze alert: ...".',
		async: "The finding is left out from the alert's next run on (Remove-SnoozedAlerts); findings already sent stay sent.",
		refusals: [],
		output:
			'HTTP 200 {Results, ContentHash, SnoozeUntil (Unix seconds), SnoozedBy} (:74-82): the item has status, message, contentHash and snoozeUntil.',
		verdict: 'settled',
		note: 'The node offers only the durations CIPP accepts (7, 14, 30, 90 days) and says that "forever" (-1), though offered in the webhook, is refused. The tenant must be the default domain (CIPP matches snoozes and findings by it); a tenant ID is refused before sending.',
	},
	'alert:getManySnoozed': {
		source: 'CIPP/Core/Invoke-ListSnoozedAlerts.ps1',
		reads: 'Query CmdletName (:17); without it every snooze (:21-26).',
		clears: 'none',
		failure: 'Errors: HTTP 500 "Failed to list snoozed alerts: ...".',
		async: 'none',
		refusals: [],
		output:
			'Bare array {PartitionKey, RowKey, CmdletName, Tenant, ContentHash, ContentPreview, SnoozeReason, SnoozedBy, SnoozedAt, SnoozeUntil, IsExpired, RemainingDays, Status: Active/Expired/Forever} (:32-54). `records` fits.',
		verdict: 'ok',
	},
	'alert:removeSnooze': {
		source: 'CIPP/Core/Invoke-ExecRemoveSnooze.ps1',
		reads: 'Body PartitionKey (the cmdlet) and RowKey (<tenant>-<hash>), else the query (:15-16).',
		clears: 'none',
		failure:
			'Missing either: HTTP 400 "PartitionKey and RowKey are required." (:18-23). Errors: HTTP 500 "Failed to remove snooze: ...". A snooze that does not exist is no error: Azure Tables deletes a missing entity without complaint and CIPP answers "Successfully removed snooze for ...".',
		async: 'none',
		refusals: [],
		verdict: 'settled',
		note: 'The node reads the snoozes of the cmdlet first (ListSnoozedAlerts) and fails with "No snooze … was found, so nothing was removed" instead of reporting a removal that did nothing.',
	},
	'alert:getManyNotices': {
		source: 'CIPP/Core/Invoke-GetCippAlerts.ps1',
		reads: 'Query localversion (the front end\'s version, for the "out of date" notice, :25-26); not sent.',
		clears: 'none',
		failure: 'No refusals.',
		async: 'none',
		refusals: [],
		output:
			"Bare array: a maintenance notice, instance warnings {title, Alert, link, type} (out of date, superadmin, permissions to apply, PowerShell version, write mode) and today's last 10 CippAlerts rows (:101). `records` fits.",
		verdict: 'ok',
	},
	'alert:createAuditLogSearch': {
		source: 'Tenant/Administration/Alerts/Invoke-ExecAuditLogSearch.ps1 + CIPPCore/Public/AuditLogs/New-CippAuditLogSearch.ps1',
		reads:
			'Body as New-CippAuditLogSearch\'s parameters (:70-120): TenantFilter, StartTime and EndTime (Unix seconds or a date, :88-99), and the optional filters (DisplayName, RecordTypeFilters, KeywordFilters, OperationsFilters, UserPrincipalNameFilters, IPAddressFilters, ObjectIdFilters, AdministrativeUnitFilters, ProcessLogs); any other body field: HTTP 400 "Invalid parameters: ..." (:101-114). The node sends the tenant and the window (the fields CIPP\'s OpenAPI declares).',
		clears: 'none',
		failure:
			'HTTP 400 text "TenantFilter is required" / "StartTime and EndTime are required" / "Invalid parameters: ..." / an exception message (:147-152). HTTP 200 {resultText, state}: "Unified auditing is disabled for this tenant. ..." state warning; "Failed to initiate search" state error (a Graph gateway or transient error, :136-141).',
		async: 'Graph runs the search for minutes: its status goes notStarted → running → succeeded (Get Many Audit Log Searches, Searches).',
		refusals: [],
		output: 'HTTP 200 {resultText, state, details: the Graph search} (:124-128, not wrapped in Results): the item adds details.',
		verdict: 'ok',
	},
	'alert:getManyAuditLogSearches': {
		source: 'Tenant/Administration/Alerts/Invoke-ListAuditLogSearches.ps1 + CIPPCore/Public/AuditLogs/Get-CippAuditLogSearches.ps1',
		reads:
			'Query tenantFilter (required, :82-86), Type (Searches :19, SearchResults :29, anything else the processed searches :44), SearchId (SearchResults), Days (processed, default 1, :45-50).',
		clears: 'none',
		failure:
			'No tenant: HTTP 400 "TenantFilter is required". SearchResults of a search Graph cannot read: HTTP 200 with Results [{Error: message}] (:30-34): the node fails the item with it.',
		async: 'none',
		refusals: [],
		output:
			"ConvertTo-Json text {Results, Metadata}: Searches = the Graph searches of CIPP's AuditLogSearches rows of the last 7 days; SearchResults = the audit records; processed = {SearchId, StartTime, EndTime, Query, MatchedRules, TotalLogs, MatchedLogs, CippStatus} of every tenant (the filter is on StartTime only, :53). `parsedRecords` gives one item per row.",
		verdict: 'settled',
		note: 'CIPP lists the processed searches of every tenant whatever the tenant given; the option says so ("of every tenant" is in the audit, the description names the rows). A records read that failed is an HTTP 200 with an Error row: the node fails the item with CIPP\'s message instead of returning it as a record.',
	},
	'alert:processAuditLogSearch': {
		source: 'Tenant/Administration/Alerts/Invoke-ExecAuditLogSearch.ps1',
		reads: 'Query or body Action = ProcessLogs (:13), SearchId (required, :21-29), tenantFilter (:22).',
		clears: "The search's CippStatus becomes Pending again, so a processed search is processed again (:46-51).",
		failure:
			'No SearchId: HTTP 400 "SearchId is required". A search CIPP does not have and Graph cannot read: the Graph error is not caught, HTTP 500.',
		async:
			'Queued: Add-CippAuditLogCoverageManualEntry puts it in the audit-log pipeline, which downloads the records when Graph has finished and runs the audit-log alert rules on them (:53-56).',
		refusals: [],
		output:
			'ConvertTo-Json text {resultText: "Search \'X\' queued for processing.", state: success} (:61-67): parsed, then read as an action; the item is "queued".',
		verdict: 'ok',
	},
	'alert:getAuditLogCoverage': {
		source: 'Tenant/Administration/Alerts/Invoke-ListAuditLogCoverage.ps1',
		reads:
			'Query or body tenantFilter (a tenant, AllTenants or none, :85-87), RelativeTime (\\d+[dhm], default 48h, :20-37), StartDate / EndDate (:38-51).',
		clears: 'none',
		failure: 'No refusals; an unknown tenant lists nothing.',
		async: 'none',
		refusals: [],
		output:
			'ConvertTo-Json text {Results: [{Tenant, TenantId, Type, WindowStart, WindowEnd, State, RecordCount, Attempts, ..., LastError}], Metadata} (:94-129). `parsedRecords` fits.',
		verdict: 'ok',
	},
	'alert:getManyWebhookRules': {
		source: 'Tenant/Administration/Alerts/Invoke-ListWebhookAlert.ps1',
		reads: 'Nothing.',
		clears: 'none',
		failure: 'No refusals.',
		async: 'none',
		refusals: [],
		output: 'Bare array of SchedulerConfig rows of partition WebhookAlert with If and execution parsed (:14-18). `records` fits.',
		verdict: 'ok',
	},
	'alert:getManyPendingWebhooks': {
		source: 'Tenant/Administration/Alerts/Invoke-ListPendingWebhooks.ps1',
		reads: 'Nothing.',
		clears: 'none',
		failure: 'A table error answers an empty list (:24-26).',
		async: 'none',
		refusals: [],
		output: '{Results: [WebhookIncoming rows, JSON columns parsed], Metadata: {Count}} (:27-35). `resultRecords` fits.',
		verdict: 'ok',
	},
	'alert:sendTestAlert': {
		source: 'CIPP/Core/Invoke-ExecAddAlert.ps1',
		reads:
			"Body text, tenantFilter (for the webhook's tenant, default the partner tenant), sendWebhookNow, sendEmailNow, sendPsaNow, writeLog (booleans).",
		clears: 'none',
		failure:
			'HTTP 200 with the texts of what was done: "Successfully generated alert." (logbook, also when no target is chosen), "Error: Could not send alerts to webhook ..." / "Error: Webhook returned status code ..." (fail the item). Nothing configured for the targets chosen: an empty answer.',
		async: 'none',
		refusals: [],
		verdict: 'settled',
		note: 'An empty answer (no email or webhook configured for the targets chosen) fails the item with a hint to check Get Notification Config, instead of an unconfirmed success.',
	},
	'alert:addScriptedAlert': {
		source:
			'Tenant/Administration/Alerts/Invoke-AddScriptedAlert.ps1 + CIPP/Scheduler/Invoke-AddScheduledItem.ps1 + CIPPCore/Public/Add-CIPPScheduledTask.ps1',
		reads:
			'Body as Add Task (the whole body is the task); tenantFilter may be a list: one entry is unwrapped (:13-15), several become AllTenants with the others computed into excludedTenants and the selection kept in Tenants (:17-61). Forwarded to Invoke-AddScheduledItem with query hidden=true (:63-68), so the task is hidden.',
		clears: 'As Add Task: a RowKey that exists would be replaced whole; the node sends a new one.',
		failure:
			'As Add Task: HTTP 200 texts "Error - The command ... does not exist ..." / "... is not permitted ..." (fail the item) and "Task with name X already exists" (a refusal, with Refuse Duplicate Name).',
		async:
			'The alert runs in the scheduler at its recurrence; its findings go to the post-execution targets (the webhook carries a snooze block for Alert → Snooze).',
		refusals: ['^Task with name .* already exists$'],
		verdict: 'settled',
		note: "Built from the same definition as Scheduler → Add Task (shared/scheduler.ts), so it returns the task ID the node gives it and reads the tenant group first. Excluded tenants are not offered here: CIPP's OpenAPI types this endpoint's excludedTenants as text, and CIPP computes them itself for a list of tenants.",
	},
	'alert:deleteAlert': {
		source: 'Tenant/Administration/Alerts/Invoke-RemoveQueuedAlert.ps1',
		reads:
			"EventType and ID, query first, else body (:16-17). EventType 'Audit log Alert' (-eq, case-insensitive) picks table WebhookRules, anything else ScheduledTasks (:19-23); the row is found by RowKey eq ID alone (:27-28).",
		clears: 'none (the whole rule or scripted-alert task is deleted).',
		failure:
			'A failed lookup or removal: HTTP 500 {Results: "Failed to remove alert from queue <ID>. <error>"} (:33-37). An ID in neither table gives Get-CIPPAzDataTableEntity nothing, and Remove-CIPPAzDataTableEntity is called with a null Entity, which AzBobbyTables 3.6.2 requires ("Cannot bind argument to parameter \'Entity\' because it is null.", HTTP 500); the node never sends an ID it has not found.',
		async: 'none',
		refusals: [],
		verdict: 'settled',
		note: 'The node reads Tenant → Get Many Alerts (ListAlertsQueue) first: it sends the alert\'s own EventType (a wrong one would look in the other table) and fails with "No alert … was found, so nothing was deleted" for an unknown ID.',
	},
	'alert:getManyWebhookSubscriptions': {
		source: 'CIPP/Settings/Invoke-ExecWebhookSubscriptions.ps1',
		reads: 'Query Action (switch, case-insensitive, :17); none or an unknown action lists (default, :115-121).',
		clears: 'none',
		failure: 'No refusals.',
		async: 'none',
		refusals: [],
		output:
			"Bare array of every webhookTable row {PartitionKey (the tenant), RowKey (CIPP's ID), EventType, Resource, Expiration, SubscriptionID, TypeofSubscription, WebhookNotificationUrl} (New-CIPPGraphSubscription.ps1:126-135), for all tenants. `records` fits.",
		verdict: 'ok',
	},
	'alert:deleteWebhookSubscription': {
		source: 'CIPP/Settings/Invoke-ExecWebhookSubscriptions.ps1 + CIPPCore/Public/Webhooks/Remove-CIPPGraphSubscription.ps1',
		reads: "Query Action 'Delete' (:18) and WebhookID (:12, OData-escaped, matched with RowKey eq, :19).",
		clears:
			"The webhookTable row is removed (:22) even when Remove-CIPPGraphSubscription failed at Microsoft's side: its failure text is returned into the pipeline and dropped (New-CippCoreRequest keeps only the HttpResponseContext), and only the Logbook has it.",
		failure:
			'HTTP 200 "Subscription <ID> not found" (:27-31): "not found" is a failure text, so the item fails. Success: "Deleted subscription <RowKey> for <tenant>".',
		async: 'none',
		refusals: [],
		verdict: 'settled',
		note: "The description says that CIPP forgets the subscription even when Microsoft's side could not be deleted. Unsubscribe does the same for Graph rows ($EventType is never set, :40), Resubscribe calls New-CIPPGraphSubscription with a parameter it does not have (auditLogAPI) or without the resource and base URL and answers {Results: null} always, and UnsubscribeAll removes every CIPP subscription in every tenant: none of those is offered.",
	},
	'alert:deleteWebhookRule': {
		source: 'Tenant/Administration/Alerts/Invoke-RemoveWebhookAlert.ps1 + CIPPCore/Public/Webhooks/Remove-CIPPGraphSubscription.ps1',
		reads:
			"Query TenantFilter (the rule's Tenant, matched with -EQ among the SchedulerConfig rows of PartitionKey WebhookAlert, :16) and ID (the RowKey, :19, :42).",
		clears:
			"With more than one rule for the tenant only that rule is removed (:18-21). Otherwise CIPP also calls Remove-CIPPGraphSubscription -Type AuditLog for the tenant (:41) without an EventType: it stops the content type '' at the Management API (fails, logged) and removes a webhookTable row of Resource $null, i.e. none; AllTenants does this for every tenant (:23-35, where @Table is undefined).",
		failure:
			'Always HTTP 200. An exception: {Results: "Failed to remove webhook alert: ..."} (:48-51), e.g. an ID not among the tenant\'s rules (Remove-CIPPAzDataTableEntity with a null Entity, which AzBobbyTables 3.6.2 requires). For the tenant\'s last rule Results is ["Failed to remove Webhook Subscription : Cannot bind argument to parameter \'Entity\' because it is null.", "Removed Alert Rule for <tenant>"]: the clean-up text leaks into the results (:40-45) though the rule is removed.',
		async: 'none',
		refusals: [],
		verdict: 'settled',
		note: "The node reads Get Many Webhook Rules (ListWebhookAlert) first and fails for an unknown ID or a rule of another tenant than the one given (a default domain, as CIPP stores it), and refuses an AllTenants rule (CIPP would act on every tenant's audit-log subscription). The last rule's leaked clean-up failure makes the item a warning with both messages, not a failure.",
	},
};
