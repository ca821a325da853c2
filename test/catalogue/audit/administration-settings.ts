import type { AuditRecord } from './types';

/**
 * Administration operations on CIPP's own settings (portal users, roles, JIT admin, template packages,
 * custom variables, cache, community repositories, HaloPSA), read against CIPP-API (/work/cipp-api,
 * paths relative to `Modules/CIPPHTTP/Public/Entrypoints/HTTP Functions/`).
 */
export const audit: Record<string, AuditRecord> = {
	'administration:getManyCippUsers': {
		source: 'CIPP/Settings/Invoke-ListCIPPUsers.ps1',
		reads:
			'Nothing. Role CIPP.SuperAdmin.Read (.ROLE): only an API client with the superadmin role gets past Test-CIPPAccess (HTTP 403 otherwise).',
		clears: 'none',
		failure: 'An exception: HTTP 500 {Results: "Failed: ..."} (:91-97).',
		async: 'none',
		refusals: [],
		output:
			'{Users: [{UPN, Roles, ManualRoles, AutoRoles, Source, LastSync}], AvailableRoles: [{RoleName, Type}]} (:87-90), the rows starting with _ left out (:18). The node gives one item per entry of Users.',
		verdict: 'ok',
	},
	'administration:saveCippUser': {
		source: 'CIPP/Settings/Invoke-ExecCIPPUsers.ps1',
		reads:
			'Action from the query or body (:13; sent in the body as AddUpdate), body UPN (trimmed and lower-cased, :31-36), body Roles as a list of role names (@($Request.Body.Roles), :38), each checked against the built-in and custom roles (:43-59).',
		clears:
			"The user's ManualRoles become exactly the Roles given (:102); AutoRoles from Entra group sync are kept and merged into Roles (:79-96). The description says so.",
		failure:
			'HTTP 400 {Results: "Failed: UPN (email) is required" / "Failed: At least one role must be assigned" / "Failed: Invalid role: X. Valid roles: ..." / "Failed: Cannot remove the superadmin role from the last user that has it manually assigned. ..."} (:123-129).',
		async: 'Starts a user sync (Start-UserSyncTimer, :116) and clears the in-memory user cache; the roles apply at once.',
		refusals: [],
		verdict: 'ok',
	},
	'administration:deleteCippUser': {
		source: 'CIPP/Settings/Invoke-ExecCIPPUsers.ps1',
		reads:
			'Action Delete (body), body UPN (trimmed, lower-cased, :134-138); the x-ms-client-principal-name header for the self-lockout check (:141).',
		clears: 'Removes every row of the user, in any case (:165-167).',
		failure:
			'HTTP 400 {Results: "Failed: User X not found in the allowed users table" / "Failed: Cannot remove your own user account. ..." / "Failed: Cannot remove the last user with a manually assigned superadmin role. ..."} (:150-178).',
		async: 'none',
		refusals: [],
		verdict: 'ok',
	},
	'administration:getJitAdminSettings': {
		source: 'CIPP/Settings/Invoke-ExecJITAdminSettings.ps1',
		reads:
			'Body Action Get (:28, the body wins over the query). A POST that only reads: the operation spells out its method and access. Role CIPP.AppSettings.ReadWrite even to read.',
		clears: 'none',
		failure: 'An exception: HTTP 500 {Results: "Error: ..."} (:81-88).',
		async: 'none',
		refusals: [],
		output: 'A bare {MaxDuration} (:31-35), not the Results envelope; null when no limit is set. The node gives it as one item.',
		verdict: 'ok',
	},
	'administration:setJitAdminMaxDuration': {
		source: 'CIPP/Settings/Invoke-ExecJITAdminSettings.ps1',
		reads: 'Body Action Set, body MaxDuration.value (:37), checked with [System.Xml.XmlConvert]::ToTimeSpan (:43).',
		clears:
			'An empty or missing MaxDuration removes the limit (:52-55): this operation requires a value; Remove JIT Admin Max Duration sends none on purpose.',
		failure:
			'HTTP 400 {Results: "Error: Invalid ISO 8601 duration format. Expected format like PT4H, P1D, P4W, etc."} (:45-50). XmlConvert takes xs:duration, which has no weeks: the P4W of its own example is refused.',
		async: 'none',
		refusals: [],
		verdict: 'settled',
		note: "CIPP's error names P4W as an example, but XmlConvert.ToTimeSpan refuses weeks: the node checks the duration before sending (days, hours, minutes, seconds) and its field says to write P28D.",
	},
	'administration:removeJitAdminMaxDuration': {
		source: 'CIPP/Settings/Invoke-ExecJITAdminSettings.ps1',
		reads: 'Body Action Set without MaxDuration: $Request.Body.MaxDuration.value is empty, so the limit is removed (:52-55).',
		clears: 'The stored MaxDuration (set to null), which is the point of the operation.',
		failure: 'An exception: HTTP 500 {Results: "Error: ..."}.',
		async: 'none',
		refusals: [],
		verdict: 'ok',
	},
	'administration:testHaloPsaTicket': {
		source: 'CIPP/Extensions/Invoke-ExecHaloPSATestTicket.ps1 + CippExtensions/Public/Halo/New-HaloPSATicket.ps1',
		reads:
			'Nothing from the request: the HaloPSA configuration and the first HaloMapping row with a numeric IntegrationId (client 1 without one, :196-200).',
		clears: 'none',
		failure:
			'HTTP 200 {Results: "HaloPSA integration is not enabled. Save the integration with Enable Integration ticked, then try again."} without a state (:188-189); HTTP 200 "Failed to create HaloPSA test ticket: ..." (:215-216) or "Failed to send ticket to HaloPSA: ... against client ..." from New-HaloPSATicket (:185), both caught as failures.',
		async: 'none',
		refusals: ['HaloPSA integration is not enabled'],
		verdict: 'settled',
		note: 'New-HaloPSATicket deduplicates by client and title: a second test while the first ticket is open adds a note to it ("Note added to ticket in HaloPSA: N"). The description says so.',
	},
	'administration:setTemplatePackage': {
		source: 'CIPP/Core/Invoke-ExecSetPackageTag.ps1',
		reads:
			'Body GUID (a list, each one a template RowKey, :17, :32-35), body Package (the first value, :27), body Remove (-eq $true, :20).',
		clears:
			'Each template row is rewritten with JSON, PartitionKey, GUID, Package, SHA and Source (:36-46): other columns of the row are dropped.',
		failure:
			'HTTP 200 {Results: "Failed to set package tag: ..."} (:57-71), caught as a failure; a GUID that is no template is written with a null PartitionKey, which Table storage refuses, after the GUIDs before it were tagged.',
		async: 'none',
		refusals: [],
		verdict: 'ok',
	},
	'administration:removeTemplatePackage': {
		source: 'CIPP/Core/Invoke-ExecSetPackageTag.ps1',
		reads: 'Body GUID (a list), body Remove true (:20).',
		clears: 'The Package of each template (set to null, :22).',
		failure: 'HTTP 200 {Results: "Failed to remove package tag: ..."} (:61, :68-71), caught as a failure.',
		async: 'none',
		refusals: [],
		verdict: 'ok',
	},
	'administration:saveCustomVariable': {
		source: 'CIPP/Settings/Invoke-ExecCippReplacemap.ps1',
		reads:
			'Action (query ?? body, :12; sent in the body), tenantId (query ?? body, :13: AllTenants for a global variable, else resolved with Get-Tenants to its customerId, :89-95), body RowKey (the name), Value, Description, VariableType (.value ?? the bare text, :152; empty: string).',
		clears:
			'The row is written whole (:195-203): a Description left out is cleared, a VariableType left out becomes string. The node always sends the type and its Description field says empty clears it.',
		failure:
			'HTTP 400 plain text "customerId is required" for an unknown tenant (:97-103); HTTP 400 {Results: "\'X\' is not a valid variable type..." / "Variable \'N\' is typed as integer, but \'V\' is not a whole number." / "... is not true or false." / "... is not valid JSON: ..."} (:155-192).',
		async: 'none',
		refusals: [],
		verdict: 'ok',
	},
	'administration:deleteCustomVariable': {
		source: 'CIPP/Settings/Invoke-ExecCippReplacemap.ps1',
		reads: 'Action Delete, tenantId (AllTenants or a tenant, as for AddEdit), body RowKey (:207).',
		clears: 'Only that row; a tenant value that shadowed a global one lets the global one apply again.',
		failure:
			'HTTP 200 {Results: "Variable \'N\' not found"} without a state when the tenant has no such variable (:213-215); HTTP 400 "customerId is required".',
		async: 'none',
		refusals: ["^Variable '.*' not found$"],
		verdict: 'ok',
	},
	'administration:getCustomVariableUsage': {
		source: 'CIPP/Settings/Invoke-ExecCippReplacemap.ps1',
		reads: 'Action Usage only (:18); handled before the tenant is resolved, so it needs no tenantId. A POST that only reads.',
		clears: 'none',
		failure: 'No refusals.',
		async: 'none',
		refusals: [],
		output:
			'{Results: [{Name, Variable, SuggestedType, HasGlobal, TenantCount, TypesConsistent, Types, Definitions: [{Scope, TenantId, TenantName, Value, VariableType, Description}]}]} (:57-86). `resultRecords` fits.',
		verdict: 'ok',
	},
	'administration:refreshCachedData': {
		source: 'CIPP/Core/Invoke-ExecCIPPDBCache.ps1',
		reads:
			'Query TenantFilter (:12, any case; AllTenants queues every tenant, which a write does not offer), Name (:13, the Set-CIPPDBCache<Name> function, :34), Types (:14, comma-separated, None dropped, :16-19).',
		clears: 'none',
		failure:
			'HTTP 400 {Results: "Failed to start cache operation: Name parameter is required" / "TenantFilter parameter is required" / "Cache function \'Set-CIPPDBCacheX\' not found"} (:24-45, :129-136).',
		async:
			'Queues an orchestrator (:111) and answers at once with {Results, Metadata: {Name, Tenant, InstanceId, QueueId}}; the node gives a queued item with queueId.',
		refusals: [],
		verdict: 'ok',
	},
	'administration:getManyCustomDataMappings': {
		source: 'CIPP/Core/Invoke-ListCustomDataMappings.ps1',
		reads:
			'Query tenantFilter (:14), sourceType (:15, compared with the mapping source label), directoryObject (:16, compared with the object type label).',
		clears: 'none',
		failure:
			'An exception: HTTP 200 {Results: [{state: "error", resultText: "Failed to retrieve mappings: ..."}]} (:58-67), which the node fails.',
		async: 'none',
		refusals: [],
		output:
			'{Results: [{id, tenant, dataset, sourceType, directoryObject, syncProperty, customDataAttribute, manualEntryFieldLabel}]} (:30-39). `resultRecords` fits, after a row with state error fails the item.',
		verdict: 'settled',
		note: "CIPP's tenantFilter is upside down and mostly inert (:25-28): Expand-CIPPTenantGroups hands back the stored {label, value} objects, which neither -contains a tenant name nor -eq 'AllTenants', so the mappings CIPP's UI saves are never left out; only a mapping stored with the tenant as bare text equal to the filter, or 'AllTenants', is dropped, the opposite of a filter. The node sends the tenant (Test-CIPPAccess checks the caller's access against it, the partner tenant otherwise) and its description says CIPP lists the mappings of every tenant; the sandbox models the filter as CIPP runs it.",
	},
	'administration:getManyCommunityTemplates': {
		source: 'Tools/GitHub/Invoke-ListCommunityRepoTemplates.ps1',
		reads:
			'Query FullName (:55, one repository; none: all of them), Path and Branch (:18-21, a single-file preview the node does not use).',
		clears: 'none',
		failure: 'No refusals: a repository GitHub cannot list is skipped and named in Metadata.Warnings (:178-180).',
		async: 'none',
		refusals: [],
		output:
			'{Results: [{Repository, RepositoryName, Path, DisplayName, Category, Type, PossibleTypes, SHA, Size, Branch, HtmlUrl, Imported, UpdateAvailable}], Metadata: {Warnings, Repositories}} (:183-190). `cachedRecords` fits (one item per template).',
		verdict: 'ok',
	},
	'administration:addCommunityRepo': {
		source: 'Tools/GitHub/Invoke-ExecCommunityRepo.ps1',
		reads: 'Body Action Add, Id or FullName (:16-37; the node sends FullName), TemplateTypes (a list, stored only when given, :63-65).',
		clears:
			'The row is rewritten from GitHub (:50-62): adding a repository again drops an UploadBranch set before, and its TemplateTypes unless given.',
		failure:
			'HTTP 200 {Results: [{resultText: "Id or FullName required" / "Unable to add repository: ...", state: "error"}]} (:22-36, :73-78), which the node fails.',
		async: 'none',
		refusals: [],
		verdict: 'ok',
	},
	'administration:deleteCommunityRepo': {
		source: 'Tools/GitHub/Invoke-ExecCommunityRepo.ps1 + Tools/GitHub/Invoke-ListCommunityRepos.ps1',
		reads: 'Body Action Delete, FullName (:20).',
		clears:
			'The repository row; a built-in one (Config/CommunityRepos.json) is seeded back by the next ListCommunityRepos without WriteAccess.',
		failure:
			'HTTP 200 {Results: [{resultText: "Repository <Name> deleted", state: "success"}]} even when there is no such repository, with an empty name: "Repository  deleted" (:128-137).',
		async: 'none',
		refusals: ['^Repository {2}deleted$'],
		verdict: 'settled',
		note: 'CIPP answers success for a repository it does not have, with an empty name: the node fails that answer. The description says a built-in repository comes back.',
	},
	'administration:importCommunityTemplate': {
		source: 'Tools/GitHub/Invoke-ExecCommunityRepo.ps1 + CIPPCore/Public/Tools/Import-CommunityTemplate.ps1',
		reads:
			'Body Action ImportTemplate, FullName (also the repository lookup, :20), Path, Branch (mandatory for Get-GitHubFileContents), Force ([bool], :194).',
		clears:
			'An imported template is overwritten when its SHA changed or with Force; it keeps its package tag (Import-CommunityTemplate :36-47).',
		failure: 'HTTP 200 {Results: [{resultText: "Error importing template: ...", state: "error"}]} (:219-224), which the node fails.',
		async: 'none',
		refusals: [],
		verdict: 'settled',
		note: 'A template already imported at the same SHA is skipped with state success ("... is already up to date. Skipping import."): the description says so and Force overwrites it.',
	},
	'administration:saveCustomRole': {
		source: 'CIPP/Settings/Invoke-ExecCustomRole.ps1',
		reads:
			'Action (query ?? body, :14; sent in the body) AddUpdate, body RoleName (stored lower-cased, :51), Permissions (an object {area: permission}, read by Get-CIPPRolePermissions as its values), AllowedTenants, BlockedTenants (customerIds or AllTenants, compared by Test-CIPPAccess :460-496), BlockedEndpoints (:52-55, each written as JSON), IpRange (a list, each checked against an IP/CIDR pattern, :36-46), EntraGroup.value/.label (:82-90).',
		clears:
			"The role row is written whole (:49-57): tenants and endpoints left out are cleared; an IpRange left out removes the role's IP ranges (:72-80), an EntraGroup left out removes its group (:92-98). The description says so. For a built-in role name only IP range and Entra group are written (:48).",
		failure:
			'An exception: HTTP 200 {Results: "Failed to save custom role X"} (:101-105), caught as a failure; the names anonymous and authenticated throw before the switch (HTTP 500, :25-27), which the node refuses first.',
		async: 'Clears the access-scope cache (:274-276): the change applies within seconds.',
		refusals: [],
		verdict: 'settled',
		note: 'CIPP replaces everything about the role: the description says what is removed when left out. The role name is sent in lower case, as CIPP stores it (Delete and the Entra group removal look it up as given).',
	},
	'administration:cloneCustomRole': {
		source: 'CIPP/Settings/Invoke-ExecCustomRole.ps1',
		reads: 'Action Clone, body RoleName, NewRoleName (:108-146).',
		clears: 'none: copies Permissions, AllowedTenants, BlockedTenants, BlockedEndpoints and the IP range; not the Entra group.',
		failure:
			'HTTP 200 {Results: "Failed to clone custom role X"} for a missing role, a taken or built-in new name (:147-151), caught as a failure.',
		async: 'none',
		refusals: [],
		verdict: 'ok',
	},
	'administration:deleteCustomRole': {
		source: 'CIPP/Settings/Invoke-ExecCustomRole.ps1',
		reads: 'Action Delete, body RoleName, looked up as given (:155), while AddUpdate stores it lower-cased (:51).',
		clears: 'The role, its Entra group and its IP range rows (:153-166).',
		failure: 'A role that is not found: Remove-CIPPAzDataTableEntity gets no entity and throws, HTTP 500 (no try around Delete).',
		async: 'none',
		refusals: [],
		verdict: 'settled',
		note: 'A role name typed with capitals would never be found by Delete: the node sends it in lower case.',
	},
};
