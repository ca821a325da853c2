import type { AuditRecord } from './types';

/**
 * Group, read against CIPP-API (/work/cipp-api, paths relative to
 * `Modules/CIPPHTTP/Public/Entrypoints/HTTP Functions/`). Node files: /work/main/nodes/Cipp/actions/group/.
 */
export const audit: Record<string, AuditRecord> = {
	'group:get': {
		source: 'Identity/Administration/Groups/Invoke-ListGroups.ps1',
		reads:
			'Query tenantFilter (:12), groupID (:13), groupType (:15, picks the owners lookup and the Exchange settings, it does not filter), members (-eq $true, :17), owners (-eq $true, :19). The node always sends members and owners as true/false.',
		clears: 'none',
		failure:
			'members/owners without groupID: HTTP 400 (:30-35, the node always sends groupID). An unknown group: the Graph bulk sub-request fails without throwing, but Convert-AzureAdObjectIdToSid($null) throws inside the try, so HTTP 403 with the normalized error (:144, :175-180). With groupType Distribution List / Mail-Enabled Security / Microsoft 365, the Exchange lookups (:102-107) run outside the try: an unknown group is an unhandled HTTP 500.',
		async: 'none',
		refusals: [],
		output:
			'One object {groupInfo, members, owners, allowExternal, sendCopies, hideFromOutlookClients, SID} (:121-145). singleRecord gives one item; fits. allowExternal is `!$OnlyAllowInternal`, and $OnlyAllowInternal is $null unless groupType is a mail type (:102-110): without Group Type (optional in the node) every group is reported allowExternal: true.',
		verdict: 'settled',
		note: 'Without Group Type CIPP reads no Exchange settings (allowExternal true for every group, sendCopies and hideFromOutlookClients null, no owners of Exchange groups). The node now reads the group once, takes groupInfo.groupType from the answer and, for a mail group, asks again with it; with Group Type given it is one call as before.',
	},
	'group:getAll': {
		source: 'Identity/Administration/Groups/Invoke-ListGroups.ps1 (+ CIPPCore Get-CIPPGroupsReport for the cache)',
		reads: 'Query tenantFilter, expandMembers (-eq $true, :22), expandOwners (:24, ignored when expandMembers), UseReportDB (:26).',
		clears: 'none',
		failure: 'Report cache failure: HTTP 500 with the message (:39-46). Graph failure: HTTP 403 with the normalized error (:175-180).',
		async: 'none (AllTenants or UseReportDB reads the cache, as old as its last refresh)',
		refusals: [],
		output:
			'Bare array of groups with primDomain, membersCsv, ownersCsv, teamsEnabled, groupType, calculatedGroupType, dynamicGroupBool, SID (:151-171). `records` fits.',
		verdict: 'ok',
	},
	'group:create': {
		source: 'Identity/Administration/Groups/Invoke-AddGroup.ps1 + CIPPCore/Public/New-CIPPGroup.ps1',
		reads:
			'Body tenantFilter (plain or .value, AddGroup :12), displayName, username, groupType (wildcard-normalized, New-CIPPGroup :62-75), description, membershipRules (:126), primDomain.value (:83), owners / members ([{value}] or strings, :146-173, :260-279), allowExternal (:234, :252), hideFromGAL (:285), aliases (newline text, :283), licenses (.value or string, Generic only, :201-210), subscribeMembers (:212), disableNesting (-eq $true, :121).',
		clears:
			'none (creation). Distribution lists: allowExternal missing -> RequireSenderAuthenticationEnabled true (:252), matching the node default.',
		failure:
			'New-CIPPGroup returns Success=false and AddGroup answers HTTP 500 "Failed to create group. <name> for <tenant> <error>" (AddGroup :28-31). Silent outcomes with HTTP 200 "Successfully created group ...": a group with the same display name in the same tenant created in the last 10 minutes is not created again (cache, New-CIPPGroup :44-59, message "already exists (from cache)" is replaced by the generic success line); licence assignment failure is only a warning (:206-208).',
		async: 'subscribeMembers waits 10 s then calls Set-UnifiedGroup (:212-220) before answering.',
		refusals: [],
		verdict: 'settled',
		note: 'Dynamic and dynamic distribution groups without Membership Rule are refused before sending (CIPP would create a static group); Subscribe Members is refused for any type but Microsoft 365 (CIPP would answer 500 for a group it created). The description (and README) says that a display name reused in the tenant within 10 minutes is not created again although CIPP reports success, and that licences are best-effort.',
	},
	'group:update': {
		source: 'Identity/Administration/Groups/Invoke-EditGroup.ps1',
		reads:
			'Body tenantFilter/tenantId (:38), groupId.value (:20; the group type comes from Graph, :21-34, not from the request), displayName/description/mailNickname/membershipRules (:46-76), AddMember [{value?, addedFields.userPrincipalName}] (:95-145), RemoveMember/AddOwner/RemoveOwner [{value, addedFields}] (:249-385), AddContact/RemoveContact [{value,label}] (:188-247), AddLicenses/RemoveLicenses (.value, Security only, :439-452), allowExternal + mail (:455-468), visibility (Microsoft 365 only, :471), sendCopies (:485), hideFromOutlookClients (Microsoft 365 only, :531).',
		clears:
			'Any one of displayName/description/mailNickname/membershipRules makes CIPP write all three of displayName, description and mailNickname: Set-DistributionGroup with DisplayName/Description/name (:51) or a Graph PATCH with the missing ones as null (:68-74). Owner changes on distribution lists / mail-enabled security groups rewrite ManagedBy as a whole (:340-385).',
		failure:
			'HTTP 200 always (:552-556), one line per change: "Success - ..." / "Error - ..." / "Failed to ...". Not caught by the generic test: "You cannot remove a contact from a Security Group" (:241). Silent (no line at all): Add Members whose UPN Graph cannot resolve (:101-103, :141-143); Visibility and Hide From Outlook on a group that is not Microsoft 365 (:471, :531); licences on a group that is not Security (:440); Allow External Senders on a Security group (:455); Remove Owners on a distribution list / mail-enabled security group whose value does not equal a ManagedBy entry (UPNs never do, :348-357). With only such changes Results is [] and the node reports success with an empty message. An unknown group: New-GraphGetRequest at :21 throws outside any try: HTTP 500.',
		async: 'none (Exchange changes "might take some time to reflect", :60).',
		refusals: ['You cannot remove a contact from a Security Group'],
		verdict: 'fixed',
		note: 'Was: a rename cleared the description and a description alone sent a null name; a refused Remove Contacts and changes CIPP skips silently came back as success. Now: when name, description, alias or rule is given, the node reads the group (ListGroups groupID) and sends the current name, description and alias for those left out; settings the group type does not have (Visibility, Send Copies, Hide From Outlook: Microsoft 365; licences: Security; Allow External Senders: not Security; contacts: distribution lists and mail-enabled security) are refused before sending after that read; the contact refusal is caught; an empty Results fails ("CIPP made none of the requested changes"); Remove Owners accepts object IDs only. Left: an unresolvable Add Members UPN among other changes shows only as a missing line (README line).',
	},
	'group:delete': {
		source: 'Email-Exchange/Administration/Invoke-ExecGroupsDelete.ps1 + CIPPCore/Public/Remove-CIPPGroup.ps1',
		reads: 'Query or body tenantFilter, GroupType, id, displayName (:16-19).',
		clears: 'Security groups: every licence assigned through the group is removed before the delete (Remove-CIPPGroup.ps1:20-26).',
		failure:
			'Any failure throws "Could not delete <name>. Error: ..." -> HTTP 500 (Remove-CIPPGroup.ps1:32-37, ExecGroupsDelete :24-27). A GroupType outside the four known ones returns nothing (HTTP 200, Results null); the node only offers the four.',
		async: 'none',
		refusals: [],
		verdict: 'ok',
		note: 'Group Type decides Exchange vs Graph; a wrong type mostly fails with HTTP 500 rather than deleting the wrong way.',
	},
	'group:hideFromGal': {
		source: 'Email-Exchange/Administration/Invoke-ExecGroupsHideFromGAL.ps1 + CIPPCore/Public/Set-CIPPGroupGAL.ps1',
		reads:
			'Query or body tenantFilter, GroupType, ID, HideFromGAL (bound to [string], compared -eq "true": JSON true -> "True" -> hidden, Set-CIPPGroupGAL.ps1:9).',
		clears: 'none',
		failure:
			'HTTP 200: "Failed. <error>" (Set-CIPPGroupGAL.ps1:21-25, caught) and "Security\'s group cannot have this setting changed" (:17-19, caught by groupActionResult; the node does not offer Security anyway).',
		async: 'none',
		refusals: ['cannot have this setting changed'],
		verdict: 'ok',
	},
	'group:getDeliveryManagement': {
		source: 'Identity/Administration/Groups/Invoke-ListGroupSenderAuthentication.ps1',
		reads:
			'Query TenantFilter (:13), groupid (:14), Type (:15: "Distribution List" or "Microsoft 365"; anything else counts as internal only).',
		clears: 'none',
		failure:
			'None reported: any exception (group not found, Exchange down, throttling) is caught and read as "internal only" (:36-38); always HTTP 200.',
		async: 'none',
		refusals: [],
		output: 'One object {allowedToReceiveExternal: bool} (:41-44). `records` gives one item; fits.',
		verdict: 'ok',
		note: 'The node description already says other types and groups Exchange cannot find read as false; any other Exchange failure reads as false too.',
	},
	'group:setDeliveryManagement': {
		source: 'Email-Exchange/Administration/Invoke-ExecGroupsDeliveryManagement.ps1 + CIPPCore/Public/Set-CIPPGroupAuthentication.ps1',
		reads: 'Query or body tenantFilter, GroupType, OnlyAllowInternal ([bool] parameter; JSON boolean from the node), ID (:82-85).',
		clears: 'none',
		failure:
			'Failures (including the Security refusal) throw "Failed to set Delivery Management: ..." -> HTTP 500 (Set-CIPPGroupAuthentication.ps1:16-29, :87-93).',
		async: 'none',
		refusals: [],
		verdict: 'ok',
	},
	'group:createTeam': {
		source: 'Identity/Administration/Groups/Invoke-AddGroupTeam.ps1',
		reads: 'Body TenantFilter (:12), GroupId (:13), TeamSettings (object, defaults when absent, :19-36).',
		clears: 'none',
		failure: 'HTTP 200 always; "Failed to create team: ..." (replication-delay variant at :62), caught by the generic test.',
		async: 'none',
		refusals: [],
		verdict: 'ok',
	},
	'group:getManyTemplates': {
		source: 'Identity/Administration/Groups/Invoke-ListGroupTemplates.ps1',
		reads: 'Query id (:64, compared with GUID).',
		clears: 'none',
		failure: 'No refusals; a template whose JSON cannot be parsed is skipped (:59-61).',
		async: 'none',
		refusals: [],
		output:
			'Bare array of {displayName, description, groupType (normalized), membershipRules, allowExternal, username, licenses, aliases, hideFromGAL, GUID, source, isSynced} (:45-58, :67-70). `records` fits.',
		verdict: 'ok',
	},
	'group:createTemplate': {
		source: 'Identity/Administration/Groups/Invoke-AddGroupTemplate.ps1',
		reads:
			'Body GUID (:11), displayName (required, :13-14), groupType (normalized, :19-36; a membership rule turns any type but dynamicDistribution into dynamic, :40-42), description, membershipRules, allowExternal, username, licenses, aliases, hideFromGAL (:44-57).',
		clears:
			'With an existing GUID the template row is replaced whole (:48-66): every field not sent is emptied. The node says "overwrite".',
		failure: 'HTTP 200 "Group Template Creation failed: ..." (:70-73), caught by the generic test.',
		async: 'none',
		refusals: [],
		verdict: 'ok',
	},
	'group:deleteTemplate': {
		source: 'Identity/Administration/Groups/Invoke-RemoveGroupTemplate.ps1',
		reads: 'Query or body ID (:15), checked as a GUID (:20).',
		clears: 'none',
		failure: 'A bad GUID or a missing template (null entity) fails: HTTP 500 "Failed to remove group template <id>: ..." (:28-33).',
		async: 'none',
		refusals: [],
		verdict: 'ok',
	},
};
