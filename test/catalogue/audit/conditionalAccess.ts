import type { AuditRecord } from './types';

/**
 * Conditional Access, read against CIPP-API (/work/cipp-api, paths relative to
 * `Modules/CIPPHTTP/Public/Entrypoints/HTTP Functions/`). Node files: nodes/Cipp/actions/conditionalAccess/.
 */
export const audit: Record<string, AuditRecord> = {
	'conditionalAccess:getManyTemplates': {
		source: 'Tenant/Conditional/Invoke-ListCAtemplates.ps1',
		reads: 'Query id/ID/guid/GUID (:12) and mode (Tag groups templates by package, :35); neither sent.',
		clears: 'none (the first list after an update imports the built-in Config/*.CATemplate.json rows once, :14-31).',
		failure: 'A template whose JSON does not parse is skipped with a warning (:79-81); no failure answer.',
		async: 'none',
		refusals: [],
		output:
			'ConvertTo-Json text of an array (:85-88): each stored policy JSON plus GUID, source, isSynced, package, sorted by displayName. parsedRecords reads text or JSON.',
		verdict: 'ok',
	},
	'conditionalAccess:deployTemplate': {
		source: 'Tenant/Conditional/Invoke-AddCAPolicy.ps1 (New-CIPPCAPolicy in CIPPCore/Public/New-CIPPCAPolicy.ps1)',
		reads:
			'Body tenantFilter.value (:14, a single {value,label} gives one tenant; AllTenants expands, never sent), replacename (none/AllUsers/displayName), overwrite, NewState, DisableSD, CreateGroups, RawJSON (the policy JSON text) (:19-27). The node reads the template with ListCAtemplates?id= first and sends it as RawJSON without the listing fields GUID, source, isSynced, package, nor the tenantFilter and name AddCATemplate stores with a template (not policy properties; New-CIPPCAPolicy strips neither).',
		clears:
			'With overwrite and a policy of the same displayName, the whole policy is PATCHed with the template (New-CIPPCAPolicy :612-655): users, groups and exclusions become the template\'s; only a "Vacation Exclusion" group is kept. NewState donotchange keeps the existing state. replacename AllUsers clears all exclusions (:482-488); displayName drops users it cannot match (:95). DisableSD turns the tenant\'s Security Defaults off (:564-590).',
		failure:
			'Always HTTP 200 with Results one line per tenant (:17-45). Errors inside New-CIPPCAPolicy\'s try: "Failed to create or update conditional access rule <name>: ..." (:678-691), e.g. "Conditional Access Policy with Display Name X Already exists" without overwrite. Throws before that try give their own words: "Failed to fetch ...", "Failed to replace displayNames ...", "None of the applications included by ..." (:267), "No available authentication context IDs ..." (:309).',
		async:
			'A Graph 429 on the create or PATCH may be scheduled for retry (-ScheduleRetry): "Scheduled job with id ..." is then the answer.',
		refusals: ['^None of the applications included by', '^No available authentication context IDs'],
		verdict: 'settled',
		note: 'The template is looked up first (an unknown GUID fails the item) and sent as RawJSON without listing fields; Overwrite and Users and Groups say in the editor what they replace, and Disable Security Defaults says it changes the tenant.',
	},
	'conditionalAccess:deleteTemplate': {
		source: 'Tenant/Conditional/Invoke-RemoveCATemplate.ps1',
		reads: 'Query or body ID (:15), matched to RowKey (:19-21).',
		clears: 'none',
		failure: 'Table error: HTTP 500 "Failed to remove Conditional Access template <id>: ..." (:26-31).',
		async: 'none',
		refusals: [],
		verdict: 'settled',
		note: 'An ID with no row gives Remove-CIPPAzDataTableEntity a $null entity and still answers "Removed Conditional Access Template with ID ..." (:21-23); the node reads the template first (ListCAtemplates?id=) and fails the item when CIPP has no such template.',
	},
	'conditionalAccess:update': {
		source: 'Tenant/Conditional/Invoke-EditCAPolicy.ps1',
		reads: 'Query or body tenantFilter, GUID, State, newDisplayName (:16-19); only the ones given go into the PATCH (:22-31).',
		clears: 'none',
		failure: 'Graph failure: HTTP 500 "Failed to update CA policy <id>: ..." (:41-46).',
		async: 'none',
		refusals: [],
		verdict: 'settled',
		note: 'Without State and New Display Name CIPP PATCHes {} and answers "Successfully updated CA policy <id>"; the node refuses that before sending.',
	},
	'conditionalAccess:updateFromJson': {
		source: 'Tenant/Conditional/Invoke-ExecEditCAPolicyFull.ps1',
		reads:
			'Query or body tenantFilter (:13), PolicyId (:22), body PolicyBody (an object, :31); id, createdDateTime, modifiedDateTime and templateId are dropped (:40).',
		clears:
			"Graph PATCH: each top-level property given replaces the policy's (a partial conditions object replaces all conditions); the description says so.",
		failure:
			'Missing tenantFilter, PolicyId or PolicyBody: HTTP 400 "Error: ... is required" (:15-37). Graph failure: HTTP 500 "Failed to update CA policy <id> for <tenant>: ..." (:53-58).',
		async: 'none',
		refusals: [],
		verdict: 'ok',
	},
	'conditionalAccess:delete': {
		source: 'Tenant/Conditional/Invoke-RemoveCAPolicy.ps1',
		reads: 'Query or body tenantFilter, GUID (:16-17); no GUID ends the function with no answer (:18; the node requires the policy).',
		clears: 'Deletes the policy (Graph DELETE, :20).',
		failure: 'Graph failure: HTTP 403 "Could not delete CA policy with ID <id> : ..." (:24-29).',
		async: 'none',
		refusals: [],
		verdict: 'ok',
	},
	'conditionalAccess:addServiceProviderExclusion': {
		source: 'Tenant/Conditional/Invoke-ExecCAServiceExclusion.ps1 (CIPPCore/Public/Set-CIPPCAPolicyServiceException.ps1)',
		reads: 'Query or body tenantFilter, GUID (:9-10).',
		clears:
			'none: excludeGuestsOrExternalUsers gains serviceProvider and the partner tenant ID; the rest of conditions.users is PATCHed back as read (Set-CIPPCAPolicyServiceException :79-90).',
		failure:
			'Always HTTP 200. Failure: "Failed to add service provider exception to policy <id>: ..." (:16-19). HTTP-200 refusal: "Policy <id> does not target all users or all guest/external users. No changes made." (helper :93). Already set: "... already has the correct service provider configuration. No changes needed." (success, nothing to do).',
		async: 'none',
		refusals: ['does not target all users or all guest\\/external users\\. No changes made'],
		verdict: 'ok',
	},
	'conditionalAccess:getManyPolicyChanges': {
		source: 'Tenant/Conditional/Invoke-ListConditionalAccessPolicyChanges.ps1',
		reads: 'Query tenantFilter, id, displayName (:13-15; displayName only labels the rows, not sent).',
		clears: 'none',
		failure: 'Graph failure: HTTP 400 with a one-element array ["Failed to request audit logs for policy ...: ..."] (:31-34).',
		async: 'none',
		refusals: [],
		output:
			'Bare array of {policy, policyId, typeFriendlyName, type, initiatedBy, date, oldValue, newValue} (:18-29). recordsOrFail; fits.',
		verdict: 'ok',
	},
	'conditionalAccess:whatIf': {
		source: 'Tenant/Conditional/Invoke-ExecCACheck.ps1',
		reads:
			'Body tenantFilter (:12), userID.value (:13), IncludeApplications.value (default Office 365, :14-18), UserRiskLevel.value, SignInRiskLevel.value, ClientAppType.value, DevicePlatform.value, Country.value, IpAddress (text), authenticationFlow.value (:33-39; not offered).',
		clears: 'none (a POST that only evaluates).',
		failure: 'Graph failure: HTTP 500 with Results ["Failed to execute check: ..."] (:46-49).',
		async: 'none',
		refusals: [],
		output: "{Results: Graph's answer} with the policies in Results.value (:43-44); the reader takes value, one item per policy.",
		verdict: 'ok',
	},
	'conditionalAccess:createTemplate': {
		source: 'Tenant/Conditional/Invoke-AddCATemplate.ps1 (CIPPCore/Public/New-CIPPCATemplate.ps1)',
		reads:
			"Body tenantFilter (the tenant whose IDs are turned into names, :14) and the whole body as the policy (:18, passthrough), name (message only, :15). The node reads the policy's rawjson from ListConditionalAccessPolicies and sends it with tenantFilter and name.",
		clears:
			'none; null fields are dropped (helper :13-16); users, groups, named locations and authentication contexts become display names with LocationInfo/AuthContextInfo added.',
		failure: 'HTTP 500 "Failed to create CA Template: ..." (:31-36).',
		async: 'none',
		refusals: [],
		verdict: 'ok',
		note: 'CIPP stores the body it gets, tenantFilter and name included, as the template JSON.',
	},
	'conditionalAccess:createTemplateFromJson': {
		source: 'Tenant/Conditional/Invoke-ExecCreateCATemplate.ps1',
		reads:
			'The whole body is the template (:15, :27): displayName ?? name is required (:16-22); GUID, id, createdDateTime, modifiedDateTime and templateId are dropped (:27). The node sends only displayName, state, conditions, grantControls and sessionControls of the JSON given.',
		clears: 'none (a new template under a new GUID every time, :24).',
		failure:
			'HTTP 400 {Results: "Error: displayName is required"} (:18-21, the node refuses before sending); a table failure HTTP 500 "Failed to create CA template: ..." (:43-47).',
		async: 'none',
		refusals: [],
		output: 'Results "Successfully created CA template \'<name>\' with GUID <guid>" (:40): the node adds templateId from it.',
		verdict: 'ok',
	},
};
