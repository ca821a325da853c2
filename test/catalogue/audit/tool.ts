import type { AuditRecord } from './types';

/**
 * Tool, audited against CIPP-API (/work/cipp-api). Paths are relative to
 * `Modules/CIPPHTTP/Public/Entrypoints/HTTP Functions/`; helpers to `Modules/CIPPCore/Public/`; the
 * HTTP router (`$batch`, `me`, unhandled exceptions) is `Modules/CippEntrypoints/CippEntrypoints.psm1`
 * and `Modules/CIPPCore/Public/Entrypoints/HTTP Functions/New-CippCoreRequest.ps1`.
 * An exception a function does not catch becomes HTTP 500 with the message as body (New-CippCoreRequest.ps1:232-240).
 */
export const audit: Record<string, AuditRecord> = {
	'tool:graphRequest': {
		source: 'CIPP/Core/Invoke-ListGraphRequest.ps1 + CIPPCore GraphRequests/Get-GraphRequestList.ps1',
		reads:
			'query TenantFilter, Endpoint, $filter, $select, $expand, $top, $count (ToBoolean, :50-52), $orderby, $search, Version, NoPagination, CountOnly, AsApp, SkipCache, ReverseTenantLookup (ToBoolean: "false" is false), QueueId (:21-141).',
		clears: 'none',
		failure: 'HTTP 400 string "Graph Error: <normalised> - Endpoint: <e>" (:211-215); the node fails on the status.',
		async:
			'AllTenants (and a single tenant with $count and more than 8000 rows, Get-GraphRequestList.ps1:87, :311-350) queues the gathering: {Results:[], Metadata:{Queued:true, QueueMessage, QueueId}} (:194-199). The node turns that into a queued item with queueId.',
		refusals: [],
		output:
			"{Results, Metadata} or, for AllTenants cache hits, the same as raw JSON text (:162-175); graphOutput handles queued, text errors and Results. First Page Only drops CIPP's Metadata.nextLink (no way to page on). CountOnly gives Results [<number>] → one item {value: n}.",
		verdict: 'ok',
		note: 'Count off still sends $count=false, which Get-GraphRequestList treats as set (non-empty string): a count request is made and a large single tenant may be queued (handled by the node).',
	},
	'tool:search': {
		source: 'CIPP/Core/Invoke-ExecUniversalSearchV2.ps1',
		reads: 'query searchTerms, limit ([int], default 10), type (Users default, Groups, Applications, Licenses) (:13-15).',
		clears: 'none',
		failure: 'No try/catch: unhandled, HTTP 500.',
		async: "none (reads CIPP's report database).",
		refusals: [],
		output:
			"Bare array of {Tenant, Type, RowKey, Data} (:97-100); `records` fits. Licenses always searches every tenant regardless of the API client's tenant access (:37-40) and aggregates per SKU with per-tenant counts (Tenant is '').",
		verdict: 'ok',
		note: 'Licenses ignores the API client\'s tenant scope (CIPP, :37-40); the node description says "every tenant the API client may see".',
	},
	'tool:lookupTenant': {
		source: 'Tenant/Administration/Tenant/Invoke-ListExternalTenantInfo.ps1',
		reads: 'query tenant (domain or tenant ID) (:18-19).',
		clears: 'none',
		failure:
			'HTTP 400 "Tenant <t> not found" / "Tenant parameter is required"; HTTP 500 "Something went wrong while trying to get tenant info for tenant <t>: ..." (:46-57).',
		async: 'none',
		refusals: [],
		output: 'One object {GraphRequest, OpenIdConfig, UserTenantBranding} (:41-45); `records` wraps it.',
		verdict: 'ok',
	},
	'tool:checkDomain': {
		source: 'Tenant/Standards/Invoke-ListDomainHealth.ps1 (+ DNSHealth module)',
		reads:
			'query Action (required, :18-23), Domain (required, validated by a regex, :26-31, :64), ExpectedInclude, Record (SPF), Selector (DKIM, split on commas), Subdomains (HTTPS, default www), ExpectedTarget (autodiscover).',
		clears:
			"DKIM with Selectors: for an admin/editor caller CIPP saves the selectors as the domain's DkimSelectors in its Domains table, creating a ManualEntry row for an unknown domain (:98-118). A read operation changes what later DKIM checks and the domain analyser use.",
		failure:
			'HTTP 400 {Results:"The \'Action\' parameter is required..." / "Domain: <d> is invalid" / "Unknown Action ..."}; HTTP 500 {Results:"Failed. <text>"} (:164-178).',
		async: 'none',
		refusals: [],
		output:
			'One check object (ValidationPasses/Warns/Fails etc.), `records` wraps it. ListDomainInfo for a domain CIPP does not track: empty body, zero items (:69-71). GetDkimSelectors: a comma-joined string, one item {value} (:72-74).',
		verdict: 'settled',
		note: "The DKIM Selectors description says CIPP also saves the selectors as the domain's DKIM selectors (a read that writes); the node cannot avoid it and still pass the selectors. Not done: the sandbox still does not persist selectors, and ListDomainInfo still answers for an unknown domain.",
	},
	'tool:lookupIp': {
		source: 'CIPP/Core/Invoke-ExecGeoIPLookup.ps1 + CIPPCore Get-CIPPGeoIPLocation.ps1',
		reads: 'query IP ?? body IP (:12).',
		clears: 'none (caches the answer for a day in cachegeoip)',
		failure:
			'No IP: HTTP 200 with the text "IP address is required" (:14-16; the node requires the field). Lookup status FAIL: throw "Could not get location for <ip>" (Get-CIPPGeoIPLocation.ps1:15-18), HTTP 500 via the router.',
		async: 'none',
		refusals: [],
		output: 'One object (the GeoIP record); `records` wraps it.',
		verdict: 'ok',
	},
	'tool:messageTrace': {
		source: 'Email-Exchange/Tools/Invoke-ListMessageTrace.ps1',
		reads:
			'body tenantFilter, MessageId (then the time, status and IP filters are skipped, :19-20), days (wins over the dates, :23-26), startDate/endDate (Unix seconds or yyyy-MM-ddTHH:mm:ssZ, :28-41), status.value, fromIP, toIP, recipient.value ?? recipient, sender.value ?? sender (:44-60).',
		clears: 'none',
		failure: 'HTTP 500 body [{Status:"Failed to retrieve message trace <text>"}] (:75-83).',
		async: 'none',
		refusals: [],
		output:
			'Bare array of {MessageTraceId, Status, Subject, RecipientAddress, SenderAddress, Received, FromIP, ToIP} (:71); `records` fits.',
		verdict: 'settled',
		note: 'Days is checked at run time to be 1-10 (editor maximum 10), a Start Date to End Date range over 10 days is refused, and Days together with dates (CIPP would silently use Days) is refused, all before sending, with a hint to trace longer periods in 10-day slices. The sandbox refuses spans over 10 days with HTTP 500 as Exchange would.',
	},
	'tool:getManyMailboxRestores': {
		source: 'Email-Exchange/Tools/Invoke-ListMailboxRestores.ps1',
		reads:
			'query TenantFilter, Statistics and IncludeReport as `[bool]` (any non-empty text, even "false", is true, :14, :21), Identity (:14-18).',
		clears: 'none',
		failure: 'HTTP 403 [<normalised error>] (:37-41).',
		async: 'none',
		refusals: [],
		output:
			'Bare array (restore requests or one statistics object); `records` fits. Identity without Statistics is ignored (all requests listed).',
		verdict: 'ok',
		note: "The node sends the two switches only as true (presenceFlag), matching CIPP's `[bool]` reading.",
	},
	'tool:lookupBreaches': {
		source: 'Tools/Breach-Lookup/Invoke-ListBreachesAccount.ps1 + CippExtensions HIBP/Get-HIBPRequest.ps1, Get-BreachInfo.ps1',
		reads:
			'query account: with "@" HIBP breachedaccount (:15-16); otherwise a domain, looked up on CIPP\'s geoipdb breach service (Get-BreachInfo.ps1:15), not HIBP.',
		clears: 'none',
		failure:
			'HIBP errors: throw "Failed to connect to HIBP: ..." (Get-HIBPRequest.ps1:19-21), HTTP 500. HIBP 404: [] (no breaches). HIBP 429: returns {Wait:<seconds>, "rate-limit":true} (Get-HIBPRequest.ps1:13-18) with HTTP 200.',
		async: 'none',
		refusals: [],
		output:
			'Bare array of breaches; `records` fits. A rate-limited lookup comes out as one item {Wait, rate-limit: true} that looks like a breach record.',
		verdict: 'settled',
		note: "A Have I Been Pwned rate limit (CIPP: HTTP 200 [{Wait, rate-limit: true}]) fails the item, naming the seconds to wait, instead of being a breach item. The Account description says a domain is looked up in CIPP's own breach service, not HIBP.",
	},
	'tool:getManyTenantBreaches': {
		source: 'Tools/Breach-Lookup/Invoke-ListBreachesTenant.ps1',
		reads: "query tenantFilter: `PartitionKey eq '<tenantFilter>'` (:15-16), then only rows whose PartitionKey is a default domain (:22).",
		clears: 'none',
		failure: 'Errors are swallowed (:24-29): HTTP 200 [].',
		async: 'none',
		refusals: [],
		output:
			"Bare array of breach records parsed from each row's JSON (:23); `records` fits. A tenant ID matches no row (and rows stored under a tenant ID are dropped by :22): an empty list, no error.",
		verdict: 'fixed',
		note: 'Was: a tenant ID returned nothing (HTTP 200). Now the Tenant Filter refuses a tenant ID before sending, saying to use the default domain. Sandbox: compares the partition literally and keeps only default-domain partitions, as CIPP does.',
	},
	'tool:startBreachSearch': {
		source: 'Tools/Breach-Lookup/Invoke-ExecBreachSearch.ps1 + CippExtensions HIBP/New-BreachTenantSearch.ps1',
		reads: 'body tenantFilter (:13).',
		clears: "Overwrites the tenant's UserBreaches rows per domain when the count changed (New-BreachTenantSearch.ps1:13-41).",
		failure:
			'No try/catch: a Graph or breach-service failure is unhandled, HTTP 500. A table write failure is only Write-Error (New-BreachTenantSearch.ps1:42-44) and still answers the "Executing Search" text.',
		async:
			'Despite "#Move to background job" and the text "This may take up to 24 hours", New-BreachTenantSearch runs synchronously before the answer (:15-20). Rows are stored with PartitionKey = tenantFilter as sent (New-BreachTenantSearch.ps1:31): a tenant ID makes rows that List Breaches Tenant never shows (it keeps default-domain partitions only).',
		refusals: [],
		verdict: 'fixed',
		note: 'Was: a search started with a tenant ID stored its results under the ID, which Get Many Tenant Breaches never shows. Now a tenant ID is refused before sending. Sandbox: results are stored under tenantFilter as given. Left as is: CIPP runs the search before answering (the node still says "queued"), and a failed table write still answers the success text.',
	},
	'tool:getVersion': {
		source: 'CIPP/Core/Invoke-GetVersion.ps1 + CIPPCore Assert-CippVersion.ps1',
		reads: 'query LocalVersion (:12).',
		clears: 'none',
		failure: 'No try/catch: a GitHub fetch or [semver] cast failure is unhandled, HTTP 500.',
		async: 'none',
		refusals: [],
		output:
			'One object {LocalCIPPVersion, RemoteCIPPVersion, LocalCIPPAPIVersion, RemoteCIPPAPIVersion, OutOfDateCIPP, OutOfDateCIPPAPI} (Assert-CippVersion.ps1:27-34); `records` wraps it.',
		verdict: 'ok',
	},
	'tool:whoAmI': {
		source: 'CIPPCore Entrypoints/HTTP Functions/New-CippCoreRequest.ps1 (Invoke-Me) + CIPPCore Authentication/Test-CIPPAccess.ps1',
		reads: "nothing; the caller's token (x-ms-client-principal-name) and its API-client role.",
		clears: 'none',
		failure: 'Access failure: HTTP 403 with the exception text (New-CippCoreRequest.ps1:124-135).',
		async: 'none',
		refusals: [],
		output:
			'JSON text {clientPrincipal:{appId, appRole}, permissions} (Test-CIPPAccess.ps1:117-129); parsedRecords parses it into one item.',
		verdict: 'ok',
	},
	'tool:batch': {
		source:
			'CippEntrypoints/CippEntrypoints.psm1 (Receive-CippHttpTrigger, `$batch`, :43-138), each sub-request through CIPPCore/Public/Entrypoints/HTTP Functions/New-CippCoreRequest.ps1 (:89)',
		reads:
			'body requests[] of {id, method, url (endpoint name), query, body}; 1-20 (:45-62); each run through New-CippCoreRequest with its own access check (:64-110).',
		clears: 'whatever each sub-request does',
		failure:
			'Empty or >20: HTTP 400 {error:{message}} (:47-61); batch failure HTTP 500 (:127-137); a sub-request exception becomes {id, status:500, body:{error}} (:96-107).',
		async: 'Sub-requests run in parallel (ThrottleLimit 10), order not guaranteed.',
		refusals: [],
		output:
			'JSON text {responses:[{id, status, body}]} (:112-126); batchOutput parses it and returns one item per sub-response. Sub-request failures (status >= 400, or HTTP-200 refusals) are not judged: each item carries its status and body as documented.',
		verdict: 'ok',
	},
	'tool:apiRequest': {
		source:
			"CIPPCore/Public/Entrypoints/HTTP Functions/New-CippCoreRequest.ps1 (CIPP's one entry point: it runs Invoke-<Endpoint> after Test-CIPPAccess checks the endpoint's role and tenant)",
		reads:
			"Whatever the named endpoint reads: the node sends the query and body as given, the endpoint name in the spelling of CIPP's OpenAPI (a name it does not have is refused before sending, with the nearest names).",
		clears: "Whatever the named endpoint clears (see that endpoint's record when an operation offers it).",
		failure:
			'An endpoint CIPP does not have: HTTP 404 "Endpoint not found" (New-CippCoreRequest); a disabled one: HTTP 403; missing role or tenant: HTTP 403 from Test-CIPPAccess; failures of the endpoint itself as its own record says (HTTP 500/403 with a Results text, or HTTP 200 messages, read by actionResult\'s generic failure pattern).',
		async: 'Whatever the named endpoint queues; a queued answer is returned as CIPP sent it.',
		refusals: [],
		output:
			'A Results text, a result object or a list of them: one item with status and message (actionResult); a list, or {Results: [records]}: one item per record; any other object: one item.',
		verdict: 'ok',
		note: 'A POST whose tenantFilter (query or body, any case) is AllTenants is refused before sending, as every write operation refuses it.',
	},
	'tool:getManyGraphPresets': {
		source: 'Tenant/Tools/Invoke-ListGraphExplorerPresets.ps1',
		reads:
			'Query Endpoint (:27-30, a leading / ignored); the caller from x-ms-client-principal userDetails (:13), which an API client does not carry, so only shared presets match (:16).',
		clears: 'none',
		failure: 'A table failure answers an empty list with HTTP 200 (:31-35).',
		async: 'none',
		refusals: [],
		output: '{Results: [{id, name, IsShared, IsMyPreset, Owner, params}], Metadata: {Count}} (:36-44). resultRecords.',
		verdict: 'ok',
		note: 'Private presets of technicians are never listed to an API client; the description says only shared ones are.',
	},
	'tool:graphBulkRequest': {
		source: 'CIPP/Core/Invoke-ListGraphBulkRequest.ps1 + CIPPCore/Public/GraphHelper/New-GraphBulkRequest.ps1',
		reads:
			'Body tenantFilter, asApp (truthy, :13, :23), requests [{id, url, method}] (:14), noPaginateIds (a list CIPP tests with -contains, New-GraphBulkRequest :59, :97; the OpenAPI types it a string, corrected in beyondSpec/cipp-alr.ts).',
		clears: 'none',
		failure:
			'No GET request: HTTP 400 text "No requests found in the body" (:51-55). A $batch failure (tenant not authorised, token error): HTTP 400 with the exception text (:45-49). A failed sub-request is no failure: its {id, status, body.error} comes back with the others.',
		async:
			'Only GET sub-requests are sent; any other method is dropped without a word (:27-35): the node refuses them before sending. Batches of 20; every @odata.nextLink is followed and joined into body.value unless the ID is in noPaginateIds (New-GraphBulkRequest :58-106). Always Graph beta.',
		refusals: [],
		output:
			"Bare array of Graph's responses {id, status, headers, body} (New-GraphBulkRequest :138), in Graph's order: one item per request {id, status, body}.",
		verdict: 'settled',
		note: 'CIPP drops non-GET sub-requests silently: the node refuses them naming the request, and defaults a missing method to GET.',
	},
};
