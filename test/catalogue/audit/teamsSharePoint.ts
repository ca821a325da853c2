import type { AuditRecord } from './types';

/**
 * Teams & SharePoint, audited against CIPP-API (KelvinTegelaar/CIPP-API as checked out in /work/cipp-api).
 * Paths are relative to `Modules/CIPPHTTP/Public/Entrypoints/HTTP Functions/`; helpers to `Modules/CIPPCore/Public/`.
 * Query keys: Azure Functions' `$Request.Query` is case-insensitive, so `tenantFilter`/`TenantFilter` both work.
 */
export const audit: Record<string, AuditRecord> = {
	'teamsSharePoint:getManyTeams': {
		source: 'Teams-Sharepoint/Invoke-ListTeams.ps1',
		reads: 'query TenantFilter, type (=List), UseReportDB (`-eq $true`) (:13-16).',
		clears: 'none',
		failure:
			'Report-DB path (AllTenants or UseReportDB=true, :16-28): HTTP 500 with body `[<exception text>]` (e.g. the report helper\'s "no data ... Sync ... cache first"). Live path (:31) has no try/catch: a Graph failure is an unhandled exception (HTTP 500).',
		async: 'none',
		refusals: [],
		output:
			'Bare array of {id, displayName, description, visibility, mailNickname} (live) or report rows with Tenant/CacheTimestamp; `records` fits.',
		verdict: 'ok',
	},
	'teamsSharePoint:getTeam': {
		source: 'Teams-Sharepoint/Invoke-ListTeams.ps1',
		reads: 'query TenantFilter, type (=Team), ID (:33-35); no report-DB path for type Team.',
		clears: 'none',
		failure: 'No try/catch (:35-51): an unknown ID makes Graph /teams/{id} throw, unhandled, HTTP 500.',
		async: 'none',
		refusals: [],
		output:
			"Bare array with one object {Name, TeamInfo[], ChannelInfo[], Members[], Owners[], InstalledApps[]} (:43-56); `singleRecord` fits. Members are users whose email is not an owner's (:42).",
		verdict: 'ok',
	},
	'teamsSharePoint:createTeam': {
		source: 'Teams-Sharepoint/Invoke-AddTeam.ps1',
		reads: "body tenantid, displayName, description, visibility, owner (list of UPNs or IDs, each bound as users('<x>'), :17-31).",
		clears:
			'Not an update, but `visibility` and `description` are always written into the Graph body (:33-40): when the node leaves Visibility out, CIPP posts `"visibility": null` and the team gets Graph\'s default (Public), although the editor\'s default is Private.',
		failure:
			'No owner: throw "You have to add at least one owner to the team" (:21-23). Any failure: HTTP 500 {Results:"Failed to create Team: \'<name>\'. Error: ..."} (:48-53).',
		async:
			'POST /beta/teams is a long-running Graph operation (202); CIPP answers "Successfully created Team" before provisioning ends (the node description says so).',
		refusals: [],
		verdict: 'settled',
		note: "CIPP always writes visibility, null when left out, and Graph then makes the team Public. The node now sends visibility Private (the editor's default) unless Visibility is added; the field description says so.",
	},
	'teamsSharePoint:getTeamsActivity': {
		source: 'Teams-Sharepoint/Invoke-ListTeamsActivity.ps1',
		reads: 'query tenantFilter, Type (node sends TeamsUserActivityUser), UseReportDB (:13-16).',
		clears: 'none',
		failure: 'Report-DB path: HTTP 500 `[<exception text>]` (:18-28). Live path (:31) unhandled: HTTP 500.',
		async: 'none',
		refusals: [],
		output:
			'Bare array of {UPN, LastActive, TeamsChat, CallCount, MeetingCount} (live, from the D30 CSV report) or report rows; `records` fits. Counts are strings (CSV).',
		verdict: 'ok',
	},
	'teamsSharePoint:getManyPhoneNumbers': {
		source: 'Teams-Sharepoint/Invoke-ListTeamsVoice.ps1',
		reads: 'query tenantFilter, UseReportDB (:13-15). AllTenants is served by the report DB (:17), the node does not offer it.',
		clears: 'none',
		failure:
			"Report-DB path: HTTP 500 `[<text>]` (:21-28). Live path: HTTP 403 with body `[]`: the error string is dropped by the final `Where-Object { $_.TelephoneNumber }` (:58-68), so the node's error has no CIPP text.",
		async: 'none',
		refusals: [],
		output:
			'Bare array of telephone-number objects with AssignedTo ({id,userPrincipalName,displayName} or "Unassigned") and EmergencyLocation; `records` fits.',
		verdict: 'ok',
	},
	'teamsSharePoint:assignPhoneNumber': {
		source: 'Teams-Sharepoint/Invoke-ExecTeamsVoicePhoneNumberAssignment.ps1',
		reads:
			'body input.value (UPN resolved to ID when not a GUID, :33-37), PhoneNumber, TenantFilter (exact body key used by the node), PhoneNumberType (normalised by CIPPCore Get-CippTeamsNumberType), AssignmentCategory only when truthy (:44).',
		clears: 'none',
		failure: 'Any failure: HTTP 403 {Results:<normalised Graph error>} (:52-57).',
		async:
			'Graph assignNumber answers 202 (:46-47); "Successfully submitted assignment ..." means accepted, not done. A later failure of the operation is never reported (node description says "asynchronously").',
		refusals: [],
		verdict: 'ok',
		note: 'Sample audit #14: ok.',
	},
	'teamsSharePoint:setPhoneNumberLocation': {
		source: 'Teams-Sharepoint/Invoke-ExecTeamsVoicePhoneNumberAssignment.ps1',
		reads: 'body locationOnly (truthy), PhoneNumber, input.value as the locationId (:23-30), TenantFilter.',
		clears: 'none (updateNumber only touches the attributes sent)',
		failure: 'HTTP 403 {Results:<normalised error>} (:52-57).',
		async: 'none (updateNumber is synchronous, :24)',
		refusals: [],
		verdict: 'ok',
	},
	'teamsSharePoint:unassignPhoneNumber': {
		source: 'Teams-Sharepoint/Invoke-ExecRemoveTeamsVoicePhoneNumberAssignment.ps1',
		reads: 'body tenantFilter, PhoneNumber, PhoneNumberType; AssignedTo only for the message and log (:17-30).',
		clears: 'none',
		failure: 'HTTP 500 {Results:"Failed to unassign <n> from <who>. Error: ..."} (:33-38).',
		async: 'unassignNumber answers 202 (:28-29); "Successfully submitted unassignment" (node description says asynchronous).',
		refusals: [],
		verdict: 'ok',
	},
	'teamsSharePoint:getManySites': {
		source: 'Teams-Sharepoint/Invoke-ListSites.ps1',
		reads: 'query TenantFilter, Type (=SharePointSiteUsage), UseReportDB (-eq $true), URLOnly (-eq $true) (:15-18, :47, :144).',
		clears: 'none',
		failure:
			'Missing TenantFilter/Type: HTTP 400 plain text (:19-31). Report DB (AllTenants or UseReportDB): HTTP 500 `[<text>]`, e.g. "No SharePoint site listing data found in reporting database. Sync SharePointSiteUsage cache first." (CIPPCore Get-CIPPSharePointSiteUsageReport.ps1:77-82). Live: HTTP 403 `[<normalised error>]` (:139-143).',
		async: 'none',
		refusals: [],
		output:
			'Bare array sorted by displayName (:150); `records` fits. URLOnly and UseReportDB are sent only when added, so by default entries without a URL are included and the data is live.',
		verdict: 'ok',
	},
	'teamsSharePoint:getManyOneDrives': {
		source: 'Teams-Sharepoint/Invoke-ListSites.ps1',
		reads: 'query TenantFilter, Type (=OneDriveUsageAccount), UseReportDB, URLOnly (as getManySites).',
		clears: 'none',
		failure: 'As getManySites (report helper CIPPCore Get-CIPPOneDriveUsageReport).',
		async: 'none',
		refusals: [],
		output: "Bare array; `records` fits. AutoMapUrl is '' for OneDrives (:113, only sites get one).",
		verdict: 'ok',
	},
	'teamsSharePoint:createSite': {
		source: 'Teams-Sharepoint/Invoke-AddSite.ps1 + CIPPCore New-CIPPSharepointSite.ps1',
		reads:
			'body tenantFilter, siteName, siteDescription, siteOwner.value, templateName.value, siteDesign.value, sensitivityLabel (Invoke-AddSite.ps1:19).',
		clears: 'none',
		failure:
			'HTTP 500 {Results:<text>}: ValidateSet/binding errors, "Failed to create new SharePoint site ... The site already exists." (New-CIPPSharepointSite.ps1:232-235), SiteStatus 0/3 (:212-231).',
		async:
			'SiteStatus 1: HTTP 200 "Successfully created ... The site is however currently being provisioned. Please wait for it to finish." (:217-221).',
		refusals: [],
		verdict: 'ok',
		note: 'Sample audit #13: ok. An unknown SiteStatus falls to `default {}` (:237) and answers HTTP 200 with empty Results (success, empty message); not expected from SPSiteManager/create.',
	},
	'teamsSharePoint:deleteSite': {
		source: 'Teams-Sharepoint/Invoke-DeleteSharepointSite.ps1',
		reads: 'body tenantFilter, SiteId (GUID, braces allowed) (:16-31).',
		clears: 'none',
		failure: 'HTTP 500 {Results:"Failed to delete SharePoint site with ID <id>. Error: ..."} (:93-98).',
		async:
			'GroupSiteManager/Delete or SPSiteManager/delete: "Successfully initiated deletion ... can take some time" (:75, :87); group-connected sites take the M365 group and Team with them (node description says so).',
		refusals: [],
		verdict: 'ok',
	},
	'teamsSharePoint:addSiteMember': {
		source: 'Teams-Sharepoint/Invoke-ExecSetSharePointMember.ps1',
		reads:
			"body tenantFilter, user.value (UPN), user.addedFields.Group/Type (not sent by node), Add (-eq $true), Role, SharePointType (-eq 'Group'), GroupID (GUID, else looked up by mail/proxyAddresses/mailNickname, :47-51), URL (:21-27, :40, :75).",
		clears: 'none',
		failure:
			'HTTP 400 {Results:"Failed to modify <Role> for <URL or GroupID>. Error: ..."} (:123-128). Group path via CIPPCore Add-CIPPGroupMember: partial failures "Failed to add ..." in an HTTP-200 message, total failure throws.',
		async: 'none',
		refusals: [],
		verdict: 'settled',
		note: "For Owners or Members of a group-connected site, a missing Microsoft 365 Group is refused before sending (CIPP would look the group up with an empty filter). The group field description says CIPP then changes only the Microsoft 365 group, so a user added directly to the site's SharePoint group is removed with Remove Site User.",
	},
	'teamsSharePoint:removeSiteMember': {
		source: 'Teams-Sharepoint/Invoke-ExecSetSharePointMember.ps1',
		reads:
			'as addSiteMember, with Add false. Without user.addedFields.Type, a removal on a group site always targets the M365 group (:44), so a user added directly to the SharePoint role group cannot be removed this way (fails with an error).',
		clears: 'none',
		failure:
			'HTTP 400 "Failed to modify ... Error: ..."; non-group path: "<upn> is not in the site\'s <Role> group." inside that text (:113-115).',
		async: 'none',
		refusals: [],
		verdict: 'settled',
		note: "For Owners or Members of a group-connected site, a missing Microsoft 365 Group is refused before sending (CIPP would look the group up with an empty filter). The group field description says CIPP then changes only the Microsoft 365 group, so a user added directly to the site's SharePoint group is removed with Remove Site User.",
	},
	'teamsSharePoint:addSiteAdmin': {
		source: 'Teams-Sharepoint/Invoke-ExecSharePointPerms.ps1 + CIPPCore Set-CIPPSharePointPerms.ps1',
		reads:
			'body tenantFilter, UPN (OneDrive owner, only used when URL is empty), onedriveAccessUser ?? user (string, array or {value}), URL, RemovePermission (Set-CIPPSharePointPerms.ps1:56 `-ne $true`).',
		clears: 'none',
		failure:
			'No user: HTTP 400 (:26-31). Failure before the loop (no OneDrive, scope resolution): HTTP 400 "Failed. Error: Failed to process SharePoint permissions. Error: ..." (:46-49). Per user: HTTP 200 list with "Failed to change access for <u> on <url> - <explanation>" (Set-CIPPSharePointPerms.ps1:104-110), caught by the generic test.',
		async: 'none',
		refusals: [],
		verdict: 'ok',
		note: 'Several admins with one failing: the item fails with the failed line only, although the others were changed (node design, not CIPP).',
	},
	'teamsSharePoint:removeSiteAdmin': {
		source: 'Teams-Sharepoint/Invoke-ExecSharePointPerms.ps1 + CIPPCore Set-CIPPSharePointPerms.ps1',
		reads: 'as addSiteAdmin with RemovePermission true (IsSiteAdmin=false MERGE, :86-99).',
		clears: 'none',
		failure: 'as addSiteAdmin.',
		async: 'none',
		refusals: [],
		verdict: 'ok',
		note: "Note: ensureuser (:93) adds the principal to the site's user list even when removing; harmless.",
	},
	'teamsSharePoint:removeSiteUser': {
		source: 'Teams-Sharepoint/Invoke-ExecRemoveSiteUser.ps1 + CIPPCore Remove-CIPPSPOSiteUser.ps1',
		reads:
			'body tenantFilter, SiteUrls ?? SiteUrl, user.addedFields.LoginName ?? user.value, DisplayName (:18-23). Node sends SiteUrl and user {value,label,addedFields:{LoginName:"i:0#.f|membership|<upn>"}}.',
		clears: 'none',
		failure:
			'No site succeeded: HTTP 400 "Failed to remove <u> from the selected site(s): ..." (:39-48); a site collection admin is refused in that text (Remove-CIPPSPOSiteUser.ps1:56-58).',
		async: 'none',
		refusals: [],
		verdict: 'ok',
		note: 'A guest must be given by its #EXT# UPN (the SharePoint login), not the external mail address.',
	},
	'teamsSharePoint:getSharePointQuota': {
		source: 'Teams-Sharepoint/Invoke-ListSharepointQuota.ps1',
		reads: 'query tenantFilter (:13).',
		clears: 'none',
		failure:
			'Never an HTTP error: any failure gives HTTP 200 {GeoUsedStorageMB:null, TenantStorageMB:null, Percentage:"Not available", Dashboard:"Not available / 100"} (:30-32, :35-47).',
		async: 'none',
		refusals: [],
		output:
			'One object (not an array); `records` wraps it in one item. A failure is an item with Percentage "Not available" (the node description says so).',
		verdict: 'ok',
	},
	'teamsSharePoint:getSharePointSettings': {
		source: 'Teams-Sharepoint/Invoke-ListSharepointSettings.ps1',
		reads: 'query tenantFilter (:16).',
		clears: 'none',
		failure: 'No try/catch (:17): Graph failure is unhandled, HTTP 500.',
		async: 'none',
		refusals: [],
		output: 'Bare array with the Graph beta admin/sharepoint/settings object; `records` fits.',
		verdict: 'ok',
	},
	'teamsSharePoint:provisionOneDrive': {
		source: 'Identity/Administration/Users/Invoke-ExecOnedriveProvision.ps1 + CIPPCore Request-CIPPSPOPersonalSite.ps1',
		reads: 'body UserPrincipalName ?? query; tenantFilter ?? query (:15-16).',
		clears: 'none',
		failure:
			'HTTP 500 {Results:"Failed to request personal site for <u>. Error: ..."} when ProcessQuery fails or IsComplete is false (Request-CIPPSPOPersonalSite.ps1:41-51).',
		async:
			'RequestPersonalSites only queues creation in SharePoint; an unknown UPN is not reported (SharePoint ignores it). The node description says it is created in the background.',
		refusals: [],
		verdict: 'ok',
	},
	'teamsSharePoint:setOneDriveSharing': {
		source: 'Teams-Sharepoint/Invoke-ExecSetOneDriveSharing.ps1 + CIPPCore Set-CIPPOneDriveSharing.ps1',
		reads:
			'body tenantFilter, UPN (Graph users/{UPN}/drive, :24), SharingCapability.value ?? SharingCapability (:14), ValidateSet Disabled/ExternalUserSharingOnly/ExternalUserAndGuestSharing/ExistingExternalUserSharingOnly.',
		clears: 'none',
		failure:
			'ProcessQuery ErrorInfo: HTTP 200 "Failed to set OneDrive sharing for <u> : <text>" (Set-CIPPOneDriveSharing.ps1:54-57), caught by the generic test. Exceptions: HTTP 500 "Failed to set OneDrive sharing: ..." (:26-30).',
		async: 'none',
		refusals: [],
		verdict: 'ok',
	},
	'teamsSharePoint:addOneDriveShortcut': {
		source: 'Identity/Administration/Users/Invoke-ExecOneDriveShortCut.ps1 + CIPPCore New-CIPPOneDriveShortCut.ps1',
		reads:
			'body tenantFilter, username (used in Graph URL users/<username>/drive, :97), userid (not sent, only logged), siteUrl.value (:14-17).',
		clears: 'none',
		failure:
			'HTTP 500 {Results:"Could not add OneDrive shortcut to <u> : ..."} (New-CIPPOneDriveShortCut.ps1:100-105), e.g. "Could not find a SharePoint site matching URL".',
		async: 'none',
		refusals: [],
		verdict: 'ok',
		note: 'An unknown library name silently falls back to the default library (New-CIPPOneDriveShortCut.ps1:69-72); conflictBehavior rename makes a second shortcut "(1)" rather than failing.',
	},
	'teamsSharePoint:getManySiteMembers': {
		source: 'Teams-Sharepoint/Invoke-ListSiteMembers.ps1',
		reads:
			'Query tenantFilter (:20), SiteUrl (:22; SiteId only when no SiteUrl, :21/:27-29), Filter ("External" keeps guests only, :132-134).',
		clears: 'none',
		failure:
			'HTTP 403 {Results: normalized error} (:137-140). When the SharePoint REST calls fail, CIPP falls back to the User Information List by SiteId (:112-130); with only SiteUrl sent that fallback has no site and fails too (403).',
		async: 'none',
		refusals: [],
		output: '{Results: [{Title, Email, LoginName, UserPrincipalName, Group, Type, IsGuest, IsSiteAdmin}]}; resultRecords fits.',
		verdict: 'ok',
	},
	'teamsSharePoint:getManySiteLibraries': {
		source: 'Teams-Sharepoint/Invoke-ListSiteLibraries.ps1',
		reads: 'Query or body tenantFilter, SiteId, SiteUrl (host:path: addressing, :15-28).',
		clears: 'none',
		failure: 'HTTP 400 {Results: "Failed to list document libraries: ..."} (:36-40), also without SiteId and SiteUrl.',
		async: 'none',
		refusals: [],
		output: '{Results: [{Id, Title, Template, WebUrl}]} of the visible documentLibrary/webPageLibrary lists (:26-33); resultRecords fits.',
		verdict: 'ok',
	},
	'teamsSharePoint:getSiteProperties': {
		source: 'Teams-Sharepoint/Invoke-ListSiteProperties.ps1 (Get-CIPPSPOSite)',
		reads: 'Query tenantFilter (:13), SiteUrl (required, :14/:20).',
		clears: 'none',
		failure: 'HTTP 400 {Results: "Failed to get site properties for <url>: ..."} (:44-48).',
		async: 'none',
		refusals: [],
		output:
			'{Results: {Url, Title, Template, SharingCapability..., LockState, Storage*, version policy}} with enum names (:22-42); one item.',
		verdict: 'ok',
	},
	'teamsSharePoint:setSiteLockState': {
		source: 'Teams-Sharepoint/Invoke-ExecSetSiteProperties.ps1 (Set-CIPPSPOSite)',
		reads:
			"Body tenantFilter (:16), SiteUrl (:17), LockState.value ?? LockState (:43, one of Unlock, ReadOnly, NoAccess). The endpoint also reads sharing, storage and version properties, but CIPP's OpenAPI names only LockState, so the node offers the lock state alone.",
		clears: 'none: only the properties sent are set (:31-79).',
		failure:
			'HTTP 400 {Results: "Failed to update site properties for <url>: ..."} for a missing SiteUrl, an invalid value, no property, or a CSOM ErrorInfo (:109-114). LockState is allowed on group-connected sites too (:86).',
		async: 'none',
		refusals: [],
		verdict: 'ok',
	},
	'teamsSharePoint:getManyDeletedSites': {
		source: 'Teams-Sharepoint/Invoke-ListDeletedSites.ps1 (Get-CIPPSPODeletedSites)',
		reads: 'Query tenantFilter (:12).',
		clears: 'none',
		failure: 'HTTP 400 {Results: "Failed to list deleted sites: ..."} (:33-36).',
		async: 'none',
		refusals: [],
		output: '{Results: [{Name, Url, SiteId, Status, DeletionTime, DaysRemaining, StorageMaximumLevel}]} (:21-31); resultRecords fits.',
		verdict: 'ok',
	},
	'teamsSharePoint:restoreDeletedSite': {
		source: 'Teams-Sharepoint/Invoke-ExecRestoreDeletedSite.ps1 (Restore-CIPPSPODeletedSite)',
		reads: 'Body tenantFilter (:14), SiteUrl ?? Url (:15).',
		clears: 'none',
		failure: 'HTTP 400 {Results: "Failed to restore <url>: ..."} (:26-31), also for a missing SiteUrl.',
		async: 'A large site: "Restore of <url> has started. Large sites can take a while to finish restoring." (:19-20), HTTP 200.',
		refusals: [],
		verdict: 'ok',
	},
	'teamsSharePoint:getManyRecycleBinItems': {
		source: 'Teams-Sharepoint/Invoke-ListSiteRecycleBin.ps1',
		reads: 'Query tenantFilter (:12), SiteUrl (required, :13/:17).',
		clears: 'none',
		failure: 'HTTP 400 {Results: "Failed to list the recycle bin for <url>: ..."} (:37-40).',
		async: 'none',
		refusals: [],
		output:
			'{Results: [{Id, Title, LeafName, DirName, ItemType, ItemState, Size, DeletedByName, DeletedDate}]}, newest 500 only ($top=500, :22); resultRecords fits.',
		verdict: 'ok',
		note: 'Only the newest 500 items are listed (said in the description).',
	},
	'teamsSharePoint:restoreRecycleBinItems': {
		source: 'Teams-Sharepoint/Invoke-ExecRestoreRecycleBinItems.ps1',
		reads: 'Body tenantFilter (:14), SiteUrl (:15), Ids (list, :16), ItemNames (list, message only, :17).',
		clears: 'none',
		failure:
			'HTTP 400 {Results: "Failed to restore recycle bin items on <url>: ..."} for a missing SiteUrl, no Ids, or a RestoreByIds failure (all or nothing) (:35-40).',
		async: 'none',
		refusals: [],
		verdict: 'ok',
	},
	'teamsSharePoint:getManySharingLinks': {
		source: 'Teams-Sharepoint/Invoke-ListSharePointSharing.ps1',
		reads: 'Query or body tenantFilter (:18).',
		clears: 'none',
		failure:
			'None: every cache read is in a try that falls back to no rows (:31-40); an unknown tenant or an unsynced cache answers HTTP 200 with no links and summary.linksSynced false.',
		async:
			"Reads CIPP's reporting database (SharePointSharingLinks), not Microsoft: links created since its last sync are missing and revoked ones stay until then (unless revoked with CacheId).",
		refusals: [],
		output:
			'One report {summary, byScope, byLinkType, topSites, topLibraries, topRecipients, links} (:100-131). The node returns one item per entry of links; with none and summary.linksSynced not true, one item with status notSynced.',
		verdict: 'settled',
		note: 'The description says the links come from CIPP\'s cache; an empty, never-synced cache is reported as notSynced instead of "no links".',
	},
	'teamsSharePoint:removeSharingLink': {
		source: 'Teams-Sharepoint/Invoke-ExecRemoveSharingLink.ps1',
		reads:
			'Body tenantFilter (:15), DriveId, ItemId, PermissionId (required, :16-18/:22-24), FileName (message, :19), CacheId (drops the cached report row, :20/:26-32).',
		clears: 'Deletes the permission on the drive item (:25).',
		failure: 'HTTP 400 {Results: "Failed to revoke sharing link[ for <file>]. Error: ..."} (:36-41).',
		async: "Without CacheId the revoked link stays in Get Many Sharing Links until CIPP's next sync (the Cache ID field says so).",
		refusals: [],
		verdict: 'ok',
	},
	'teamsSharePoint:removeSiteSharingLinks': {
		source: 'Teams-Sharepoint/Invoke-ExecBulkRemoveSharingLinks.ps1',
		reads:
			'Body tenantFilter (:17), SiteUrl (:18), Scope.value ?? Scope ?? "Anonymous" (:19; Anonymous, External = anonymous + external, All).',
		clears:
			'Deletes every cached link of the scope on the site (:50-70); links newer than the cache are not touched (said in the description).',
		failure:
			'HTTP 400 {Results: "Failed to bulk revoke sharing links on <url>: ..."} for a missing site, a bad scope, an unreadable cache, or when every deletion failed (:78-80, :83-88). Some deletions failed: HTTP 200 with "Failed: ..." in the text (fails the item, which names the revoked count). Nothing cached for the scope: HTTP 200 "No cached ... sharing links found for <url>. ..." (:40-46), nothing revoked.',
		async: "Works from CIPP's reporting cache only.",
		refusals: ['^No cached .*sharing links found'],
		verdict: 'settled',
		note: '"No cached ... sharing links found" fails the item: nothing was revoked, and links newer than the cache may exist.',
	},
	'teamsSharePoint:getManyExternalUsers': {
		source: 'Teams-Sharepoint/Invoke-ListSharePointExternalUsers.ps1',
		reads: 'Query tenantFilter (:16).',
		clears: 'none',
		failure:
			'HTTP 400 {Results: "Failed to list SharePoint external users: ..."} (:132-136). Sites the app cannot read are skipped silently (:42).',
		async: 'none',
		refusals: [],
		output:
			'{Results: [{DisplayName, InvitedAs, AcceptedAs, LoginName, UniqueId, WhenCreated, InvitedBy, GuestType, InEntra, EntraUserId, Source, Sites}]} (:96-128); resultRecords fits.',
		verdict: 'ok',
	},
	'teamsSharePoint:removeExternalUser': {
		source: 'Teams-Sharepoint/Invoke-ExecRemoveSPOExternalUser.ps1 (Remove-CIPPSPOSiteUser)',
		reads:
			'Body tenantFilter (:17), EntraUserId (:18), LoginName (:19; resolved from EntraUserId when missing, :30-37), SiteUrls (list, :20), DisplayName (message, :21).',
		clears:
			'Removes the guest from the sites given and deletes the Entra guest account (soft delete, :38-55). The SharePoint store entry and sharing links remain (said in the description).',
		failure:
			'HTTP 400 {Results: "Failed to remove guest access for X: ..."} when neither EntraUserId nor SiteUrls is given (:23-25, refused by the node before sending) or when nothing succeeded (:56-58). Partial success: HTTP 200 with " Issues: ..." appended (the text contains "failed", so the item fails with it).',
		async: 'none',
		refusals: [],
		verdict: 'settled',
		note: 'A call without Entra User ID and Site URLs is refused before sending.',
	},
	'teamsSharePoint:getVersionCleanupStatus': {
		source: 'Teams-Sharepoint/Invoke-ListSPOVersionCleanup.ps1 (Get-CIPPSiteVersionCleanupStatus)',
		reads: 'Query or body tenantFilter and SiteUrl (:12-13).',
		clears: 'none',
		failure: 'HTTP 500 {Results: "Failed to retrieve version cleanup status: ..."} (:18-22).',
		async: 'none',
		refusals: [],
		output:
			'{Results: the job progress (Status, VersionsDeleted, StorageReleasedInBytes, ...) + SiteUrl}, or {SiteUrl, Status: NoJob, Message} when none exists; one item.',
		verdict: 'ok',
	},
	'teamsSharePoint:startVersionCleanup': {
		source: 'Teams-Sharepoint/Invoke-ExecSPOVersionCleanup.ps1 (Start-CIPPSiteVersionCleanup)',
		reads:
			'Body tenantFilter, SiteUrl, BatchDeleteMode ([int], default 2 = apply the site policy; 0 = older than days; 1 = count limits), DeleteOlderThanDays, MajorVersionLimit, MajorWithMinorVersionsLimit ([int], default -1 = not used) (:11-15). The node shows only the limits of the chosen mode, each required.',
		clears: 'Permanently deletes file versions (said in the description).',
		failure:
			'HTTP 500 {Results: "Failed to start version cleanup: ..."} including a CSOM rejection ("SharePoint rejected the version cleanup job ...") (:28-33).',
		async: 'SharePoint runs the job in the background; Get Version Cleanup Status follows it.',
		refusals: [],
		verdict: 'ok',
	},
	'teamsSharePoint:getSitePermissions': {
		source: 'Teams-Sharepoint/Invoke-ListSitePermissions.ps1',
		reads: 'Query or body tenantFilter (:12), SiteUrl (required, :13/:19), ListId (a library; empty = the site root web, :14/:24-37).',
		clears: 'none',
		failure: 'HTTP 400 {Results: "Failed to list permissions: ..."} (:71-76).',
		async: 'none',
		refusals: [],
		output:
			'{Results: {HasUniqueRoleAssignments, TargetTitle, TargetType, Assignments: [{PrincipalId, Title, LoginName, Email, UserPrincipalName, PrincipalType, IsGuest, PermissionLevel, RoleDefinitionId, IsSystemManaged}]}} (:64-69). The node gives one item per assignment with the target fields merged in.',
		verdict: 'ok',
	},
	'teamsSharePoint:removeLibraryPermission': {
		source: 'Teams-Sharepoint/Invoke-ExecRemoveLibraryPermission.ps1 (Resolve-CIPPSharePointPermissionScope)',
		reads:
			'Body tenantFilter, SiteUrl (required), ListId (empty = the site root web), LibraryName (message), PrincipalId (required), RoleDefinitionId (one level; empty = every level), PrincipalName ?? Title (message) (:16-22).',
		clears:
			"Removes the matching permission levels (:53-60). A library that still inherits has its inheritance broken first, copying the site's permissions (-EnsureUniqueRoleAssignments, :26): said in the description. Limited Access is never removed (:38-41).",
		failure:
			'HTTP 400 "Failed to remove permission for X. Error: ..." when the principal holds nothing, only Limited Access, or no matching level, or every removal failed (:29-31, :45-50, :73, :76-81). Some levels failed: HTTP 200 with "Failed for ..." in the text (fails the item).',
		async: 'none',
		refusals: [],
		verdict: 'settled',
		note: 'The description says a library that inherits is first given its own copy of the site permissions, so the change stays on that library.',
	},
	'teamsSharePoint:setLibraryInheritance': {
		source: 'Teams-Sharepoint/Invoke-ExecSetLibraryInheritance.ps1',
		reads:
			'Body tenantFilter, SiteUrl, ListId (required), LibraryName (message), Action (Break or Reset), CopyRoleAssignments (missing = true, :21), ClearSubscopes (-eq $true, :22).',
		clears:
			'Reset discards every permission unique to the library (:43-48): said in the description. Break without copying leaves only site collection admins (:37).',
		failure:
			'HTTP 400 "Failed to change permission inheritance on ... Error: ..." for a missing SiteUrl or ListId, another Action, or a SharePoint failure (:24-26, :52-58). Already as asked: HTTP 200 "... nothing to change." (:31, :44); the node reports status noChange.',
		async: 'none',
		refusals: [],
		verdict: 'ok',
	},
	'teamsSharePoint:getManySitePermissionLevels': {
		source: 'Teams-Sharepoint/Invoke-ListSiteRoleDefinitions.ps1',
		reads:
			'Query or body tenantFilter (:11), SiteUrl (required, :12/:15), IncludeUnassignable (-eq $true, :13; not sent, so hidden levels and Limited Access are left out).',
		clears: 'none',
		failure: 'HTTP 400 {Results: "Failed to list permission levels: ..."} (:34-39).',
		async: 'none',
		refusals: [],
		output: '{Results: [{Id, Name, Description, RoleTypeKind, IsCustom}]} sorted by Order (:21-32); resultRecords fits.',
		verdict: 'ok',
	},
	'teamsSharePoint:getManyEmergencyLocations': {
		source: 'Teams-Sharepoint/Invoke-ListTeamsLisLocation.ps1',
		reads: 'Query TenantFilter (:6; sent as tenantFilter, as the OpenAPI spells it; PowerShell is case-insensitive).',
		clears: 'none',
		failure: 'HTTP 403 with [normalized error] (:42-46).',
		async: 'none',
		refusals: [],
		output:
			'Bare array of {LocationId, CivicAddressId, Description, address fields, Elin, IsDefault, ValidationStatus, NumberOfVoiceUsers, NumberOfTelephoneNumbers} (:9-40); recordsOrFail fits.',
		verdict: 'ok',
	},
	'teamsSharePoint:getManySiteActivity': {
		source: 'Teams-Sharepoint/Invoke-ListSiteActivity.ps1',
		reads:
			'Query or body tenantFilter (:15; AllTenants handled at :49, not offered since the contract does not allow it), Type (SharePoint or TeamsSite, else HTTP 400, :26-31), siteId (normalised, :34-39).',
		clears: 'none',
		failure: 'HTTP 400 text when tenantFilter is missing or Type unknown (:19-31); HTTP 500 [{Error}] (:100-105).',
		async: 'none',
		refusals: [],
		output:
			'Bare array of cached SiteActivity rows without OneDrives, sorted by displayName, each with CacheTimestamp (:81-98); records fits.',
		verdict: 'ok',
	},
	'teamsSharePoint:getSiteUserAccess': {
		source: 'Teams-Sharepoint/Invoke-ListSiteUserAccess.ps1',
		reads:
			'Query or body tenantFilter, SiteUrl (required), ListId (optional library), UserPrincipalName (required; looked up with Graph /users/{id}, so an object ID works too) (:34-43).',
		clears: 'none',
		failure: 'HTTP 400 {Results: "Failed to check access: ..."} (:200-205), e.g. user not found or site unknown.',
		async: 'none',
		refusals: [],
		output:
			'{Results: {UserPrincipalName, DisplayName, IsGuest, TargetType, TargetLabel, LibraryInherits, HasAccess, AccessPathCount, SharingLinksChecked, Paths: [{Route, Via, PermissionLevel, AppliesTo, IsSystemManaged, GrantsRealAccess}]}} (:187-198); the node gives one item per path with the summary merged in, or the summary alone when there is no path.',
		verdict: 'ok',
	},
	'teamsSharePoint:getManySharePointTemplates': {
		source: 'Teams-Sharepoint/Invoke-ListSharePointTemplates.ps1',
		reads: 'Nothing: every row of the templates table with PartitionKey SharePointTemplate (:19-20).',
		clears: 'none',
		failure:
			'HTTP 200 JSON text [{Results: "Failed to list SharePoint templates: ..."}] (:57-66); the node fails the item with those words.',
		async: 'none',
		refusals: [],
		output:
			'HTTP 200 JSON text (ConvertTo-Json) of [{TemplateId, Timestamp, ...template JSON, SiteTemplateCount, LibraryCount}] (:22-46, :65); parsed, one item per template.',
		verdict: 'settled',
		note: 'CIPP reports a failed listing as HTTP 200; the node turns it into a failed item.',
	},
	'teamsSharePoint:getPermissionsReport': {
		source: 'Teams-Sharepoint/Invoke-ListSharePointPermissions.ps1',
		reads: 'Query or body tenantFilter (:29); cached SharePointPermissions rows only (:47-58), no live scan.',
		clears: 'none',
		failure: 'None: cache errors give an empty report with permissionsSynced false (:46-58).',
		async: 'none',
		refusals: [],
		output:
			'One object {summary, byPermissionLevel, byPrincipalType, byBroadClaim, topSitesByUniqueLibraries, skippedSites, assignments} (:120-157); one item.',
		verdict: 'ok',
	},
	'teamsSharePoint:setLibraryPermission': {
		source: 'Teams-Sharepoint/Invoke-ExecSetLibraryPermission.ps1 (Resolve-CIPPSharePointPermissionScope)',
		reads:
			"Body tenantFilter, SiteUrl (required, :49), ListId (empty = the site root web), LibraryName (message), PermissionLevel (read/contribute/design/fullControl/edit, :40-46), RoleDefinitionId (wins over PermissionLevel, :51-55), PrincipalId + PrincipalName (:61-68), Mode (Add or Replace; missing = Add, :34), Users (list of {value: UPN}, :69-77), Groups (list of {value: id, label, addedFields.groupTypes}, 'Unified' picks the Microsoft 365 claim, :78-93).",
		clears:
			"Replace removes every other level the principal holds on that scope except Limited Access (:122-133). A library that still inherits has its inheritance broken first, copying the site's permissions (:100): both said in the description.",
		failure:
			'HTTP 400 "Failed to set permission on ... Error: ..." for a missing SiteUrl, no level or no principal (:49, :56, :94-96, :179-185); HTTP 400 with "Failed for X - ..." when no principal was granted (:172-178). Some granted and some failed: HTTP 200 with "Failed for ..." in the text, which fails the item.',
		async: 'none',
		refusals: [],
		verdict: 'settled',
		note: "The node reads each group's groupTypes first (CIPP would give a Microsoft 365 group the security-group claim without it), refuses an item without any principal before sending, and leaves PermissionLevel out when a custom level ID is given (CIPP would name the wrong level in its message, :145).",
	},
	'teamsSharePoint:deploySharePointTemplate': {
		source:
			'Teams-Sharepoint/Invoke-ExecSharePointTemplate.ps1 (Deploy, :132-177; CIPPCore/Public/Invoke-CIPPSharePointTemplateDeploy.ps1)',
		reads: 'Query or body Action (:20); body TemplateId (:134), SiteOwner (a UPN string, :135), tenantFilter (required, :141-144).',
		clears: 'none: creates the sites, Teams and libraries the template holds.',
		failure:
			'HTTP 400 JSON text [{Results: "Failed to queue template deployment: ..."}] for an unknown template, no owner or no tenant (:137-144, :173-176).',
		async:
			"Queued on CIPP's durable orchestrator (:146-166): the answer gives DeploymentId; the node reports status queued with deploymentId and Get SharePoint Template Deployment follows it.",
		refusals: [],
		output: 'JSON text of [{Results, DeploymentId}] (:168-171, :204): parsed, then read as the {Results} envelope.',
		verdict: 'ok',
	},
	'teamsSharePoint:getSharePointTemplateDeployment': {
		source: 'Teams-Sharepoint/Invoke-ExecSharePointTemplate.ps1 (DeployStatus, :178-187; CIPPCore/Public/Get-CIPPAsyncDeployment.ps1)',
		reads: 'Query or body Action (:20) and DeploymentId (required, :180-181).',
		clears: 'none',
		failure: 'HTTP 400 JSON text [{Results: "Failed to get deployment status: ..."}] (:183-186). An unknown ID gives an empty list.',
		async: 'none',
		refusals: [],
		output: 'JSON text of [{Name (the tenant), Source, Status, Steps, Logs}] (Get-CIPPAsyncDeployment): parsedRecords, one item per row.',
		verdict: 'ok',
	},
	'teamsSharePoint:deleteSharePointTemplate': {
		source: 'Teams-Sharepoint/Invoke-ExecSharePointTemplate.ps1 (Delete, :90-114)',
		reads: 'Query or body Action (:20); body TemplateId ?? query TemplateId (:92).',
		clears: 'none',
		failure: 'HTTP 500 JSON text [{Results: "Failed to delete template: ..."}] (:107-113).',
		async: 'none',
		refusals: ['^No template found with the provided ID$'],
		output:
			'JSON text of [{Results}] (:98-106): parsed, then read as the {Results} envelope; the HTTP-200 "No template found with the provided ID" (:103-105) fails the item.',
		verdict: 'ok',
	},
	'teamsSharePoint:createSharePointTemplate': {
		source: 'Teams-Sharepoint/Invoke-ExecSharePointTemplate.ps1 (Save, :24-89)',
		reads:
			'Query or body Action (:20); body TemplateId (edits that template, :36-43; not sent), and the whole body stored as the template except Action, TemplateId, GUID and audit fields (:46): the node sends templateName and siteTemplates ([{displayName, siteType, libraries, permissions: [{principal, permissionLevel}]}], read by Invoke-CIPPSharePointTemplateDeploy.ps1).',
		clears: 'none for a new template (a TemplateId would replace that template whole; not offered).',
		failure:
			'HTTP 400 JSON text [{Results: "Cannot save template: the following site templates have no root-level permission objects: ..."}] (:27-33): the node refuses such a template before sending. HTTP 500 [{Results: <exception text>}] otherwise (:82-88).',
		async: 'none',
		refusals: [],
		output: "JSON text of [{Results: 'Template Saved', Metadata: {TemplateName, TemplateId}}] (:71-79): the node adds templateId.",
		verdict: 'ok',
	},
};
