import type { AuditRecord } from './types';

/**
 * License resource (nodes/Cipp/actions/license/), audited against CIPP-API as checked out in /work/cipp-api.
 * Node line numbers are for b6e8606. HTTP functions are relative to `Modules/CIPPHTTP/Public/Entrypoints/HTTP Functions/`.
 */
export const audit: Record<string, AuditRecord> = {
	'license:getAll': {
		source: 'Tenant/Reports/Invoke-ListLicenses.ps1; CIPPCore/Public/Get-CIPPLicenseOverview.ps1',
		reads: 'query tenantFilter, query IncludeExcluded (-eq $true; absent = false).',
		clears: "none (the first call may initialise the ExcludedLicenses table from CIPP's config, Get-CIPPLicenseOverview.ps1:61-65).",
		failure:
			'Single tenant: not caught; a Graph failure is HTTP 500 with the bare exception text (New-CippCoreRequest.ps1:229-240). AllTenants with no cache younger than 1 h: HTTP 200 with ONE placeholder row {Tenant: "Loading data for all tenants. Please check back in 1 minute", License: same} (:22-26) and an orchestration started.',
		async: 'AllTenants: starts the ListLicensesOrchestrator and answers at once with the placeholder row.',
		refusals: [],
		output:
			'licenceRecords: bare array of licence rows, one item each. AllTenants with a cold cache: CIPP\'s single placeholder row {Tenant, License: "Loading data for all tenants. Please check back in 1 minute"} becomes one item {status: "queued", message, followUp} (a read, so handled in the reader rather than as a refusal). IncludeExcluded=true adds back only excluded SKUs whose ShowInLicenseDropdown is true (Get-CIPPLicenseOverview.ps1:125-126).',
		verdict: 'fixed',
		note: 'Was: the AllTenants placeholder row came out as a licence item. Now it is one queued item (test "Get Many for AllTenants with a cold cache..."). Include Excluded: its description now says that without the field added excluded SKUs are left out, and that true brings back only SKUs shown in dropdowns (sandbox models that).',
	},
	'license:getReport': {
		source: 'Tenant/Reports/Invoke-ListLicensesReport.ps1; CIPPCore/Public/Get-CIPPLicenseOverview.ps1',
		reads: 'query tenantFilter, query QueueId (AllTenants only: rows of cachelicenses with that QueueId).',
		clears: 'none',
		failure: 'Single tenant: unhandled Graph failure -> HTTP 500 plain text. Otherwise always HTTP 200.',
		async:
			'AllTenants with no fresh cache: starts ListLicensesOrchestrator (or finds a running one) and answers {Results: [], Metadata: {Queued: true, QueueMessage: "Loading data for all tenants. Please check back after the job completes" | "Data still processing, please wait", QueueId}}.',
		refusals: [],
		output:
			'{Results: [...], Metadata: {...}} (TermInfo without Term). reportOutput turns an empty, queued answer into one item {status: "queued", message, queueId, followUp}; otherwise `records` reads Results: fits. With a QueueId CIPP filters its cache by QueueId, which Push-ListLicensesQueue never writes, so it finds nothing and queues again.',
		verdict: 'fixed',
		note: "Push-ListLicensesQueue caches the rows without a QueueId, so CIPP's QueueId filter never finds any and starts another load; the node's follow-up and field now say to ask again without a Queue ID once the job has finished (found after the audit, by the sandbox work).",
	},
	'license:changeLicenses': {
		source: 'Identity/Administration/Users/Invoke-ExecBulkLicense.ps1; CIPPCore/Public/Set-CIPPUserLicense.ps1',
		reads:
			'Body is a LIST of rows (node: bodyAsList): each row tenantFilter, userIds (list of object IDs; only the first is used, :86), LicenseOperation (Add/Remove/Replace), Licenses[].value, LicensesToRemove[].value, LicensesToReplace[].value, [bool]RemoveAllLicenses, [bool]ReplaceAllLicenses. Users are looked up by id only (:50-57).',
		clears:
			'Replace with Replace All Licenses removes every licence the user has. When Graph refuses an assignment for a missing usage location, Set-CIPPUserLicense PATCHes the user\'s usageLocation to CIPP\'s default (UserSettings, else "US") and retries (Set-CIPPUserLicense.ps1:28-33,118-170): a side effect on the user the node does not mention.',
		failure:
			'HTTP 200 per-user texts: "User <id> not found in tenant <t>" (caught: "not found"), "Failed to remove licenses for user ...", "Failed to assign licenses for user ...", "Failed to process bulk license operation for tenant ..." (caught: "failed"). Lookup failure: HTTP 400 {Results: ["Failed to process bulk license operation: ..."]}. NOTHING DONE: "No license changes needed for user <upn>" (:138) and "No valid user ID found in request for tenant <t>", HTTP 200, no state, no error word.',
		async: 'none (Graph applies licences within minutes; the message says 2–5 minutes).',
		refusals: ['No license changes needed for user', 'No valid user ID found in request'],
		output: 'actionResult(): {Results: [...]} one message per row; the node sends one row per item.',
		verdict: 'fixed',
		note: 'Was: "No license changes needed" (nothing done) was a success, and Add could run with no Licenses. Now: Add/Replace without Licenses and Remove without Licenses To Remove or Remove All Licenses are refused before sending; "No license changes needed" and "No valid user ID found in request" are refusals that fail the item; the description names the usage-location side effect. Sandbox answers HTTP 200 for every row (no 207/400) with CIPP\'s en dash. Tests "Change User Licenses: removing a SKU the user does not hold..." and "...without the SKUs its operation needs...".',
	},
	'license:reprocessUserLicenses': {
		source: 'Identity/Administration/Users/Invoke-ExecReprocessUserLicenses.ps1',
		reads:
			'tenantFilter, ID, userPrincipalName from query, else body. ID is pasted into users/<ID>/reprocessLicenseAssignment (node encodes # as %23).',
		clears: 'none',
		failure: 'HTTP 500 {Results: "Failed to reprocess license assignments for <upn>. <error>"}.',
		async: 'Entra re-evaluates group-based licences afterwards ("License assignment states will be updated shortly").',
		refusals: [],
		output:
			'actionResult(): "Successfully reprocessed license assignments for user <upn>. ..." (the UPN is empty when the optional field is not given).',
		verdict: 'ok',
	},
	'license:getManyCspSkus': {
		source:
			'Tenant/Reports/Invoke-ListCSPsku.ps1; CippExtensions/Public/Sherweb/Get-SherwebCatalog.ps1, Get-SherwebCurrentSubscription.ps1',
		reads: 'query tenantFilter, query currentSkuOnly (any non-empty value = current subscriptions).',
		clears: 'none',
		failure:
			'Tenant not mapped: HTTP 200 [] (as the description says). Other errors: HTTP 500 [{name: [{value: "Error getting catalog"}], sku: <message>}] (the node\'s failure text is then the JSON of that object, since it has no resultText/Results/message).',
		async: 'none',
		refusals: [],
		output: 'Bare array of Sherweb catalogue items or subscriptions; `records` fits.',
		verdict: 'ok',
	},
	'license:changeCspLicense': {
		source:
			'Tenant/Reports/Invoke-ExecCSPLicense.ps1; CippExtensions/Public/Sherweb/Set-SherwebSubscription.ps1, Remove-SherwebSubscription.ps1',
		reads:
			'body tenantFilter, Action (Add/Remove/NewSub/Cancel/ScheduleRemoval), SKU.value ?? SKU, Add, Remove, Quantity ([int]), SubscriptionIds ([string[]]), DaysBeforeRenewal (default 3), Remove (ScheduleRemoval, default 1).',
		clears:
			'NewSub on a SKU the customer already has does NOT create a subscription: Set-SherwebSubscription amends the existing one to newQuantity = Quantity (Set-SherwebSubscription.ps1:78-105), i.e. it SETS the total (can lower it).',
		failure:
			'HTTP 500 with a bare string body "Failed to execute license change. Error: ..." (no Results envelope), e.g. "Unable to Add or Remove. No existing subscription with SKU ...", "A valid Quantity must be specified if Add/Remove are not used." (Add/Remove without their count), "This caller is not allowed to modify Sherweb subscriptions.". Success: bare string "License change executed successfully.".',
		async:
			'ScheduleRemoval adds a CIPP scheduled task (Invoke-SherwebScheduledLicenseRemoval) at renewal minus DaysBeforeRenewal; it only runs the decrease if enough licences are unassigned then.',
		refusals: [],
		output:
			'actionResult(): "License change executed successfully." (HTTP 200 text); Remove Licences Before Renewal: actionResult({queued}) with CIPP\'s "Scheduled a decrease of N license(s) ..." and a followUp.',
		verdict: 'settled',
		note: 'Was: New Subscription for a SKU the customer already has amends that subscription to Quantity (its total, possibly lower) and says success; Add/Remove without their count fail in CIPP; Remove Before Renewal said success for a scheduled task. Now (run hook): New Subscription first reads ListCSPsku (currentSkuOnly) and is refused when the SKU exists ("use Add/Remove Licences"); Add/Remove without their count are refused before sending; Remove Before Renewal has status queued. Sandbox amends an existing subscription like Set-SherwebSubscription and throws "A valid Quantity must be specified if Add/Remove are not used.". Tests "Change CSP License: New Subscription for a SKU the tenant has..." and "...Add without its count...".',
	},
	'license:getManyExcluded': {
		source: 'CIPP/Settings/Invoke-ListExcludedLicenses.ps1',
		reads: 'nothing.',
		clears: "An empty table is initialised from CIPP's config file (:21-25).",
		failure: 'HTTP 500 {Results: "Failed to list excluded licenses. ..."}.',
		async: 'none',
		refusals: [],
		output:
			'{Results: [rows]} with GUID, Product_Display_Name, ExcludedEverywhere (default true), ShowInLicenseDropdown (default false), ExclusionType, PartitionKey, RowKey. `records` reads Results: fits.',
		verdict: 'ok',
	},
	'license:manageExclusion': {
		source: 'CIPP/Settings/Invoke-ExecExcludeLicenses.ps1; CIPPCore/Public/Initialize-CIPPExcludedLicenses.ps1',
		reads: 'body Action, GUID, SKUName, ShowInDropdown (-eq $true), FullReset ([bool]).',
		clears:
			'AddExclusion/AlertOnly write a NEW row with Add-CIPPAzDataTableEntity -Force (upsert-replace, :22-30, :35-43): an existing exclusion loses its ShowInLicenseDropdown (back to hidden) and its Product_Display_Name when SKU Name is not given. SetShowInDropdown without ShowInDropdown hides the SKU (:49) although the editor default is true (sample #10).',
		failure:
			'HTTP 500 {Results: "Failed to process exclusion request. ..."} (e.g. "Excluded license not found: <guid>", a null RowKey when SKU ID is missing, removing a GUID that is not in the list); HTTP 400 "Invalid action specified: X".',
		async: 'none',
		refusals: [],
		output: 'actionResult(): "Success. ..." texts or Initialize-CIPPExcludedLicenses\' message.',
		verdict: 'settled',
		note: 'Sample #10 and more. Now (run hook): Set Dropdown Visibility without Show in Dropdown is refused before sending (CIPP reads a missing value as hide); Exclude Everywhere / From Alerts Only first read ListExcludedLicenses, send the stored SKU name when SKU Name is not given, and, when the SKU was shown in dropdowns, set that back with a second call (CIPP\'s -Force upsert drops it). Sandbox stores a missing SKU Name as null. Tests "Manage Exclusion: Set Dropdown Visibility without Show in Dropdown is refused..." and "...changing an exclusion\'s type keeps its name and its dropdown visibility".',
	},
};
