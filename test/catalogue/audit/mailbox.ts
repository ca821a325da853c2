import type { AuditRecord } from './types';

/**
 * Mailbox, read against CIPP-API (/work/cipp-api, paths relative to
 * `Modules/CIPPHTTP/Public/Entrypoints/HTTP Functions/`). Node files: nodes/Cipp/actions/mailbox/.
 */
const ADMIN = 'Email-Exchange/Administration';
const REPORTS = 'Email-Exchange/Reports';
const TOOLS = 'Email-Exchange/Tools';

/** The three Exchange Online Protection policy lists are one script each, the same but for the cmdlets. */
function protectionPolicyRecord(endpoint: string, cmdlet: string): AuditRecord {
	return {
		source: `${REPORTS}/Invoke-${endpoint}.ps1`,
		reads: 'Query tenantFilter (:13; TenantFilter in ListAntiPhishingFilters, case-insensitive).',
		clears: 'none',
		failure: 'No try/catch (:13-25): an Exchange failure is an unhandled HTTP 500 with the exception text, which the transport fails.',
		async: 'none',
		refusals: [],
		output: `Bare array of Get-${cmdlet}Policy objects (every property) with RuleName, Priority, RecipientDomainIs, State from the Get-${cmdlet}Rule of the same name (:16-21; empty for a policy without a rule); records fits.`,
		verdict: 'ok',
	};
}

