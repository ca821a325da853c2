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
};
