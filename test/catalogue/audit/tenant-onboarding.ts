import type { AuditRecord } from './types';

/**
 * Tenant onboarding and offboarding, read against CIPP-API (/work/cipp-api, paths relative to
 * `Modules/CIPPHTTP/Public/Entrypoints/HTTP Functions/`). Node files: nodes/Cipp/actions/tenant/
 * (exclude, include, removeFromCipp, offboard) and actions/shared/tenant-onboarding.ts.
 */
export const audit: Record<string, AuditRecord> = {
	'tenant:exclude': {
		source: 'CIPP/Settings/Invoke-ExecExcludeTenant.ps1',
		reads:
			"Query AddExclusion (any value, :34), tenantFilter (only for the log, :33); body value: a list of tenant IDs matched against customerId only (:35). The node looks the chosen tenant up in CIPP's whole list (query ListAll, :26-29) and sends its ID.",
		clears: 'none (sets Excluded, ExcludeUser (the caller), ExcludeDate, :38-40; excluding again overwrites user and date).',
		failure:
			'Any exception: HTTP 200 {Results: "Failed. ..."} (:59-63), caught by the generic words. A value that matches no tenant (a domain, an unknown ID) is skipped silently and the answer is still "Success. Added exclusions for customer(s): " with no names; the node refuses a tenant CIPP does not list before sending.',
		async: 'none',
		refusals: [],
		verdict: 'settled',
		note: 'CIPP matches only tenant IDs and answers Success for anything else; the node resolves the tenant first and fails the item when CIPP does not list it.',
	},
	'tenant:include': {
		source: 'CIPP/Settings/Invoke-ExecExcludeTenant.ps1',
		reads:
			'Query RemoveExclusion (any value, :48), tenantFilter (only in the message, :57); body value: tenant IDs, matched by customerId only (:49).',
		clears: 'ExcludeUser and ExcludeDate are emptied with Excluded (:51-53).',
		failure:
			'HTTP 200 {Results: "Failed. ..."} on an exception. For a tenant that matches nothing or is not excluded CIPP still answers "Success. We\'ve removed <tenantFilter> from the excluded tenants." (:57); the node reads the tenant\'s row first and refuses both.',
		async: 'none',
		refusals: [],
		verdict: 'settled',
		note: 'CIPP reports success for a tenant that is not excluded or not matched; the node checks the row (Excluded) first.',
	},
	'tenant:removeFromCipp': {
		source: 'CIPP/Settings/Invoke-ExecRemoveTenant.ps1',
		reads:
			'Body TenantID, a GUID only (:11); the node looks the chosen tenant up in ListOffboardTenants (all tenants, excluded ones too) and sends its customerId.',
		clears:
			"The tenant's row in CIPP's Tenants table, exclusion included (:19). The GDAP relationship stays, so Get-Tenants' next refresh (CIPPCore/Public/GraphHelper/Get-Tenants.ps1:91-98, from active relationships) lists the tenant again, not excluded; the description says so.",
		failure:
			'Not a GUID: HTTP 400 "Tenant ID X is not a valid GUID." (:12-13); unknown: HTTP 404 "Tenant X not found in CIPP." (:27-29); delete failure HTTP 500 (:22-24).',
		async: 'none',
		refusals: [],
		verdict: 'settled',
		note: 'CIPP takes only a tenant ID and the tenant comes back at the next tenant refresh: the node resolves a domain to the ID and the description says it returns.',
	},
	'tenant:offboard': {
		source: 'Tenant/Administration/Tenant/Invoke-ExecOffboardTenant.ps1',
		reads:
			'Body TenantFilter (.value or text, :16; Get-Tenants -IncludeAll matches ID or domain), booleans RemoveCSPGuestUsers (:30), RemoveCSPnotificationContacts (:62), RemoveDomainAnalyserData (:107), RemoveMultitenantCSPApps (:144), TerminateGDAP (:165), TerminateContract (:189), each only when exactly true; vendorApplications: [{value: service principal ID, label}] (:129-141).',
		clears:
			"Deletes partner-domain guest users, partner addresses from the three notification-contact lists, the tenant's Domain Analyser rows, the given apps and every partner-owned app, terminates every active GDAP relationship, ends the reseller contract; with TerminateGDAP the tenant's CIPP row is deleted even when a termination failed ($ClearCache set before the try, :164-216).",
		failure:
			'Always HTTP 200 {Results: [...], Errors: [...]} (:219-223): each action adds its failure to Errors, which the Results envelope does not carry; the node fails the item on any Error and names what was done before. The partner tenant: Errors "You cannot offboard the CSP tenant" (:27-28). An exception: HTTP 200 with the bare message as the body (:224-226); the node fails on a text answer. A tenant CIPP does not list: Results "Tenant has already been offboarded" (:25-26), a refusal. No action chosen: empty lists; the node refuses before sending.',
		async: 'none (Microsoft completes GDAP terminations over a few minutes).',
		refusals: ['^Tenant has already been offboarded$'],
		verdict: 'settled',
		note: "Errors are outside Results and would be lost, and a wrong tenant reads as 'already offboarded': the node fails the item for both, refuses an offboarding with no action, and the description says Terminate GDAP drops the tenant from CIPP even if a termination fails.",
	},
	'tenant:onboard': {
		source: 'Tenant/Administration/Tenant/Invoke-ExecOnboardTenant.ps1',
		reads:
			'Body id (the relationship, :15), Retry ([bool], :33), gdapRoles (role mappings), addMissingGroups, ignoreMissingRoles, autoMapRoles, standardsExcludeAllTenants (handed to the queue, :73-81; the queue compares the switches with -eq $true). The node reads the role template (ExecGDAPRoleTemplate?TemplateId) and sends its RoleMappings as gdapRoles; the OpenAPI types are corrected in beyondSpec/tenantAdministration.ts.',
		clears: "A new job replaces the relationship's TenantOnboarding row (steps pending, logs empty, :61-71).",
		failure:
			'No id: HTTP 404 "Relationship not found" (:106-108); any exception HTTP 400 "Function Error: <line> - <error>" (:101-104), both bare texts the transport fails on.',
		async:
			'The onboarding runs in OnboardingOrchestrator (CIPPActivityTriggers/.../Push-ExecOnboardTenantQueue.ps1): role test, group mapping, CPV refresh, Graph test, then the tenant list refresh; follow it with GDAP → Get Many Onboardings. A job touched in the last 10 minutes is handed back without starting again unless Retry (:31-33): the description says so.',
		refusals: [],
		output: 'The TenantOnboarding row with OnboardingSteps, Relationship and Logs parsed (:91-98): one item.',
		verdict: 'settled',
		note: 'An unknown template would onboard without group mappings: the node reads it first and refuses it; the 10-minute reuse is in the description.',
	},
	'tenant:cancelOnboarding': {
		source: 'Tenant/Administration/Tenant/Invoke-ExecOnboardTenant.ps1',
		reads: 'Body id (:15) and Cancel (-eq $true, :20).',
		clears: "The relationship's TenantOnboarding row (:21-24); a queued run that already started is not stopped.",
		failure: 'No such job: HTTP 404 "Onboarding job not found" (:26-28).',
		async: 'none',
		refusals: [],
		verdict: 'ok',
	},
};
