import type { AuditRecord } from './types';

/**
 * GDAP, read against CIPP-API (/work/cipp-api, paths relative to
 * `Modules/CIPPHTTP/Public/Entrypoints/HTTP Functions/`). Every endpoint acts on the partner tenant
 * ($env:TenantID), so none takes a tenant. Node files: nodes/Cipp/actions/gdap/.
 */
export const audit: Record<string, AuditRecord> = {
	'gdap:getManyRelationships': {
		source: 'Tenant/GDAP/Invoke-ListGDAPRelationships.ps1',
		reads: "Query id (one relationship, not sent), $top (default 300, not sent), $filter (:14-16), pasted into Graph's URL.",
		clears: 'none',
		failure: 'Graph failure: HTTP 400 {Results: [], Error} (:34-39).',
		async: 'none',
		refusals: [],
		output: '{Results: [delegatedAdminRelationship]} (:30-33). resultRecords; fits. Only the first $top (300) are read with paging on.',
		verdict: 'ok',
	},
	'gdap:getManyRoleMappings': {
		source: 'Tenant/GDAP/Invoke-ListGDAPRoles.ps1',
		reads: 'nothing',
		clears: 'none',
		failure: 'none (table read).',
		async: 'none',
		refusals: [],
		output: 'Bare array of {GroupName, GroupId, RoleName, roleDefinitionId} (:15-27). records; fits.',
		verdict: 'ok',
	},
	'gdap:getManyOnboardings': {
		source: 'Tenant/Administration/Tenant/Invoke-ListTenantOnboarding.ps1',
		reads: 'nothing (the whole TenantOnboarding table, :12-13).',
		clears: 'none',
		failure: 'Any failure: HTTP 400 with a "Function Error: ..." string (:27-29).',
		async: 'none',
		refusals: [],
		output:
			'Bare array of TenantOnboarding rows with OnboardingSteps, Relationship and Logs parsed from JSON, sorted by Timestamp, newest first (:14-25). records; fits.',
		verdict: 'ok',
	},
	'gdap:getManyInvites': {
		source: 'Tenant/GDAP/Invoke-ListGDAPInvite.ps1',
		reads: 'Query RelationshipId (:13; not sent: with it RoleMappings stays JSON text).',
		clears: 'none',
		failure: 'none (table read).',
		async: 'none',
		refusals: [],
		output:
			'Bare array of GDAPInvites rows {RowKey (relationship ID), InviteUrl, OnboardingUrl, RoleMappings (parsed), Technician, Reference} (:20-28). records; fits.',
		verdict: 'ok',
	},
	'gdap:createInvite': {
		source: 'Tenant/GDAP/Invoke-ExecGDAPInvite.ps1',
		reads:
			"Body Action (default Create, :14), Reference (:16), roleMappings (list of {RoleName, GroupName, GroupId, roleDefinitionId}, :38; roleDefinitionId goes into the relationship, the whole list into the invite row). The node reads the chosen mappings from ListGDAPRoles and sends them whole. Technician: the API client's AppName (:23-26).",
		clears: 'none',
		failure:
			'Always HTTP 200 with {Message, Invite} (no Results). Failure: "Error creating GDAP relationship, failed at step: <step>: ..." or the MFA hint "Error creating GDAP relationship, ensure that all users have MFA enabled ..." (:107-118); lock not confirmed: "Error creating GDAP relationship request" (:101). If the relationship is not "created" after 6 checks (:59-64) no Message is set: the node reports "unconfirmed".',
		async: 'The customer approves later at InviteUrl; CIPP onboards the tenant then (ExecOnboardTenant, not offered here).',
		refusals: [],
		output: 'messageResult reads Message (error words fail the item) and adds the stored Invite.',
		verdict: 'settled',
		note: 'CIPP reads whole role mapping objects, and an unknown one would be sent to Graph as a role without a group: the node takes GroupIds, reads the mappings from CIPP and fails the item for an unmapped group. Relationship length (730 days) and auto-extend (180 days, never with Global Administrator, :40-44) are fixed by CIPP and said in the description.',
	},
	'gdap:deleteInvite': {
		source: 'Tenant/GDAP/Invoke-ExecGDAPInvite.ps1',
		reads: 'Body Action Delete (constant), InviteId (:15), matched to RowKey (:146).',
		clears: "Only CIPP's invite row; the relationship in Partner Center is untouched (said in the description).",
		failure: 'HTTP 200 {Message: "Invite not found"} (:151); "not found" fails the item.',
		async: 'none',
		refusals: [],
		verdict: 'ok',
	},
	'gdap:createRoleMappings': {
		source: 'Tenant/GDAP/Invoke-ExecAddGDAPRole.ps1 (AddRoleSimple)',
		reads:
			'Body Action (constant AddRoleSimple, :10), gdapRoles (list of {label, value}: label names the group "M365 GDAP <label>", value is the roleDefinitionId, :80-92; without it CIPP creates its 15 default groups, the node always sends a list), customSuffix (:82-99).',
		clears: 'none; an existing group of the same name is reused and its mapping overwritten (:101-110).',
		failure:
			'Always HTTP 200 with Results strings: "<group> already exists", "Created <group>", "Could not create GDAP group: <Graph error>" (:136-150). The last has no error word: it is a refusal. A Graph failure listing groups (:87) is unhandled: HTTP 500.',
		async: 'none',
		refusals: ['^Could not create GDAP group'],
		verdict: 'ok',
	},
	'gdap:addRoleMapping': {
		source: 'Tenant/GDAP/Invoke-ExecAddGDAPRole.ps1 (AddRoleAdvanced)',
		reads:
			'Body Action (constant AddRoleAdvanced), mappings: list of {GroupId, RoleName, roleDefinitionId} (:19-42); the node builds one from Group ID and Role.',
		clears: 'An existing mapping of the group is overwritten (Add-CIPPAzDataTableEntity -Force, :53).',
		failure:
			'HTTP 200 with Results [{state, resultText}]: a reserved group (All Users, AdminAgents, HelpdeskAgents, SalesAgents) is state error (:28-33). A GroupId that is not a security group of the partner tenant is skipped silently (:26), and with nothing mapped CIPP answers state success "All role mappings already exist" (:54-59).',
		async: 'none',
		refusals: ['^All role mappings already exist$'],
		verdict: 'settled',
		note: 'With one mapping sent, "All role mappings already exist" only ever means the group was not found (a found group is always written), so the node treats it as a refusal.',
	},
	'gdap:deleteRoleMapping': {
		source: 'Tenant/GDAP/Invoke-ExecDeleteGDAPRoleMapping.ps1',
		reads: 'Query or body GroupId (:17), matched to RowKey (:19).',
		clears: 'none beyond the mapping row.',
		failure: 'HTTP 200 "Failed. <exception>" (:25-27).',
		async: 'none',
		refusals: [],
		verdict: 'settled',
		note: 'An unknown GroupId hands Remove-CIPPAzDataTableEntity $null and still answers "Success. GDAP relationship mapping deleted"; the node reads ListGDAPRoles first and fails the item for a group without a mapping.',
	},
	'gdap:getManyAccessAssignments': {
		source: 'Tenant/GDAP/Invoke-ListGDAPAccessAssignments.ps1',
		reads: 'Query Id (the relationship, :12).',
		clears: 'none',
		failure: 'Graph failure is unhandled (:17): HTTP 500 with the text.',
		async: 'none',
		refusals: [],
		output:
			'{Results: [{id, status, createdDateTime, modifiedDateTime, roles, group, members}]} sorted by group name (:36-58). resultRecords; fits.',
		verdict: 'ok',
	},
	'gdap:enableAutoExtend': {
		source: 'Tenant/GDAP/Invoke-ExecAutoExtendGDAP.ps1 (CIPPCore/Public/GraphHelper/Set-CIPPGDAPAutoExtend.ps1)',
		reads: 'Query or body ID (:10).',
		clears: 'none (PATCH autoExtendDuration P180D).',
		failure:
			'Always HTTP 200. Failure: "Could not set auto renewal for <id>: <normalized error>" (helper :37-41), e.g. an unknown ID or a relationship with Global Administrator; no error word, so a refusal.',
		async: 'none',
		refusals: ['^Could not set auto renewal for'],
		verdict: 'ok',
	},
	'gdap:removeGlobalAdmin': {
		source: 'Tenant/GDAP/Invoke-ExecGDAPRemoveGArole.ps1',
		reads: 'Query or body GDAPId (:11).',
		clears: 'PATCHes accessDetails.unifiedRoles with every role but Global Administrator (:17-26).',
		failure:
			'Always HTTP 200 {Message}. Refusals: "Relationship status is currently <status>, it is not possible to remove the Global Administrator role in this state." and "This relationship does not contain the Global Administrator role." (:31-37). Failure: "Unexpected error patching GDAP relationship: ..." (:39-43).',
		async: 'none',
		refusals: ['^Relationship status is currently ', '^This relationship does not contain the Global Administrator role'],
		verdict: 'ok',
	},
	'gdap:deleteRelationship': {
		source: 'Tenant/GDAP/Invoke-ExecDeleteGDAPRelationship.ps1',
		reads: 'Query or body GDAPId (:16).',
		clears: 'Terminates the relationship (POST requests {action: terminate}, :18): all its access ends; the description says so plainly.',
		failure: 'Graph failure: HTTP 500 "Failed to revoke GDAP relationship for <id>. Error: ..." (:23-28).',
		async: 'Microsoft ends the relationship shortly after (status terminationRequested, then terminated).',
		refusals: [],
		verdict: 'ok',
	},
	'gdap:getManyContracts': {
		source: 'Tenant/GDAP/Invoke-ListGDAPContracts.ps1',
		reads: 'Query $top (default 300, not sent).',
		clears: 'none',
		failure: 'Graph failure: HTTP 400 {Results: [], Error} (:24-29).',
		async: 'none',
		refusals: [],
		output: '{Results: [contract]} (:20-23). resultRecords; fits.',
		verdict: 'ok',
	},
	'gdap:getResellerInviteLink': {
		source: 'Tenant/Administration/Tenant/Invoke-ListResellerRelationshipLink.ps1',
		reads: 'nothing (Partner Center API as the partner tenant).',
		clears: 'none',
		failure:
			'Always HTTP 200. A failed link read gives inviteUrl null and inviteUrlError "Failed to retrieve relationship invite link: ..." (:21-25): the node fails the item with that text. A failed provider read gives indirectProviders [] silently (:30-33).',
		async: 'none',
		refusals: [],
		output: '{inviteUrl, indirectProviders, inviteUrlError?} (:35-38): one item.',
		verdict: 'settled',
		note: 'CIPP reports a failed link read with HTTP 200; the node fails the item with inviteUrlError instead of returning a null link.',
	},
	'gdap:getManyServicePrincipals': {
		source: 'Tenant/GDAP/Invoke-ListGDAPServicePrincipals.ps1',
		reads:
			'Query tenantFilter (:13), ownerType partner (default) or vendor (:14), vendorTenantIds (comma-separated GUIDs, only with ownerType vendor; invalid ones dropped silently, none left answers an empty list, :21-37), $top (default 999, not sent). The node sends ownerType vendor whenever it sends vendor IDs, and checks each is a GUID.',
		clears: 'none',
		failure: 'Graph failure: HTTP 400 {Results: [], Error} (:52-57); an unknown ownerType HTTP 400 (:38-43).',
		async: 'none',
		refusals: [],
		output: '{Results: [{id, displayName, appId, appOwnerOrganizationId}]} (:47-51). resultRecords.',
		verdict: 'ok',
	},
	'gdap:processApprovedInvites': {
		source: 'Tenant/GDAP/Invoke-ExecGDAPInviteApproved.ps1',
		reads: 'nothing (:9).',
		clears: 'none',
		failure:
			'none: always HTTP 200 {Results: ["Processing recently activated GDAP relationships"]} (:11), even when there is nothing to process.',
		async:
			'Set-CIPPGDAPInviteGroups (CIPPCore/Public/Set-CIPPGDAPInviteGroups.ps1): invites whose relationship is now active are queued (GDAPInviteOrchestrator) to map their role mappings as access assignments (groups already assigned are skipped) and then leave the GDAPInvites table. The node reports "queued" with a follow-up.',
		refusals: [],
		verdict: 'ok',
	},
	'gdap:repairRoleMappings': {
		source: 'Tenant/GDAP/Invoke-ExecGDAPRepairRoleMappings.ps1',
		reads: 'nothing.',
		clears:
			'Stale group IDs in GDAPRoles (:157, -WriteBack) and in every role template (:178, via -TemplateId) are replaced by the ID of the partner group with the expected name; nothing else.',
		failure:
			'Always HTTP 200 {Results: [{resultText, state}]}: state error for "GDAP Roles: Group \'X\' is missing in the partner tenant, recreate the GDAP roles before retrying" (and the same per template, :161-184) and "Failed to repair GDAP role mappings: ..." (:198). actionResult fails the item on any state error.',
		async: 'none (also refreshes the cached GDAP access check, :193).',
		refusals: [],
		verdict: 'ok',
	},
	'gdap:getManyRoleTemplates': {
		source: 'Tenant/GDAP/Invoke-ExecGDAPRoleTemplate.ps1',
		reads:
			'Query Action absent, TemplateId absent: the list branch (:93-107). CIPP declares only POST for the endpoint, so the read is a POST.',
		clears: 'none',
		failure: 'none (table read).',
		async: 'none',
		refusals: [],
		output: '{Results: [{TemplateId, RoleMappings (parsed)}], Metadata: {Count}} (:95-106). resultRecords.',
		verdict: 'ok',
	},
	'gdap:createRoleTemplate': {
		source: 'Tenant/GDAP/Invoke-ExecGDAPRoleTemplate.ps1',
		reads:
			'Query Action Add; body TemplateId (.value or text, :33), RoleMappings (list of {RoleName, GroupName, GroupId, roleDefinitionId}, :37) unless body GroupId is set (then the body itself is one mapping, not used). The node reads the chosen mappings from ListGDAPRoles and sends them whole; a group without a mapping fails the item first.',
		clears:
			'none: for an existing TemplateId Add-CIPPGDAPRoleTemplate keeps its mappings and adds only those whose roleDefinitionId it lacks (CIPPCore/Public/Add-CIPPGDAPRoleTemplate.ps1:18-38); the description says so.',
		failure:
			'No try/catch: a table failure is HTTP 500. Otherwise HTTP 200 {Results: "Added role mappings to template X"} (:42-44), also when every mapping was skipped.',
		async: 'none',
		refusals: [],
		verdict: 'settled',
		note: 'Adding to an existing template silently skips roles it already has: the description says so.',
	},
	'gdap:deleteRoleTemplate': {
		source: 'Tenant/GDAP/Invoke-ExecGDAPRoleTemplate.ps1',
		reads: 'Query Action Delete; body TemplateId (:78).',
		clears: 'none',
		failure: 'HTTP 200 {Results: "Template X not found"} (:88-90); the generic failure words ("not found") fail the item.',
		async: 'none',
		refusals: [],
		verdict: 'ok',
	},
	'gdap:resetAccessAssignments': {
		source: 'Tenant/GDAP/Invoke-ExecGDAPAccessAssignment.ps1',
		reads: 'Body (or query) Action ResetMappings (:14), Id (the relationship, :15), body RoleTemplateId (:19).',
		clears:
			'Deletes every access assignment whose group is not in the template (:74-91), re-roles assignments whose role differs (:93-124), creates missing ones for roles the relationship includes (:127-157); stale template group IDs are rewritten (Test-CIPPGDAPGroupMappings -WriteBack, :53). An unknown template reads as no mappings and would delete every assignment; an unknown relationship reads as no assignments and answers success (:182-186). The node checks both first (ListGDAPRelationships, ExecGDAPRoleTemplate?TemplateId) and refuses an unknown or empty template.',
		failure:
			'Always HTTP 200 {Results: [{resultText, state}]}: state error for "RoleTemplateId is required" (:21-27), "Invalid action" (:201-207), a missing group (:63-64) and each failed Graph change "Error: ..." (:174-178).',
		async: 'none (Graph batch before answering; Microsoft applies assignments over a few minutes).',
		refusals: [],
		verdict: 'settled',
		note: 'CIPP would delete every assignment for a template that does not exist and report success for an unknown relationship; the node checks both before sending.',
	},
	'gdap:traceAccess': {
		source: 'CIPP/Settings/Invoke-ExecGDAPTrace.ps1',
		reads: 'Query TenantFilter (ID or domain, Get-Tenants, :54, :110) and UPN (a user of the partner tenant, :55, :163).',
		clears: 'none',
		failure:
			'Missing field: HTTP 400 {Error} (:58-69); unknown tenant: HTTP 404 {Error: "Tenant not found: X"} (:111-115); unknown user: HTTP 404 {error: "User X not found in partner tenant"} (:168-177); any other failure HTTP 500 {Error} (:863-868). No active relationship: HTTP 200 {tenantId, tenantName, relationships: [], error: "No active GDAP relationships found for tenant X"} (:138-149); the node fails the item with that error.',
		async: 'none',
		refusals: [],
		output:
			'One object {tenantId, tenantName, userUPN, userId, userDisplayName, roles (15, each with relationships, groups and accessPaths), relationships, summary} (:838-856): one item.',
		verdict: 'settled',
		note: 'CIPP answers a tenant without active relationships with HTTP 200 and an error field; the node fails the item.',
	},
	'gdap:updateRoleTemplate': {
		source: 'Tenant/GDAP/Invoke-ExecGDAPRoleTemplate.ps1',
		reads:
			"Query Action Edit; body OriginalTemplateId (the template, :48), TemplateId (its new or same name, :49), RoleMappings (:52). The node always sends TemplateId (the new name, or the template's own) and reads the chosen mappings whole from ListGDAPRoles.",
		clears:
			"The template's mappings are replaced by those sent (Add-CIPPGDAPRoleTemplate -Overwrite, :57, :64): the description says mappings not chosen are dropped. A rename deletes the old row (:56).",
		failure: 'HTTP 200 {Results: "Template X not found"} (:70-75), caught by the generic words; no try/catch otherwise (HTTP 500).',
		async: 'none',
		refusals: [],
		verdict: 'ok',
	},
};