export const audit: Record<string, AuditRecord> = {
	'mailbox:getManyAntiPhishingPolicies': protectionPolicyRecord('ListAntiPhishingFilters', 'AntiPhish'),
	'mailbox:getManyMalwarePolicies': protectionPolicyRecord('ListMalwareFilters', 'MalwareFilter'),
	'mailbox:getManySafeAttachmentsPolicies': protectionPolicyRecord('ListSafeAttachmentsFilters', 'SafeAttachment'),
	'mailbox:getMany': {
		source: `${ADMIN}/Invoke-ListMailboxes.ps1`,
		reads:
			'Query tenantFilter (:13); UseReportDB (:15, switches to the report database, not offered); Anr, Archive, Filter, GroupMailbox, PublicFolder, RecipientTypeDetails, SoftDeletedMailbox, Identity from the query (:44-74, not in the OpenAPI, not offered).',
		clears: 'none',
		failure:
			'Exchange failure (wrong tenant, no Exchange role): HTTP 403 with the normalized error as the only array entry (:112-120); the transport fails the item.',
		async: 'none (live Get-Mailbox plus Get-OrganizationConfig, :76-108).',
		refusals: [],
		output:
			'Bare array of {Id, ExchangeGuid, ArchiveGuid, WhenSoftDeleted, UPN, displayName, primarySmtpAddress, ArchiveEnabled, AutoExpandingArchive(+Scope), recipientType(+Details), AdditionalEmailAddresses, ForwardingSmtpAddress, InternalForwardingAddress, DeliverToMailboxAndForward, HiddenFromAddressListsEnabled, ExternalDirectoryObjectId, IsDirSynced, MessageCopyFor*, LitigationHold*, LicensedForLitigationHold, ComplianceTagHoldApplied, RetentionHoldEnabled, InPlaceHolds, RetentionPolicy} (:82-107); records gives one item per mailbox.',
		verdict: 'ok',
		note: 'AllTenants works only through UseReportDB (Get-CIPPMailboxesReport); the live path would send AllTenants to Exchange, so the node offers a single tenant.',
	},

	'mailbox:getManyForwarding': {
		source: `${REPORTS}/Invoke-ListMailboxForwarding.ps1`,
		reads: 'Query tenantFilter (:13); UseReportDB (:15, not offered).',
		clears: 'none',
		failure: 'Exchange failure: HTTP 403 with the normalized error as the only entry (:80-84).',
		async: 'none',
		refusals: [],
		output:
			'Bare array of {UPN, DisplayName, PrimarySmtpAddress, RecipientTypeDetails, ForwardingType (External when ForwardingSmtpAddress is set, else Internal), ForwardTo, ForwardingSmtpAddress, InternalForwardingAddress, DeliverToMailboxAndForward}, only mailboxes that forward (:43-77); records fits; inbox-rule forwarding is not included (that is Get Many Rules).',
		verdict: 'ok',
	},
	'mailbox:getManySharedWithSignIn': {
		source: `${REPORTS}/Invoke-ListSharedMailboxAccountEnabled.ps1`,
		reads: 'Query tenantFilter (:13); UseReportDB (:14, not offered).',
		clears: 'none',
		failure:
			'Any failure (Exchange or Graph) is caught and answered HTTP 500 with the body [null] (:57-63): the transport fails the item on the 500, so a failed read is never an empty list.',
		async: 'none',
		refusals: [],
		output:
			'Bare array of {UserPrincipalName, displayName, givenName, surname, accountEnabled (always true), assignedLicenses, id, onPremisesSyncEnabled} for shared mailboxes whose Entra account is enabled (:33-56); nothing when there is none; records fits.',
		verdict: 'ok',
	},
	'mailbox:getManyActiveSyncDevices': {
		source: `${REPORTS}/Invoke-ListActiveSyncDevices.ps1`,
		reads: 'Query TenantFilter (:13; sent as tenantFilter as the OpenAPI spells it).',
		clears: 'none',
		failure: 'Exchange failure: HTTP 403 with the normalized error as the only entry (:36-40).',
		async: 'none',
		refusals: [],
		output:
			'Bare array of Get-MobileDevice rows {userDisplayName, userPrincipalName (first part of Identity), deviceFriendlyName, deviceModel, deviceOS, deviceType, clientType, clientVersion, deviceAccessState, firstSyncTime, lastSyncAttemptTime, lastSuccessSync (yyyy-MM-ddTHH:mm:ssZ), syncInfoNote, deviceID, identity, Guid} (:15-34); records fits.',
		verdict: 'ok',
	},
	'mailbox:getGlobalAddressList': {
		source: `${REPORTS}/Invoke-ListGlobalAddressList.ps1`,
		reads: 'Query tenantFilter (:13).',
		clears: 'none',
		failure: 'Exchange failure: HTTP 403 with the normalized error as the only entry (:20-24).',
		async: 'none',
		refusals: [],
		output:
			'Bare array of Get-Recipient rows sorted by DisplayName {Identity, DisplayName, Alias, PrimarySmtpAddress, ExternalDirectoryObjectId, HiddenFromAddressListsEnabled, EmailAddresses, IsDirSynced, SKUAssigned, RecipientType, RecipientTypeDetails, AddressListMembership, ...} (:15-18); hidden recipients are included; records fits.',
		verdict: 'ok',
	},
	'mailbox:runCmdlet': {
		source: 'Email-Exchange/Tools/Invoke-ListExoRequest.ps1',
		reads:
			'Body Cmdlet (:18; the verb before "-" must be Get or Search, :12-15, :50), cmdParams (:19, an object; the OpenAPI says string), TenantFilter (:21), Select, Anchor, Compliance (:57-70); AvailableCmdlets, AsApp, UseSystemMailbox not offered.',
		clears: 'none: only Get-* and Search-* cmdlets run.',
		failure:
			'Another verb: HTTP 400 "Invalid cmdlet: <Cmdlet>" (:50-57). A failing cmdlet: HTTP 200 with Results [{Error: <normalized>}] (:76-80), which the node fails. An unexpected error is only logged and the answer is HTTP 200 with "null" (:83-85).',
		async: 'none',
		refusals: [],
		output:
			'ConvertTo-Json -Compress text of {Results: <cmdlet output>} (:86-89): one object or a list; the node parses it and gives one item per object.',
		verdict: 'settled',
		note: 'The cmdlet name is checked (Get-/Search-) before sending; the HTTP-200 {Error} answer fails the item. CIPP only requires CIPP.Core.Read for it, so any API client that can read CIPP can read any Exchange data this way.',
	},
	'mailbox:createShared': {
		source: `${ADMIN}/Invoke-AddSharedMailbox.ps1`,
		reads:
			'Body tenantID (:9, not tenantFilter), displayName (:16), username (:17), domain (:14), addedAliases split at line breaks (:10; the node joins its comma or line list with line breaks).',
		clears: 'none',
		failure:
			'New-Mailbox failure (domain not accepted, address in use, no Exchange role): HTTP 403 Results ["Failed to create shared mailbox. ..."] (:57-63). After creation, a failed sign-in block or alias step is one more line "Failed to block sign-in ..." / "Failed to add aliases ..." with HTTP 200 (:29-34, :49-54): the item fails with all lines, which say the mailbox itself was created.',
		async: 'none (waits 3 s before adding aliases, :39).',
		refusals: [],
		verdict: 'ok',
	},
	'mailbox:getManyPermissions': {
		source: `${ADMIN}/Invoke-ListmailboxPermissions.ps1`,
		reads: 'Query tenantFilter (:13), userId (:14); UseReportDB, ByUser, User (:16-18, the report-database path, not offered).',
		clears: 'none',
		failure:
			'Exchange failure: HTTP 403 with the normalized error as the only entry (:97-105). An empty userId would list the permissions of every mailbox (Get-Mailbox without Identity); the node requires the mailbox.',
		async: 'none (one New-ExoBulkRequest of Get-Mailbox, Get-MailboxPermission, Get-RecipientPermission, :51-72).',
		refusals: [],
		output:
			'Bare array of {User, Permissions}: Send on Behalf rows from GrantSendonBehalfTo ("SendOnBehalf"), Full Access rows from Get-MailboxPermission (AccessRights joined with ", "), Send As rows from Get-RecipientPermission (Permissions left as a list) (:73-95); NT AUTHORITY\\SELF rows included. records gives one item per row.',
		verdict: 'ok',
	},
	'mailbox:updatePermissions': {
		source: `${ADMIN}/Invoke-ExecModifyMBPerms.ps1 (Set-CIPPMailboxPermission -AsCmdletObject, CIPPCore/Public/Set-CIPPMailboxPermission.ps1)`,
		reads:
			'Body in the legacy single-mailbox shape (:29-35): userID, tenantFilter, permissions[] of {UserID (string, list, or {value}), PermissionLevel (comma-separated), Modification (Remove, else Add), AutoMap (true when absent)} (:100-110). Bare-array and mailboxRequests shapes not used.',
		clears:
			'none: each change is one Add-/Remove-MailboxPermission, Add-/Remove-RecipientPermission or Set-Mailbox GrantSendonBehalfTo add/remove (helper :35-119).',
		failure:
			'Always HTTP 200 (except 400 "No mailbox requests provided", :37-45): the mailbox not found in Graph -> Results ["Could not find user <userID>"] (:80-86); nothing valid -> ["No valid permission changes to process"] (:176-183); each failed change -> "Error processing <level> for <user> on <mailbox>: ..." (:203, :247, :262). Levels outside the eight supported, or Add of a remove-only level, are skipped silently (:137, helper :104-117).',
		async: 'none; the permission report cache is synced after success (:269-277).',
		refusals: ['^Could not find user ', '^No valid permission changes to process', '^Skipped mailbox with missing userID'],
		verdict: 'settled',
		note: "The node offers only Full Access, Send As and Send on Behalf (the levels CIPP can add), so nothing is skipped silently; CIPP's HTTP-200 refusals fail the item; AutoMap is only sent with Grant.",
	},
	'mailbox:getManyRules': {
		source: `${ADMIN}/Invoke-ListMailboxRules.ps1 (queue: CIPPActivityTriggers/.../Push-ListMailboxRulesQueue.ps1)`,
		reads: 'Query tenantFilter (:13, AllTenants handled :75-80); UseReportDB (:15, not offered).',
		clears: 'none',
		failure:
			'Unexpected failure: HTTP 403 with the normalized error (:146-155). A tenant the queue could not read is cached as a row {Name: "Could not connect to tenant ..."}; one without rules as {Name: "No rules found"} (queue).',
		async:
			'Served from table cachembxrules, rows younger than an hour (:74-82); when empty CIPP starts ListMailboxRulesOrchestrator and answers Results [] with Metadata.QueueMessage "Loading data for <tenant>. Please check back in 1 minute" (:95-121). Set/Remove update the report database (Update-/Remove-CIPPDbItem), not this table, so a changed rule shows as it was until the hour is up.',
		refusals: [],
		output:
			'{Results: [Get-InboxRule objects + Tenant], Metadata} (:124-144). The node reads it with cachedRecords (one "loading" item while the cache fills), drops the "No rules found" placeholder and fails the item for a "Could not connect" row.',
		verdict: 'settled',
		note: 'The hourly cache and the stale view after a change are said in the description; the placeholder rows are not passed on as rules.',
	},
	'mailbox:setRule': {
		source: `${ADMIN}/Invoke-ExecSetMailboxRule.ps1 (Set-CIPPMailboxRule, CIPPCore/Public/Set-CIPPMailboxRule.ps1)`,
		reads:
			'Body TenantFilter (:16), ruleName (:17, only printed), ruleId (:18, the -Identity), userPrincipalName (:19, the anchor), Enable and Disable (-as [bool], :20-21).',
		clears: 'none',
		failure:
			'Neither Enable nor Disable: throw outside any try, an unhandled HTTP 500 (:33-37). An Exchange failure: Set-CIPPMailboxRule throws "Could not set mailbox rule ... Error: ..." (helper :39-42), also unhandled in the endpoint (:39): HTTP 500 with that text.',
		async: 'none; the report database row is updated, the cachembxrules table Get Many Rules reads is not (helper :28-36).',
		refusals: [],
		verdict: 'settled',
		note: 'The node always sends exactly one of Enable/Disable, and sends the rule as ruleName too (CIPP only prints it).',
	},
	'mailbox:deleteRule': {
		source: `${ADMIN}/Invoke-ExecRemoveMailboxRule.ps1 (Remove-CIPPMailboxRule, CIPPCore/Public/Remove-CIPPMailboxRule.ps1)`,
		reads:
			'Query or body TenantFilter (:13), ruleName (:14, only printed), ruleId (:15), userPrincipalName (:16, the anchor); a retry anchors on the first part of ruleId (:17, helper :42-50).',
		clears: 'none',
		failure: 'Exchange failure: HTTP 500 Results "Failed to delete rule for <user>. Error: ..." (helper :60-65, endpoint :24-27).',
		async: 'none; the report database row is removed, the cachembxrules table is not.',
		refusals: [],
		verdict: 'ok',
	},
	'mailbox:setHiddenFromGal': {
		source: `${ADMIN}/Invoke-ExecHideFromGAL.ps1 (Set-CIPPHideFromGAL in CIPPCore/Public/Set-CIPPHideFromGAL.ps1)`,
		reads:
			'Query or body ID (:17), tenantFilter (:18), HideFromGAL through [System.Convert]::ToBoolean (:19-20; a missing value is false, so the node always sends a JSON boolean).',
		clears: 'none: Set-Mailbox with Identity and HiddenFromAddressListsEnabled only.',
		failure: 'Exchange failure: HTTP 403 with Results "Failed to set <ID> to hidden in GAL. Error: ..." (helper :16-20, endpoint :26-29).',
		async: 'none',
		refusals: [],
		verdict: 'ok',
	},
	'mailbox:setLitigationHold': {
		source: `${ADMIN}/Invoke-ExecSetLitigationHold.ps1`,
		reads:
			'Body tenantFilter (:16), disable (`-not $disable -as [bool]`, :17: any non-empty string counts as true, so the node sends a JSON boolean), Identity (:18), UPN (:19, only printed), days (-as [int], :20).',
		clears:
			'none: LitigationHoldDuration is only sent when days is not 0 and the hold is turned on (:33-35); without days the current duration stays.',
		failure:
			'Set-Mailbox failure (e.g. no Exchange Online Plan 2 or archiving licence): HTTP 500 "Could not set litigation hold for <UPN> with Id <Identity> to True. Error: ..." (:46-50).',
		async: 'none',
		refusals: [],
		verdict: 'settled',
		note: 'CIPP prints UPN in its answer but only the Identity reaches Exchange: the node sends the mailbox in both, so the message names it instead of leaving a gap.',
	},
	'mailbox:setRetentionHold': {
		source: `${ADMIN}/Invoke-ExecSetRetentionHold.ps1`,
		reads: 'Body tenantFilter (:16), disable (`-not ... -as [bool]`, :17), Identity (:18), UPN (:19, only printed).',
		clears: 'none: Set-Mailbox RetentionHoldEnabled only (:22-29).',
		failure: 'Set-Mailbox failure: HTTP 500 "Could not set retention hold for <UPN> with Id <Identity> to <state>. Error: ..." (:38-42).',
		async: 'none',
		refusals: [],
		verdict: 'settled',
		note: 'As Set Litigation Hold: the mailbox is sent as UPN too, which CIPP only prints.',
	},
	'mailbox:enableAutoExpandingArchive': {
		source: `${ADMIN}/Invoke-ExecEnableAutoExpandingArchive.ps1 (Set-CIPPMailboxArchive -AutoExpandingArchive, CIPPCore/Public/Set-CIPPMailboxArchive.ps1)`,
		reads: 'Body ID (:14), tenantFilter (:15), username (:16, only printed; blank falls back to ID).',
		clears: 'none: Enable-Mailbox -AutoExpandingArchive (helper :16-18); there is no way back in Exchange.',
		failure:
			'Exchange failure: HTTP 500 "Failed to set auto-expanding archive for <username>. Error: ..." (helper :26-31, endpoint :20-23).',
		async: 'none (Exchange expands the archive later by itself).',
		refusals: [],
		verdict: 'ok',
	},
	'mailbox:setCopyForSent': {
		source: `${ADMIN}/Invoke-ExecCopyForSent.ps1 (Set-CIPPMessageCopy, CIPPCore/Public/Set-CIPPMessageCopy.ps1)`,
		reads: 'Query or body tenantFilter (:16), ID (:17), messageCopyState through [System.Convert]::ToBoolean (:18-19; missing is false).',
		clears:
			'Both MessageCopyForSentAsEnabled and MessageCopyForSendOnBehalfEnabled are set to the one value (:27-28): they cannot differ through CIPP (said in the description).',
		failure: 'Exchange failure: HTTP 500 "Failed to set message copy for ... - <error>" (helper :22-26).',
		async: 'none',
		refusals: [],
		verdict: 'ok',
	},
	'mailbox:setCasSettings': {
		source: `${ADMIN}/Invoke-ExecSetCASMailbox.ps1`,
		reads:
			'Body tenantFilter (:13), Identity (:14), DisplayName (:15, only printed; Identity when missing), and each of OWAEnabled, ECPEnabled, IMAPEnabled, POPEnabled, MAPIEnabled, EWSEnabled, ActiveSyncEnabled, SmtpClientAuthenticationDisabled by name in a loop (:19-39, [System.Convert]::ToBoolean; a missing one is not sent). These are not in the OpenAPI: declared in test/contract/beyondSpec/exchangeMailbox.ts.',
		clears: 'none: Set-CASMailbox gets only the protocols supplied (:35-39).',
		failure:
			'No protocol supplied (or only SmtpClientAuthenticationDisabled=false): HTTP 400 "No CAS protocol settings were supplied." or the SMTP warning (:48-55); a value ToBoolean cannot read: HTTP 500; Exchange failure: HTTP 500 "Failed to set CAS settings for <DisplayName>. Error: ..." (:67-72).',
		async: 'none',
		refusals: [],
		verdict: 'settled',
		note: 'SmtpClientAuthenticationDisabled=false is refused before sending (CIPP drops it with a warning, :42-46: it can only turn SMTP AUTH off); the mailbox is also sent as DisplayName so CIPP names it.',
	},
	'mailbox:scheduleOutOfOffice': {
		source: `${ADMIN}/Invoke-ExecScheduleOOOVacation.ps1 (Add-CIPPScheduledTask, Set-CIPPVacationOOO)`,
		reads:
			'Body tenantFilter (:14), Users as a list of {value} / {addedFields.userPrincipalName} (:15, :22; a bare text has no .value and becomes an empty user), internalMessage, externalMessage (:16-17), startDate, endDate as Unix seconds (:18-19, :30-31), CreateOOFEvent, AutoDeclineFutureRequestsWhenOOF, DeclineEventsForScheduledOOF by truthiness (:44-56), OOFEventSubject, DeclineMeetingMessage when not blank (:47-59), postExecution, reference (:68-69).',
		clears: 'none now; at the end date the Remove task turns automatic replies off whatever the user set meanwhile (:72-86).',
		failure: 'No user: HTTP 500 "Failed to schedule OOO vacation mode: At least one user is required." (:24, :90-94).',
		async:
			'Two scheduled tasks (Add at startDate, Remove at endDate; a missing date runs at once): the change happens later, listed by Administration → Get Many Scheduled Items.',
		refusals: [],
		verdict: 'settled',
		note: "The OpenAPI types Users as text; the node sends CIPP's [{value, label}] list of checked UPNs (json). Both dates are required and the end must follow the start (CIPP does not check: an earlier end would undo before it does).",
	},
	'mailbox:scheduleForwarding': {
		source: `${ADMIN}/Invoke-ExecScheduleForwardingVacation.ps1 (Add-CIPPScheduledTask, Set-CIPPVacationForwarding)`,
		reads:
			'Body tenantFilter (:15), Users ({value} or bare text, :16, :24), forwardOption (:17, switch: internalAddress or ExternalAddress, case-insensitive), ForwardInternal.value ?? ForwardInternal (:18), ForwardExternal (:19), KeepCopy through [System.Convert]::ToBoolean (:20, missing is false), startDate, endDate (:21-22), postExecution, reference (:67-68).',
		clears: 'none now; at the end date the Remove task removes the forwarding of each user, including forwarding set before (:71-84).',
		failure:
			'No user, an unknown option or a missing target: HTTP 500 "Failed to schedule forwarding vacation mode: <reason>" (:26-58, :88-93).',
		async: 'Two scheduled tasks (Add at startDate, Remove at endDate), listed by Administration → Get Many Scheduled Items.',
		refusals: [],
		verdict: 'settled',
		note: 'The target is sent in the field of the chosen option only (ForwardInternal as {value, label}); both dates are required and the end must follow the start; Keep Copy is sent as a JSON boolean.',
	},
	'mailbox:scheduleDelegateAccess': {
		source: `${ADMIN}/Invoke-ExecScheduleMailboxVacation.ps1 (Add-CIPPScheduledTask, Set-CIPPMailboxVacation)`,
		reads:
			'Body tenantFilter (:15), mailboxOwners and delegates as lists of {value} (:16-17, :27-28), permissionTypes (.value ?? text, :18, :38), autoMap ([bool], true when missing, :19), includeCalendar ([bool], :20), calendarPermission.value ?? calendarPermission (:21), canViewPrivateItems (:22), startDate, endDate (:23-24), postExecution, reference (:96-97).',
		clears: 'none now; at the end date the Remove task removes every permission it granted (:102-124).',
		failure:
			'A missing list: HTTP 500 "Failed to schedule mailbox vacation mode: Mailbox owners, delegates, and permission types are required." (:30-32); with a calendar permission, Get-MailboxFolderStatistics runs per owner at once and an Exchange failure answers HTTP 500 the same way (:54-57, :128-132).',
		async:
			'Two scheduled tasks (Add at startDate, Remove at endDate) for every owner x delegate x permission, listed by Administration → Get Many Scheduled Items.',
		refusals: [],
		verdict: 'settled',
		note: 'includeCalendar is always sent true: CIPP adds calendar permissions only when Calendar Permission is also given (:51). Lists are checked UPNs sent as [{value, label}] (the OpenAPI types them as text); the end must follow the start.',
	},
	'mailbox:getManyContactPermissions': {
		source: `${ADMIN}/Invoke-ListContactPermissions.ps1`,
		reads: 'Query UserID (:14), tenantFilter (:15).',
		clears: 'none (read).',
		failure: 'Any failure: HTTP 403 with the normalized error as the only row (:26-30).',
		async: 'none',
		refusals: [],
		output:
			'Get-MailboxFolderPermission rows of the contacts folder found by Get-MailboxFolderStatistics -FolderScope Contacts (:18-22): Identity, User, AccessRights, FolderName, MailboxInfo (Get-Mailbox).',
		verdict: 'ok',
	},
	'mailbox:updateContactPermissions': {
		source: `${ADMIN}/Invoke-ExecModifyContactPerms.ps1 (Set-CIPPContactPermission, CIPPCore/Public/Set-CIPPContactPermission.ps1)`,
		reads:
			'Body userID (:52; a GUID, else looked up in Graph, :69-75), tenantFilter (:54), permissions (:55): per entry PermissionLevel.value ?? PermissionLevel (:103), Modification (:104), FolderName (:106, default "Contact"), SendNotificationToUser (:107), UserID as a list of {value} or text (:112).',
		clears: 'none: Set- (or Add-) / Remove-MailboxFolderPermission for each listed user only (helper :31-43).',
		failure:
			'No userID: HTTP 400 ["Username is required"] (:59-66); user not found: HTTP 404 ["Failed to get user ID: ..."] (:76-84); any user failing: HTTP 500 with every message (:136-139, :150-152); no entries: HTTP 500 "No results were generated ..." (:143-147).',
		async: 'none',
		refusals: [],
		verdict: 'settled',
		note: 'CIPP\'s default FolderName is "Contact" (:106), a folder no mailbox has: the node always sends the folder (Folder Name, default "Contacts"). One permission entry per item.',
	},
	'mailbox:setQuota': {
		source: `${ADMIN}/Invoke-ExecSetMailboxQuota.ps1`,
		reads:
			'Body user (:15), tenantfilter (:16, lower case as the OpenAPI spells it), quota (:17), and which quota from the truthiness of ProhibitSendQuota, ProhibitSendReceiveQuota, IssueWarningQuota (:19-33).',
		clears:
			'none, but each Set-Mailbox call overwrites $quota with its (empty) answer (:20, :25, :30): with two quota flags the second is sent an empty size. The node sends exactly one flag (its Quota choice).',
		failure:
			'Any Exchange failure is caught and answered HTTP 200 with Results ["Could not adjust mailbox quota for <user>. Error: <raw exception>"] (:34-37); nothing at all sent yields Results [null].',
		async: 'none',
		refusals: ['^Could not adjust mailbox quota'],
		verdict: 'settled',
		note: 'One quota per call (CIPP sends the second of two quotas an empty size); the size is checked (number with B/KB/MB/GB/TB, or Unlimited) before sending; the HTTP-200 failure text fails the item (it also contains "Error").',
	},
	'mailbox:setRecipientLimits': {
		source: `${ADMIN}/Invoke-ExecSetRecipientLimits.ps1`,
		reads: 'Body tenantFilter (:16), recipientLimit (:17), Identity (:18), userid (:19, only printed).',
		clears: 'none: Set-Mailbox RecipientLimits only (:22-29).',
		failure:
			'Exchange failure (e.g. a limit outside 1-1000): HTTP 500 "Could not set recipient limit for <userid> to <n>. Error: ..." (:38-42).',
		async: 'none',
		refusals: [],
		verdict: 'settled',
		note: 'The limit is checked (whole number 1-1000) before sending; the mailbox is sent as userid too, which CIPP only prints.',
	},
	'mailbox:setMaxMessageSize': {
		source: `${ADMIN}/Invoke-ExecSetMailboxEmailSize.ps1 (Set-CippMaxEmailSize, CIPPCore/Public/Set-CippMaxEmailSize.ps1)`,
		reads:
			'Body tenantFilter (:6), UPN (:7, printed; identity only when id is missing), id (:8, the identity), maxSendSize and maxReceiveSize in MB (:9-10; blank ones are dropped, :21-22; [ValidateRange(1, 150)] [Int32] in the helper).',
		clears: 'none: a size left out is not sent to Set-Mailbox (helper :27-28).',
		failure:
			'No size at all: the helper throws "No max send or receive size provided ..." (helper :20-24) -> HTTP 500 "Failed to set mailbox email max size for <UPN>. Error: ..."; a size outside 1-150 fails parameter binding -> HTTP 500 with PowerShell\'s text; an Exchange failure -> HTTP 500 "Failed to set mailbox email max size ..." (:23-29).',
		async: 'none',
		refusals: [],
		verdict: 'settled',
		note: "Sizes are checked (whole MB, 1-150) before sending; the mailbox is sent as UPN too, which CIPP prints. Without any size CIPP's HTTP 500 fails the item with its own words.",
	},
	'mailbox:getManyMobileDevices': {
		source: `${ADMIN}/Invoke-ListMailboxMobileDevices.ps1`,
		reads: 'Query tenantFilter (:3), Mailbox (:4; base64-encoded into the Exchange admin API URL, :7-8).',
		clears: 'none',
		failure: 'Exchange failure (unknown mailbox, no Exchange role): HTTP 403 with the normalized error as the only entry (:24-27).',
		async: 'none',
		refusals: [],
		output:
			'Bare array of {clientType, clientVersion, deviceAccessState, deviceFriendlyName ("Unknown" when blank), deviceModel, deviceOS, deviceType, firstSync, lastSyncAttempt, lastSuccessSync (DateTime.ToString() text), status, deviceID, Guid} (:10-22); records fits.',
		verdict: 'ok',
	},
	'mailbox:setMobileDevice': {
		source: `${ADMIN}/Invoke-ExecMailboxMobileDevices.ps1 (Set-CIPPMobileDevice, CIPPCore/Public/Set-CIPPMobileDevice.ps1)`,
		reads:
			'Query only, although the call is a POST (:5): tenantfilter, Userid, deviceid, guid, Quarantine ("true" blocks, "false" allows), Delete ("true" removes the partnership by guid).',
		clears:
			'none: allow/block add the device ID to ActiveSyncAllowedDeviceIDs / ActiveSyncBlockedDeviceIDs (helper :13-19); delete removes the partnership (Remove-MobileDevice, helper :32-36), and the device syncs again unless blocked.',
		failure:
			'Always HTTP 200: "Failed to Allow/Block Active Sync Device for <user>: ..." or "Failed to delete Mobile Device <guid>: ..." (helper :21-29, :38-42); an unhandled error "Failed  <user>: ..." (:7-9). All start with "Failed" and fail the item. Neither Quarantine nor Delete: Results null (the node always sends one).',
		async: 'none',
		refusals: [],
		verdict: 'ok',
		note: 'The sandbox takes an allowed device off the blocked list and the other way round; how Exchange treats a device ID on both lists was not verified.',
	},
	'mailbox:getOutOfOffice': {
		source: `${ADMIN}/Invoke-ListOoO.ps1 (Get-CIPPOutOfOffice, CIPPCore/Public/Get-CIPPOutOfOffice.ps1)`,
		reads: 'Query tenantFilter (:4), userid (:5).',
		clears: 'none',
		failure:
			'Exchange failure: HTTP 500 with the text "Could not retrieve out of office message for <user>. Error: ..." as the whole body (helper :24-29, endpoint :9-12).',
		async: 'none',
		refusals: [],
		output:
			'ConvertTo-Json text of {AutoReplyState, StartTime, EndTime (yyyy-MM-dd HH:mm or null), InternalMessage, ExternalMessage, CreateOOFEvent, OOFEventSubject, AutoDeclineFutureRequestsWhenOOF, DeclineEventsForScheduledOOF, DeclineAllEventsForScheduledOOF, DeclineMeetingMessage} (helper :9-22); parsedRecords parses it into the one item.',
		verdict: 'ok',
	},
	'mailbox:getManyRestrictedUsers': {
		source: `${ADMIN}/Invoke-ListRestrictedUsers.ps1`,
		reads: 'Query tenantFilter (:13).',
		clears: 'none',
		failure: 'Exchange failure: HTTP 403 with the normalized error as the only entry (:43-47).',
		async: 'none',
		refusals: [],
		output:
			'Bare array of {SenderAddress, Reason, BlockType ("<type> recipient limit exceeded" or "Email sending limit exceeded"), CreatedDatetime, ChangedDatetime, TemporaryBlock, InternalCount, ExternalCount (text)} parsed from Get-BlockedSenderAddress (:15-38); records fits.',
		verdict: 'ok',
	},
	'mailbox:removeRestrictedUser': {
		source: `${ADMIN}/Invoke-ExecRemoveRestrictedUser.ps1`,
		reads: 'Body tenantFilter (:16), SenderAddress (:17).',
		clears: 'none',
		failure:
			'Missing SenderAddress or tenant, or an Exchange failure: HTTP 500 "Failed to remove <address> from restricted list: ..." (:20-22, :29-34).',
		async: 'Exchange can take up to an hour to let the sender send again.',
		refusals: [],
		verdict: 'ok',
		note: 'How Exchange answers for an address that is not blocked was not verified; the sandbox treats it as done.',
	},
	'mailbox:getManyCasSettings': {
		source: 'Email-Exchange/Reports/Invoke-ListMailboxCAS.ps1',
		reads: 'Query TenantFilter (:13; case-insensitive, sent as tenantFilter as the OpenAPI spells it).',
		clears: 'none',
		failure: 'Exchange failure: HTTP 403 with the normalized error as the only array entry (:20-24).',
		async: 'none',
		refusals: [],
		output:
			"Bare array of Get-CasMailbox rows {DisplayName, PrimarySmtpAddress, Guid, ECPEnabled, OWAEnabled, ImapEnabled, PopEnabled, MAPIEnabled, EwsEnabled, ActiveSyncEnabled, SmtpClientAuthenticationDisabled} (:19; note Exchange's casing ImapEnabled, PopEnabled, EwsEnabled); records fits.",
		verdict: 'ok',
	},
	'mailbox:startManagedFolderAssistant': {
		source: `${ADMIN}/Invoke-ExecStartManagedFolderAssistant.ps1`,
		reads: 'Query or body tenantFilter (:15), Id (:16), body UserPrincipalName (:17, used when Id is missing and for the message).',
		clears: 'none',
		failure: 'Exchange failure: HTTP 500 "Failed to start Managed Folder Assistant for mailbox <name>. Error: ..." (:29-33).',
		async: 'Exchange runs the assistant in the background after the call returns; CIPP only starts it (FullCrawl).',
		refusals: [],
		verdict: 'ok',
	},
	'mailbox:setLocale': {
		source: `${ADMIN}/Invoke-ExecSetMailboxLocale.ps1`,
		reads:
			'Body tenantFilter (:16), user (:17, the mailbox identity as text; the OpenAPI types it as an object, corrected in test/contract/beyondSpec/exchangeMailbox.ts), locale (:18); all handed to CIPPCore/Public/Set-CIPPMailboxLocale.ps1.',
		clears:
			"Set-CIPPMailboxLocale.ps1:17-23 sends DateFormat and TimeFormat as $null (they fall back to the language's defaults) and LocalizeDefaultFolderName true (default folders are renamed); the description says so.",
		failure:
			'A neutral culture ("nl") or unknown culture throws before Exchange is called (Set-CIPPMailboxLocale.ps1:13-15); that and any Exchange failure answer HTTP 500 "Failed to set locale for <user>. Error: ..." (:23-26). The node refuses a locale that is not language-REGION before sending.',
		async: 'none',
		refusals: [],
		verdict: 'settled',
		note: 'CIPP also resets the date and time formats and renames the default folders; the description says so.',
	},
	'mailbox:getManyRetentionPolicies': {
		source: `${ADMIN}/Mailbox Retention/Invoke-ExecManageRetentionPolicies.ps1`,
		reads:
			'Query or body tenantFilter (:13; missing: HTTP 400 "Tenant filter is required", :18-24); query name (:210, one policy, not offered). No Create/Modify/Delete lists, so it lists (:204-217).',
		clears: 'none',
		failure: 'Exchange failure: HTTP 500 with ["Failed to retrieve retention policies: ..."] (:218-229); the transport fails the item.',
		async: 'none',
		refusals: [],
		output:
			'Bare array of Get-RetentionPolicy objects (Name, Identity, Guid, RetentionPolicyTagLinks with tag names, IsDefault ...) (:216); records fits.',
		verdict: 'ok',
	},
	'mailbox:createRetentionPolicy': {
		source: `${ADMIN}/Mailbox Retention/Invoke-ExecManageRetentionPolicies.ps1`,
		reads:
			'Body tenantFilter (:13), CreatePolicies (:54) as a list of {Name, RetentionPolicyTagLinks (tag names, sent only when given)} (:56-70); the node sends one entry.',
		clears: 'none',
		failure:
			'Missing Name: HTTP 200 "Failed to create policy - Name is required" (:57-59); Exchange refusal (name taken, unknown tag): HTTP 200 "Failed to create retention policy <name>: ..." (:192-196); both start with Failed. Unexpected failure: HTTP 403 "Failed to manage retention policies: ..." (:235-241).',
		async: 'none',
		refusals: [],
		verdict: 'ok',
	},
	'mailbox:updateRetentionPolicy': {
		source: `${ADMIN}/Mailbox Retention/Invoke-ExecManageRetentionPolicies.ps1`,
		reads:
			'Body tenantFilter (:13), ModifyPolicies (:75) as a list of {Identity, Name (rename), AddTags, RemoveTags, RetentionPolicyTagLinks} (:77-125); AddTags/RemoveTags are merged with the current links read first (:92-120). The OpenAPI types ModifyPolicies as text; corrected to object[] in beyondSpec.',
		clears:
			'With both AddTags and RemoveTags, RemoveTags is computed from the current links and overwrites the additions (:112-120): the node refuses both in one call. Links not named are kept.',
		failure:
			'Missing Identity: HTTP 200 "Failed to modify policy - Identity is required" (:78-80); policy not found while adding/removing tags: "Failed to modify policy <id> - Could not retrieve current policy" (:96-98); Exchange refusal: "Failed to modify retention policy <id>: ..." (:192-196). All HTTP 200 and start with Failed.',
		async: 'none',
		refusals: [],
		verdict: 'settled',
		note: 'CIPP would silently drop the tags to add when tags are removed in the same call; the node refuses that combination, and refuses an update with nothing to change.',
	},
	'mailbox:deleteRetentionPolicy': {
		source: `${ADMIN}/Mailbox Retention/Invoke-ExecManageRetentionPolicies.ps1`,
		reads:
			'Body tenantFilter (:13), DeletePolicies (:130; a name or a list of names, iterated with foreach; the node sends one name as text).',
		clears: 'none',
		failure:
			'A policy any mailbox still has: HTTP 200 "Cannot delete retention policy <id> - still assigned to mailboxes" without a failure word (:138-147), caught by the refusal; Exchange refusal: HTTP 200 "Failed to delete retention policy <id>: ..." (:192-196). An Exchange failure of the mailbox check itself: HTTP 403 "Failed to manage retention policies: ..." (:235-241).',
		async: 'none',
		refusals: ['^Cannot delete retention'],
		verdict: 'ok',
	},
	'mailbox:setRetentionPolicy': {
		source: `${ADMIN}/Mailbox Retention/Invoke-ExecSetMailboxRetentionPolicies.ps1`,
		reads:
			'Query or body tenantFilter (:13), body PolicyName (:27), Mailboxes (:28, a list of identities; the node sends the one mailbox).',
		clears: "Set-Mailbox -RetentionPolicy replaces the mailbox's current policy (:78), as the description says.",
		failure:
			'Missing tenant, PolicyName or Mailboxes: HTTP 400 with a plain text (:18-45; the node requires all three). Exchange refusal (unknown policy or mailbox): HTTP 200 {Results: ["Failed to apply retention policy \'<name>\' to <mailbox>: ..."]} (:122-127), which starts with Failed. Unexpected failure: HTTP 403 "Failed to set mailbox retention policies: ..." (:133-139).',
		async: 'none',
		refusals: [],
		verdict: 'ok',
	},
	'mailbox:getManyRetentionTags': {
		source: `${ADMIN}/Mailbox Retention/Invoke-ExecManageRetentionTags.ps1`,
		reads:
			'Query or body tenantFilter (:13; missing: HTTP 400); query name (:311, one tag, not offered). No Create/Modify/Delete lists, so it lists (:305-318).',
		clears: 'none',
		failure: 'Exchange failure: HTTP 500 ["Failed to retrieve retention tags: ..."] (:319-330).',
		async: 'none',
		refusals: [],
		output:
			'Bare array of Get-RetentionPolicyTag objects (Name, Type, RetentionAction, AgeLimitForRetention as a TimeSpan text, RetentionEnabled, Comment ...) (:317); records fits.',
		verdict: 'ok',
	},
	'mailbox:createRetentionTag': {
		source: `${ADMIN}/Mailbox Retention/Invoke-ExecManageRetentionTags.ps1`,
		reads:
			'Body tenantFilter (:13), CreateTags (:128) as a list of {Name, Type, AgeLimitForRetention, RetentionAction, Comment, RetentionEnabled, LocalizedComment, LocalizedRetentionPolicyTagName} (:137-164; falsy values are skipped, RetentionEnabled whenever not null). Localized fields are not offered.',
		clears: 'none',
		failure:
			'CIPP\'s checks (:54-125: name, type, action valid for the type, RetentionAction needed when enabled, age 0-24855) answer HTTP 200 "Failed to create tag \'<name>\': ..." (:131-134); Exchange refusal: "Failed to create retention tag <name>: ..." (:293-297). All start with Failed. The node offers only valid types and actions.',
		async: 'none',
		refusals: [],
		verdict: 'ok',
	},
	'mailbox:updateRetentionTag': {
		source: `${ADMIN}/Mailbox Retention/Invoke-ExecManageRetentionTags.ps1`,
		reads:
			'Body tenantFilter (:13), ModifyTags (:178) as a list of {Identity, Name, AgeLimitForRetention, RetentionAction, Comment, RetentionEnabled, Localized*} (:180-225). The OpenAPI types ModifyTags as text; corrected to object[] in beyondSpec.',
		clears:
			'none: only the fields given (truthy) are passed to Set-RetentionPolicyTag (:197-223), so a comment cannot be cleared (the description says so).',
		failure:
			'Missing Identity or a failed check: HTTP 200 "Failed to modify tag ..." (:181-191); Exchange refusal: "Failed to modify retention tag <id>: ..." (:293-297). All start with Failed. An update with nothing to change is refused by the node (CIPP would answer success for a no-op).',
		async: 'none',
		refusals: [],
		verdict: 'ok',
	},
	'mailbox:deleteRetentionTag': {
		source: `${ADMIN}/Mailbox Retention/Invoke-ExecManageRetentionTags.ps1`,
		reads: 'Body tenantFilter (:13), DeleteTags (:230; a name or a list, iterated with foreach; the node sends one name as text).',
		clears: 'none',
		failure:
			'A tag any retention policy links: HTTP 200 "Cannot delete retention tag \'<id>\' - still used in policies: <names>" without a failure word (:238-248), caught by the refusal; Exchange refusal: "Failed to delete retention tag <id>: ..." (:293-297).',
		async: 'none',
		refusals: ['^Cannot delete retention'],
		verdict: 'ok',
	},
	'mailbox:getManyHveAccounts': {
		source: `${ADMIN}/Invoke-ListHVEAccounts.ps1`,
		reads:
			'Query tenantFilter (:13); UseReportDB (:16, the report database, not offered), Identity and ListBillingPolicies (:14, :17; Get HVE Account and Get Many HVE Billing Policies).',
		clears: 'none',
		failure: 'Exchange failure: HTTP 403 with the normalized error as the only entry (:123-127).',
		async: 'none',
		refusals: [],
		output:
			'Bare array of {displayName, primarySmtpAddress, recipientType, recipientTypeDetails, ExternalDirectoryObjectId, Alias, WhenCreated, AdditionalEmailAddresses, HiddenFromAddressListsEnabled} from Get-MailUser -HVEAccount (:109-120); records fits.',
		verdict: 'ok',
		note: 'AllTenants works only through UseReportDB; the live path sends the tenant to Exchange, so the node offers one tenant.',
	},
	'mailbox:getHveAccount': {
		source: `${ADMIN}/Invoke-ListHVEAccounts.ps1`,
		reads: 'Query tenantFilter (:13), Identity (:14).',
		clears: 'none',
		failure:
			'Unknown account or Exchange failure: HTTP 403 with the normalized error (:123-127); a failed read of the reply-to or billing policy only leaves those fields empty (:40-55).',
		async: 'none',
		refusals: [],
		output:
			'One object (:57-79): the list columns plus ReplyTo, BillingPolicyId, BillingPolicyName, SMTPServer, SMTPPort, Authentication; singleRecord gives one item.',
		verdict: 'ok',
	},
	'mailbox:getManyHveBillingPolicies': {
		source: `${ADMIN}/Invoke-ListHVEAccounts.ps1`,
		reads: "Query tenantFilter (:13), ListBillingPolicies compared with the text 'true' (:17, :20).",
		clears: 'none',
		failure: 'Exchange failure: HTTP 403 with the normalized error (:123-127).',
		async: 'none',
		refusals: [],
		output: 'Bare array of Get-BillingPolicy -ResourceType HVE objects (:22-29), every property; records fits.',
		verdict: 'ok',
		note: "The property names of Get-BillingPolicy's objects were not verified against a real tenant, so Assign HVE Billing Policy takes the policy's GUID typed in rather than a picker.",
	},
	'mailbox:createHveAccount': {
		source: `${ADMIN}/Invoke-ExecHVEUser.ps1`,
		reads:
			'Body TenantFilter (:17), Action (:18; missing or Create: the default branch), displayName, primarySMTPAddress, password (:143-149; case-insensitive, sent as the OpenAPI spells them).',
		clears: 'none',
		failure:
			'New-MailUser refused (address taken, not an accepted domain): HTTP 403 {Results: ["Failed to create HVE user: ..."]} (:207-213). After the account exists, HTTP 200 with "WARNING: Security Defaults are enabled..." (:134-140) and "Failed to exclude from CA policy ..." or "Failed to check/update Conditional Access policies: ..." (:186-201).',
		async: 'none',
		refusals: [],
		verdict: 'settled',
		note: 'A failed Conditional Access exclusion after a successful create would read as a failure (it says Failed) although the account exists: the node reports it as a warning item with every message, so a retry does not try to create the account again.',
	},
	'mailbox:updateHveAccount': {
		source: `${ADMIN}/Invoke-ExecHVEUser.ps1`,
		reads:
			'Body TenantFilter (:17), Action Edit (:22), Identity (:23), DisplayName (:33), PrimarySmtpAddress (:36; or username + domain, :38-41, not offered), ReplyTo (:51).',
		clears: 'none: only the fields given are passed to Set-MailUser and Set-HVEAccountSettings (:29-58).',
		failure:
			'Missing Identity or an Exchange failure: HTTP 403 "Failed to edit HVE user: ..." (:207-213). Nothing to change: HTTP 200 "No changes specified for <identity>" (:60-62), caught by the refusal; the node also refuses an update without a field before sending.',
		async: 'none',
		refusals: ['^No changes specified for'],
		verdict: 'ok',
	},
	'mailbox:deleteHveAccount': {
		source: `${ADMIN}/Invoke-ExecHVEUser.ps1`,
		reads: 'Body TenantFilter (:17), Action Remove (:95), Identity (:96).',
		clears: 'none',
		failure: 'Missing Identity or Remove-MailUser refused: HTTP 403 "Failed to remove HVE user: ..." (:207-213).',
		async: 'CIPP also drops the account from its report database cache (:117-124); a failure there is only logged.',
		refusals: [],
		verdict: 'ok',
	},
	'mailbox:assignHveBillingPolicy': {
		source: `${ADMIN}/Invoke-ExecHVEUser.ps1`,
		reads: 'Body TenantFilter (:17), Action AssignBillingPolicy (:64), Identity (:65), BillingPolicyId (:70; .value, or a bare text).',
		clears: 'Replaces the billing policy the account had (Set-HVEAccountBillingPolicy, :75-78).',
		failure: 'Missing Identity or BillingPolicyId, or Exchange refusal: HTTP 403 "Failed to assignbillingpolicy HVE user: ..." (:207-213).',
		async: 'none',
		refusals: [],
		verdict: 'ok',
	},
	'mailbox:removeHveBillingPolicy': {
		source: `${ADMIN}/Invoke-ExecHVEUser.ps1`,
		reads: 'Body TenantFilter (:17), Action RemoveBillingPolicy (:82), Identity (:83).',
		clears: 'none',
		failure: 'Missing Identity or Exchange refusal: HTTP 403 "Failed to removebillingpolicy HVE user: ..." (:207-213).',
		async: 'none',
		refusals: [],
		verdict: 'ok',
	},
	'mailbox:createRestoreRequest': {
		source: `${TOOLS}/Invoke-ExecMailboxRestore.ps1`,
		reads:
			'Query or body Action (:10; none: create), TenantFilter (:12); body RequestName (:46), SourceMailbox and TargetMailbox (:47-48, .value or bare), AssociatedMessagesCopyOption, ExcludeFolders, IncludeFolders, TargetType (:60-86, .value; not offered), BatchName, CompletedRequestAgeLimit (not offered), ConflictResolutionOption (.value), SourceRootFolder, TargetRootFolder, BadItemLimit and LargeItemLimit (only above 0), ExcludeDumpster, SourceIsArchive, TargetIsArchive (only when truthy) (:69-101). AllowLegacyDNMismatch is always on (:57).',
		clears: 'none',
		failure:
			"Every failure (name taken, unknown mailbox, wrong tenant) is HTTP 200 {RestoreRequest: null, Results: [<Exchange's normalized words>], colour: danger} (:115-123): no state and often no failure word, so any message but the success text is a refusal.",
		async: 'Exchange queues the copy; the node answers when the request exists. Its progress is in Tool → Get Many Mailbox Restores.',
		refusals: ['^(?!Mailbox restore request (created|removed|resumed|suspended) successfully$)'],
		output:
			'Results ["Mailbox restore request created successfully"] with RestoreRequest, the New-MailboxRestoreRequest object (:108-113), given as restoreRequest.',
		verdict: 'settled',
		note: 'CIPP answers its failures with HTTP 200 and colour danger only; the node fails every answer that is not its success text.',
	},
	...Object.fromEntries(
		(['suspend', 'resume', 'delete'] as const).map((value) => [
			`mailbox:${value}RestoreRequest`,
			{
				source: `${TOOLS}/Invoke-ExecMailboxRestore.ps1`,
				reads: `Query or body Action ${value === 'delete' ? 'Remove' : value[0].toUpperCase() + value.slice(1)} (:10), Identity (:11), TenantFilter (:12).`,
				clears: 'none',
				failure:
					"Unknown request or Exchange refusal: HTTP 200 {RestoreRequest: null, Results: [<Exchange's normalized words>], colour: danger} (:115-123), caught as any message but the success text.",
				async: 'Exchange applies the change to the queued copy.',
				refusals: ['^(?!Mailbox restore request (created|removed|resumed|suspended) successfully$)'],
				verdict: 'ok',
			} satisfies AuditRecord,
		]),
	),
	'mailbox:getManyMailTestResults': {
		source: `${TOOLS}/Invoke-ExecMailTest.ps1`,
		reads:
			'Query Action (:13): none lists the inbox (:39-71); CheckConfig (:14-38, whether CIPP-SAM holds delegated Mail.Read and which mailbox its token reaches) is CIPP setup diagnostics, not offered.',
		clears: 'none',
		failure: 'Any failure (no Mail.Read, no mailbox): HTTP 400 {Results: [<normalized error>]} (:74-80); the transport fails the item.',
		async: 'none',
		refusals: [],
		output:
			"{Results: [{Received, Subject, Sender, From, Link, Headers, AuthResult: [{Name, Status, Info}]}], Metadata: {Count}} (:40-70) from the inbox of the account CIPP's own token belongs to (/me), not a customer tenant; resultRecords gives one item per message.",
		verdict: 'ok',
		note: "Not tenant-scoped: the inbox is that of the partner-tenant account CIPP signs in as, the address CIPP's Mail Test page shows.",
	},
};
