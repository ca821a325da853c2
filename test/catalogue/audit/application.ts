import type { AuditRecord } from './types';

/**
 * Enterprise applications (application approval), read against CIPP-API (/work/cipp-api, paths relative to
 * `Modules/CIPPHTTP/Public/Entrypoints/HTTP Functions/`). Node files: nodes/Cipp/actions/application/.
 */
export const audit: Record<string, AuditRecord> = {
	'application:getManyConsentRequests': {
		source: 'Tenant/Administration/Application Approval/Invoke-ListAppConsentRequests.ps1',
		reads:
			'Query tenantFilter (:12; AllTenants throws "AllTenants is not yet supported", not offered), RequestStatus and Filter (:13-14): the status filters only with Filter true (:21, :63), so the node always sends Filter=true (without a status it does nothing).',
		clears: 'none',
		failure: 'HTTP 500 with a one-element array ["Error: ..."] (:70-74).',
		async: 'none',
		refusals: [],
		output:
			'Bare array, one row per user consent request {appId, appDisplayName, requestUser, requestReason, requestDate, requestStatus, reviewedBy, ..., scopes, consentUrl} (:36-60). recordsOrFail.',
		verdict: 'ok',
	},
	'application:getManyApprovalTemplates': {
		source: 'Tenant/Administration/Application Approval/Invoke-ListAppApprovalTemplates.ps1',
		reads: 'nothing',
		clears: 'none',
		failure:
			'Table failure: HTTP 200 [{Results: "Failed to list app deployment templates: ..."}] (:48-52); a template whose JSON does not parse is one row with TemplateName "Error parsing template data" (:38-46).',
		async: 'none',
		refusals: [],
		output:
			'ConvertTo-Json text of rows {TemplateId, Timestamp, ...the template JSON (TemplateName, AppId, AppName, Permissions...)} (:55). parsedRecords.',
		verdict: 'ok',
	},
	'application:deployTemplate': {
		source: 'Tenant/Administration/Application Approval/Invoke-ExecAddMultiTenantApp.ps1 (template mode)',
		reads:
			'Body configMode (constant template, :55), tenantFilter.value (one {value,label}; allTenants not offered) and .label (message only), selectedTemplate.value (TemplateId), .label (message), .addedFields.AppId (:57-68). The node reads the template from ListAppApprovalTemplates and builds selectedTemplate from it.',
		clears: 'none',
		failure:
			'HTTP 200 {Results: ["Error queuing application - ..."]} when the orchestrator cannot start (:78-80); no other check before queuing.',
		async:
			'Queued: ExecMultiTenantAppOrchestrator adds the app and grants the template permissions per tenant later; the answer "Deploying <template> to <tenants>, see the logbook for details" (:76) only says it started. The node reports status queued with that follow-up.',
		refusals: [],
		verdict: 'settled',
		note: 'CIPP does not check the template: an unknown TemplateId would be queued and fail later in the logbook only. The node reads the template first and fails the item when CIPP has none with that ID (or it has no AppId).',
	},
	'application:getConsentLinks': {
		source: 'Tenant/Administration/Application Approval/Invoke-ExecAppApproval.ps1',
		reads: "Query ApplicationId (:13), default CIPP's own app ($env:ApplicationID).",
		clears: 'none (a read that only builds links).',
		failure: 'none',
		async: 'none',
		refusals: [],
		output: 'Bare array {defaultDomainName, link} for every tenant of Get-Tenants (:14-19). records.',
		verdict: 'ok',
	},
	'application:addSecret': {
		source: 'Tenant/Administration/Application Approval/Invoke-ExecManageAppCredentials.ps1 (Add)',
		reads:
			'Body tenantFilter, Action Add, AppType (applications | servicePrincipals, pasted into the Graph URL), CredentialType password, AppId (Id unused: the node addresses the app as (appId=...), :13-28), DisplayName (default CIPP-Generated Secret, :69), ExpiryDate (Unix seconds, :76; else ExpiryMonths, default 12, :78-79).',
		clears: 'none',
		failure:
			'Graph failure (unknown app, expiry in the past): HTTP 500 {Results: {resultText: "Failed to Add credential: ...", state: error}} (:158-163). A certificate is refused with state error (:66, not reachable: the node sends password).',
		async: 'none',
		refusals: [],
		output:
			'Results {resultText, copyField: the secret text, state} (:94-98): the secret goes to clientSecret (Include, Mask or Omit), out of the message.',
		verdict: 'settled',
		note: "CIPP shortens the expiry to the tenant's default app management policy maximum and only says so at the end of its message (:82-89); the description says so.",
	},
	'application:rotateSecret': {
		source: 'Tenant/Administration/Application Approval/Invoke-ExecManageAppCredentials.ps1 (Rotate)',
		reads: 'Body tenantFilter, Action Rotate, AppType, CredentialType password, AppId, KeyId (:101-147).',
		clears:
			'The old secret is removed after the new one (same display name, 12 months, clamped to the policy) is added; if removing fails the message says so and both remain (:131-137).',
		failure:
			'HTTP 200 with state error: "KeyId is required to rotate a secret." and "Secret <id> was not found on this application." (:106-112), failing the item; Graph failures HTTP 500 "Failed to Rotate credential: ..." (:158-163).',
		async: 'none',
		refusals: [],
		output: 'Results {resultText, copyField, state} (:140-144): the new secret goes to clientSecret.',
		verdict: 'ok',
	},
	'application:removeCredential': {
		source: 'Tenant/Administration/Application Approval/Invoke-ExecManageAppCredentials.ps1 (Remove)',
		reads: 'Body tenantFilter, Action Remove, AppType, CredentialType (password, else a certificate key), AppId, KeyId (:48-61).',
		clears: 'Only that credential: a certificate is removed by PATCHing back the keyCredentials without that keyId (:55-57).',
		failure: 'Graph failure HTTP 500 "Failed to Remove credential: ..." (:158-163), e.g. a secret keyId the app does not have.',
		async: 'none',
		refusals: [],
		verdict: 'settled',
		note: 'For a certificate keyId the app does not have, CIPP PATCHes the unchanged list and answers "Successfully removed key credential <id>"; the description says so.',
	},
	'application:updateApp': {
		source: 'Tenant/Administration/Application Approval/Invoke-ExecApplication.ps1 (Update)',
		reads:
			'Query ?? body Id or AppId (:13-27), Type (applications | servicePrincipals, :28-34), Action Update (PATCH, :54-56), tenantFilter (:69); body Payload as an object, sent to Graph as the PATCH body (:64-67).',
		clears: 'Graph PATCH semantics: a property given replaces its whole value (e.g. web.redirectUris); the description says so.',
		failure:
			'Plain-text HTTP 400 for a missing ID, type or action (:15-45, the node always sends them); Graph failure HTTP 500 {Results: [{resultText: "Failed to execute Update on <type> with Id: ... Error: ...", state: error}]} (:140-149).',
		async: 'none',
		refusals: [],
		verdict: 'ok',
	},
	'application:deleteApp': {
		source: 'Tenant/Administration/Application Approval/Invoke-ExecApplication.ps1 (Delete)',
		reads: 'As updateApp, with Action Delete (DELETE on /beta/<Type>(appId=...), :51-53); no Payload.',
		clears: 'The whole app registration or service principal.',
		failure: 'As updateApp: Graph failure (unknown app) HTTP 500 "Failed to execute Delete on ..." (:140-149).',
		async: 'none',
		refusals: [],
		verdict: 'ok',
	},
	'application:createApprovalTemplateFromApp': {
		source: 'Tenant/Administration/Application Approval/Invoke-ExecCreateAppTemplate.ps1',
		reads:
			'Body TenantFilter (capital T), AppId, DisplayName (both required, :23-29), Type (servicePrincipal, else the app registration, :20), Overwrite (-eq $true, :21).',
		clears:
			'With Overwrite, the auto-created template of the same AppId (enterprise app) or name "<DisplayName> (Auto-created)" (app registration) is replaced whole, keeping its permission set ID (:369-413).',
		failure:
			'Every throw (AppId/DisplayName missing, single-tenant app :65-67, service principal or app registration not found :71-73, :147-149, Graph errors) is HTTP 400 {Results: [{resultText: "Failed to create template: ...", state: error}]} (:483-498).',
		async: 'none',
		refusals: [],
		output:
			'ConvertTo-Json text {Results: {resultText: "Template created|updated - <name> with N permission(s)", state}, Metadata: {TemplateId, SourceTenant}} (:472-482, :500-503): parsed, with templateId from Metadata.',
		verdict: 'settled',
		note: 'For an app registration of a customer tenant CIPP creates a copy of the app (multi-tenant) in the partner tenant, or reuses a partner app of the same display name (:153-227); the description says so. Without Overwrite every run adds another template.',
	},
	'application:deleteApprovalTemplate': {
		source: 'Tenant/Administration/Application Approval/Invoke-ExecAppApprovalTemplate.ps1 (Delete)',
		reads: 'Query ?? body Action Delete (:18), body TemplateId (:84).',
		clears: 'That template only (:94).',
		failure:
			'HTTP 200 {Results: "No template found with the provided ID"} (:100-104, a refusal the node catches); a table failure HTTP 200 "Failed to delete template: ..." (:105-110).',
		async: 'none',
		refusals: ['^No template found with the provided ID'],
		output: 'ConvertTo-Json text of a one-element list (:162-165): parsed and unwrapped.',
		verdict: 'ok',
	},
	'application:getManyPermissionTemplates': {
		source: 'Tenant/Administration/Application Approval/Invoke-ExecAppPermissionTemplate.ps1 (no Action)',
		reads: 'Query TemplateId (optional filter, :72-76); no Action lists (:70).',
		clears: 'none',
		failure: 'none modelled: a table failure is an unhandled throw (HTTP 500).',
		async: 'none',
		refusals: [],
		output:
			'ConvertTo-Json text of @(rows {TemplateId, TemplateName, Permissions, UpdatedBy, Timestamp}) (:78-93); an empty table is [null]: the node drops rows without a TemplateId.',
		verdict: 'ok',
	},
	'application:createPermissionTemplate': {
		source: 'Tenant/Administration/Application Approval/Invoke-ExecAppPermissionTemplate.ps1 (Save)',
		reads:
			'Action Save (:18), body TemplateId (replace, else a new GUID, :22), Permissions (object, stored as JSON, :23, :28), TemplateName (:27).',
		clears: 'With TemplateId the set is replaced whole (Add-CIPPAzDataTableEntity -Force, :31).',
		failure:
			'A failed save is HTTP 200 {Results: <the exception text>} without state (:40-45): the node fails every answer but "Template Saved".',
		async: 'none',
		refusals: [],
		output: 'ConvertTo-Json text {Results: "Template Saved", Metadata: {TemplateName, TemplateId}} (:32-38): templateId from Metadata.',
		verdict: 'settled',
		note: 'CIPP\'s failed save carries only the exception text, with HTTP 200: the node treats any answer other than "Template Saved" as failed.',
	},
	'application:deletePermissionTemplate': {
		source: 'Tenant/Administration/Application Approval/Invoke-ExecAppPermissionTemplate.ps1 (Delete)',
		reads: 'Action Delete, body TemplateId (:49).',
		clears: 'That set only.',
		failure:
			'HTTP 200 {Results: "No Template ID provided for deletion"} (:59-62, a refusal); "Failed to delete template: ..." (:64-68). An unknown ID is not checked (:50-58).',
		async: 'none',
		refusals: ['^No Template ID provided for deletion'],
		verdict: 'settled',
		note: 'CIPP does not check that the ID exists: the node lists the set first (ExecAppPermissionTemplate?TemplateId=) and fails the item when CIPP has none.',
	},
	'application:createApprovalTemplate': {
		source: 'Tenant/Administration/Application Approval/Invoke-ExecAppApprovalTemplate.ps1 (Save)',
		reads:
			'Query ?? body Action Save (:18); body AppType (ApplicationManifest is checked for credentials, :24-34; the node sends EnterpriseApp), TemplateId (replace, else a new GUID, :36); the rest of the body is stored as the template (:39): TemplateName, AppId, AppName, PermissionSetId, PermissionSetName, Permissions, which deployment reads (Get-CIPPAppApprovalPermissions :28-38).',
		clears: 'With TemplateId the template is replaced whole (:36-61).',
		failure:
			'HTTP 400 for a manifest with credentials (:27-33, not reachable); a table failure is HTTP 200 {Results: <exception text>} without state (:75-79): the node fails every answer but "Template Saved".',
		async: 'none',
		refusals: [],
		output:
			'ConvertTo-Json text [{Results: "Template Saved", Metadata: {TemplateName, TemplateId}}] (:64-72, :162-165): templateId from Metadata.',
		verdict: 'settled',
		note: "CIPP stores whatever permission set ID it is given; the node reads the permission template first (failing the item when CIPP has none) and sends its name and permissions with it, as CIPP's editor does.",
	},
};
