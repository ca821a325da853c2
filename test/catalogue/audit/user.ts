import type { AuditRecord } from './types';

/**
 * User resource, audited against CIPP-API (snapshot in /work/cipp-api) by reading each function.
 * Line numbers: CIPP files as they are in /work/cipp-api; node files under /work/main/nodes/Cipp/actions/.
 * Details, fixes and sandbox differences: /work/audit/user-calendar-findings.md.
 */
export const audit: Record<string, AuditRecord> = {
	'user:resetPassword': {
		source:
			'Identity/Administration/Users/Invoke-ExecResetPass.ps1; CIPPCore/Public/Set-CIPPResetPassword.ps1. Safe-reset steps (user/passwordReset.ts): CIPP/Core/Invoke-ListGraphRequest.ps1 (guard, state, verify), Invoke-ExecDisableUser.ps1 + Set-CIPPSignInState.ps1 (Enable Account First), Invoke-ExecRevokeSessions.ps1 + Revoke-CIPPSessions.ps1',
		reads:
			'ExecResetPass: tenantFilter, ID, displayName (only for the message), MustChange (query wins over body, :17-21; MustChange through [Convert]::ToBoolean). ListGraphRequest: query Endpoint, $select, $filter, TenantFilter. ExecDisableUser: body ID, Enable. ExecRevokeSessions: body id, Username (message only).',
		clears:
			'none. A cloud user gets PATCH passwordProfile {forceChangePasswordNextSignIn: MustChange, password} (Set-CIPPResetPassword.ps1:22-29). A directory-synced user goes through authentication/methods/…/resetPassword (writeback, :18-20): MustChange is ignored, the user must always change it.',
		failure:
			'Reset: any Graph failure -> throw "Failed to reset password for <displayName>, <ID>. Error: …" -> HTTP 500 (ExecResetPass :26-28). Success is {resultText, copyField, state:"success"}. ListGraphRequest: HTTP 400 "Graph Error: … - Endpoint: …". ExecDisableUser for a synced user: PATCH accountEnabled is sent FIRST, then "WARNING: User <id> is AD Sync enabled…" is thrown -> HTTP 500 "Failed to set sign-in state for <id>. Error: WARNING…" (Set-CIPPSignInState.ps1:16-21). Revoke failures: HTTP 500 "Failed to revoke sessions for <Username>. Error: …".',
		async:
			'Synced users: writeback reset is accepted and applied later ("Password reset accepted … not confirmed yet", Set-CIPPResetPassword.ps1:46-49); the node reports status pending (WRITEBACK_PENDING). PwPush on: copyField is a link, not the password (:33-38).',
		refusals: [],
		output: 'ExecResetPass answers {Results: {resultText, copyField, state}}; resetPasswordOutput reads the one result; fits.',
		verdict: 'settled',
		note: 'Enable Account First on a disabled directory-synced user is now refused before anything is sent (safeReset.ts enableIfAsked reads onPremisesSyncEnabled first): CIPP would enable the cloud account and only then fail with its AD Sync warning, leaving it open without a reset. Tested in test/workflow/safeReset.test.ts. Cloud users and Tenant → Reset Passwords otherwise unchanged.',
	},
	'user:getPasswordResetStatus': {
		source: 'CIPP/Core/Invoke-ListGraphRequest.ps1; CIPPCore/Public/GraphRequests/Get-GraphRequestList.ps1',
		reads: 'query Endpoint (users/<id>, # sent as %23), $select, TenantFilter (:22-78). Nothing else.',
		clears: 'none',
		failure:
			'Graph failure -> HTTP 400 body "Graph Error: <normalized> - Endpoint: users/…" (:211-215). An unknown user is a 400, not an empty list.',
		async: 'none (a single-tenant request without $count is never served from the cache, Get-GraphRequestList.ps1:183-205)',
		refusals: [],
		output:
			'{Results: [user], Metadata} (:206-209); records() unwraps Results; statusOutput needs lastPasswordChangeDateTime in the $select, which the node sends. Fits.',
		verdict: 'ok',
	},
	'user:get': {
		source: 'Identity/Administration/Users/Invoke-ListUsers.ps1',
		reads: 'query tenantFilter, UserID (pasted into /beta/users/<UserID>, :66), graphFilter (unused here), IncludeLogonDetails (not sent).',
		clears: 'none',
		failure:
			'No try/catch around the Graph call except a $select fallback (:65-76): an unknown user or a Graph error becomes an unhandled exception -> HTTP 500 with the message as plain text (New-CippCoreRequest.ps1 catch).',
		async: 'none',
		refusals: [],
		output: 'Bare array @($GraphRequest) with one user (plus username, Aliases, LicJoined, primDomain, manager). singleRecord fits.',
		verdict: 'ok',
	},
	'user:getAll': {
		source: 'Identity/Administration/Users/Invoke-ListUsers.ps1',
		reads: 'query tenantFilter, graphFilter (pasted unencoded into $filter=, :66, with -ComplexFilter; $top=999, every page followed).',
		clears: 'none',
		failure: 'Graph error (e.g. a bad filter) -> unhandled -> HTTP 500 plain text.',
		async: 'none (AllTenants is not offered by the node; CIPP would answer a deprecation message row)',
		refusals: [],
		output: 'Bare array of users; records fits.',
		verdict: 'ok',
	},
	'user:revokeSessions': {
		source: 'Identity/Administration/Users/Invoke-ExecRevokeSessions.ps1; CIPPCore/Public/Revoke-CIPPSessions.ps1',
		reads: 'tenantFilter, id (query wins over body, :16-18), Username (only used in the message).',
		clears: 'none',
		failure: 'Graph failure -> throw "Failed to revoke sessions for <Username>. Error: …" -> HTTP 500.',
		async: 'none',
		refusals: [],
		output: '{Results: "Successfully revoked sessions for <Username>"}; without a Username CIPP names nobody ("…sessions for ").',
		verdict: 'fixed',
		note: 'Was: the node sent no Username, so CIPP answered "Successfully revoked sessions for " (the sandbox named the ID instead, unlike CIPP). Now the node sends the user as given as Username, and the sandbox names only the Username sent.',
	},
	'user:create': {
		source:
			'Identity/Administration/Users/Invoke-AddUser.ps1; CIPPCore/Public/New-CIPPUserTask.ps1, New-CippUser.ps1, Set-CIPPUserLicense, Add-CIPPAlias.ps1, Set-CIPPCopyGroupMembers, Set-CIPPManager.ps1, Add-CIPPScheduledTask.ps1',
		reads:
			'body tenantFilter; username (or mailNickname); Domain (or PrimDomain.value) for the UPN (New-CippUser.ps1:16); displayName; password; MustChangePass via [bool] (:49); givenName, surname, department, jobTitle, mobilePhone, streetAddress, city, state, country, postalCode, companyName; usageLocation.value or string; otherMails split on commas; businessPhones as @(); licenses.value; AddedAliases split on \\s; copyFrom.value; setManager.value; Scheduled.Enabled + Scheduled.date; the scheduled task NAME uses PrimDomain.value only (Invoke-AddUser.ps1:34).',
		clears:
			'New user: MustChangePass missing -> forceChangePasswordNextSignIn=false (New-CippUser.ps1:48-50). The node sends MustChangePass only when "Must Change Password" is added (create.operation.ts:98), so by default the generated password need not be changed.',
		failure:
			'No tenantFilter -> 400 {resultText, state:error}. Creation failure -> 500 {Results:["Failed to create user. Error:…"]}. Extra steps (licence, aliases, groups, manager) add their own strings, "Failed to …" on failure, HTTP 200. Scheduling: the return value of Add-CIPPScheduledTask is ignored (:48-51): "Task with name … already exists" (DisallowDuplicateName, Add-CIPPScheduledTask.ps1:57-62, name matched across ALL tenants) still answers "Successfully created scheduled task to create user X".',
		async:
			'Scheduled: a "New user creation: <username>@<PrimDomain.value>" task runs New-CIPPUserTask later. Add-CIPPScheduledTask -DisallowDuplicateName drops, while Invoke-AddUser still answers success, a task whose name is pending in any tenant; the node sends PrimDomain = Domain so names are per UPN (before the fix every task was "New user creation: <username>@").',
		refusals: [],
		output:
			'{Results:[…, {Username copyField}, {Password copyField}, …], CopyFrom, User}; createOutput reads it correctly (success/warning/queued).',
		verdict: 'fixed',
		note: 'Fixed: the node now also sends PrimDomain {value,label} = Domain, so CIPP names a scheduled creation "New user creation: <username>@<domain>" and two tenants (or two domains) no longer share one task name that CIPP drops while answering success. A second scheduled creation of the same UPN while one is pending (CIPP would drop it and answer success) is refused: with Schedule At the node first reads ListScheduledItems?Name=<task name> and refuses while a task of that name is not Completed or Failed. Must Change Password is sent as true when not added (the editor default), so CIPP no longer creates users who may keep the generated password; adding it and turning it off still sends false.',
	},
	'user:update': {
		source: 'Identity/Administration/Users/Invoke-EditUser.ps1; CIPPCore/Public/Set-CIPPUser.ps1, Set-CIPPManager.ps1',
		reads:
			'body id (must be non-blank, else 400), tenantFilter, username + Domain (or primDomain.value) -> userPrincipalName, username -> mailNickname (Set-CIPPUser.ps1:38,55); displayName, givenName, surname, … (properties only when non-blank, :71-76); clearProperties (list of names, whitelisted, :80-94); businessPhones/otherMails; usageLocation.value; MustChangePass ([bool], :68-70, never sent by the node); AddToGroups/RemoveFromGroups [{value,label,addedFields}] (:248-306); setManager.value; Scheduled.Enabled (not sent).',
		clears:
			'UPN and mailNickname are rewritten to username@Domain / username on every call (node description says so for the UPN, not for mailNickname). passwordProfile {forceChangePasswordNextSignIn: [bool]$null = false} is part of EVERY PATCH (:68-70; a hashtable passes the non-blank filter): a pending "must change password at next sign-in" (e.g. right after Reset Password) is switched off by any profile update (Graph behaviour inferred). Blank fields are omitted, not cleared; clearProperties clears explicitly.',
		failure:
			'HTTP 200 with one string per step: "Failed to edit user. …", "Failed to add member <DisplayName> to <label>. Error: …", "Failed to remove member …", "We\'ve failed to assign the license…" (all caught by the generic test). Blank id -> 400. Unhandled -> 500.',
		async: 'none (Scheduled.Enabled would queue Set-CIPPUser; the node does not offer it)',
		refusals: [],
		output: 'actionResult over the list; fits.',
		verdict: 'fixed',
		note: 'Fixed: with Add to / Remove From Groups and a user given by UPN, the node looks up the object ID first (ListGraphRequest users/<upn>?$select=id) and sends it as id, since CIPP puts the id into Graph directoryObjects/<id> and members/<id>/$ref. Settled by documentation and a new optional field: CIPP sets forceChangePasswordNextSignIn from MustChangePass and mailNickname from Username on every update; the description says so and the new Additional Field "Must Change Password" sends MustChangePass (off when not added, as CIPP does).',
	},
	'user:delete': {
		source: 'Identity/Administration/Users/Invoke-RemoveUser.ps1; CIPPCore/Public/Remove-CIPPUser.ps1',
		reads:
			'tenantFilter, ID (query wins), userPrincipalName (message only). No ID -> `exit` (:20), never reached: the node requires the user.',
		clears: 'none (DELETE /beta/users/<ID>, a soft delete)',
		failure: 'throw "Failed to delete user with ID: \'<id>\'. Error: …" -> HTTP 500.',
		async: 'none',
		refusals: [],
		output: '{Results: "Successfully deleted user with ID: \'<id>\'"}; fits.',
		verdict: 'ok',
	},
	'user:createGuest': {
		source: 'Identity/Administration/Users/Invoke-AddGuest.ps1',
		reads:
			'body tenantFilter, mail, displayName, message, redirectUri (default https://myapps.microsoft.com), sendInvite ([Convert]::ToBoolean; the node always sends a boolean).',
		clears: 'none',
		failure: 'Graph failure -> HTTP 400 {Results:["Failed to Invite Guest. …"]}.',
		async: "none (the invitation e-mail is Microsoft's)",
		refusals: [],
		output: '{Results:["Invited Guest <displayName> with Email Invite"|"…with no Email Invite"]}; the new user ID is not returned. Fits.',
		verdict: 'ok',
	},
	'user:disable': {
		source: 'Identity/Administration/Users/Invoke-ExecDisableUser.ps1; CIPPCore/Public/Set-CIPPSignInState.ps1',
		reads: 'tenantFilter, ID, Enable (query wins; [Convert]::ToBoolean outside the try, :19). Node sends constant Enable:false.',
		clears: 'none',
		failure:
			'Graph failure -> HTTP 500 "Failed to set sign-in state for <ID>. Error: …". Synced user: the PATCH accountEnabled is sent first and logged as success (Set-CIPPSignInState.ps1:17-18), then "WARNING: User <ID> is AD Sync enabled. Please enable/disable in the local AD." is thrown -> HTTP 500 (:20-21).',
		async: 'none (for a synced user the cloud value is overwritten at a later sync when on-premises AD changes it)',
		refusals: [],
		output: '{Results:"Successfully set account enabled state to False for <ID>"}; fits.',
		verdict: 'settled',
		note: 'For a directory-synced user CIPP blocks sign-in in the cloud and then answers 500 "WARNING: User … is AD Sync enabled": the node now reports status warning (the change is real until the next directory sync) with CIPP\'s text in cippMessage, and the description says so.',
	},
	'user:enable': {
		source: 'Identity/Administration/Users/Invoke-ExecDisableUser.ps1; CIPPCore/Public/Set-CIPPSignInState.ps1',
		reads: 'tenantFilter, ID, Enable (constant true).',
		clears: 'none',
		failure:
			'As Disable: synced user -> cloud PATCH accountEnabled=true is made, then HTTP 500 "…Error: WARNING: User <ID> is AD Sync enabled…".',
		async: 'none',
		refusals: [],
		output: '{Results:"Successfully set account enabled state to True for <ID>"}; fits.',
		verdict: 'settled',
		note: 'As Disable: a directory-synced user gets status warning ("Sign-in is allowed in Microsoft Entra for now, …"), with CIPP\'s text in cippMessage.',
	},
	'user:restoreDeleted': {
		source: 'Identity/Administration/Users/Invoke-ExecRestoreDeleted.ps1',
		reads: 'tenantFilter, ID (query wins), userPrincipalName and displayName (message only).',
		clears: 'none',
		failure: 'HTTP 500 "Failed to restore deleted item with ID: \'<id>\' Error: …".',
		async: 'none',
		refusals: [],
		output: '{Results:"Successfully restored deleted item with ID: \'<id>\'"}; fits.',
		verdict: 'ok',
	},
	'user:clearImmutableId': {
		source: 'Identity/Administration/Users/Invoke-ExecClrImmId.ps1; CIPPCore/Public/Clear-CIPPImmutableId.ps1',
		reads: 'tenantFilter, ID (query wins). $User is never passed, so the scheduling branch (:14-62) is unreachable from this endpoint.',
		clears:
			'onPremisesImmutableId -> null (PATCH, :77-79). If GET users/<ID> fails, CIPP looks the ID up in directory/deletedItems and RESTORES the deleted user before clearing (:65-75), without saying so.',
		failure: 'throw "Failed to clear immutable ID for <ID>. Error: …" -> HTTP 500 (a synced user: Graph refuses the PATCH).',
		async: 'none',
		refusals: [],
		output: '{Results:"Successfully cleared immutable ID for user <ID>"}; fits.',
		verdict: 'settled',
		note: 'The node reads the user first (ListGraphRequest users/<id>?$select=id); an unknown or deleted user fails the item before anything is sent, naming Restore Deleted Item, since CIPP would restore a deleted user from the recycle bin silently.',
	},
	'user:createTemporaryAccessPass': {
		source: 'Identity/Administration/Users/Invoke-ExecCreateTAP.ps1; CIPPCore/Public/New-CIPPTAP.ps1',
		reads:
			'tenantFilter, ID, lifetimeInMinutes (sent to Graph only if truthy), isUsableOnce (-eq $true), startDateTime (Unix seconds matched by ^\\d+$).',
		clears:
			'isUsableOnce is always sent to Graph ($false when not given, New-CIPPTAP.ps1:21-23), so a pass is multi-use unless Usable Once is added; a tenant policy that only allows one-time passes then refuses it (visible HTTP 500).',
		failure: 'throw "Failed to create Temporary Access Pass (TAP) for <ID>: …" -> HTTP 500.',
		async: 'none',
		refusals: [],
		output:
			'{Results:[{resultText, copyField: TAP, temporaryAccessPass, …, state}, {resultText:"User ID: …", copyField: <ID>}]}; actionResult takes the first copyField (the pass) as temporaryAccessPass and masks it in the text. Fits (sample #20).',
		verdict: 'ok',
	},
	'user:deleteDevice': {
		source: 'Identity/Administration/Devices/Invoke-ExecDeviceDelete.ps1; CIPPCore/Public/Set-CIPPDeviceState.ps1',
		reads:
			'body first: tenantFilter, action (node constant "Delete", ValidateSet), ID (ValidateScript GUID) -> DELETE /beta/devices/<ID> (the Entra device OBJECT id).',
		clears: 'none',
		failure:
			'Validation or Graph failure -> HTTP 400 "Failed to queue action Delete on <ID>. Error: …" (or the parameter validation text).',
		async: 'none',
		refusals: [],
		output: '{Results:"Executed action Delete on <ID>"}; fits.',
		verdict: 'ok',
	},
	'user:dismissRisk': {
		source: 'Identity/Administration/Users/Invoke-ExecDismissRiskyUser.ps1',
		reads: 'tenantFilter, userId (into userIds:[…]), userDisplayName (message only).',
		clears: 'none',
		failure: 'HTTP 500 "Failed to dismiss user risk for <name>. …".',
		async: 'none',
		refusals: [],
		output: '{Results:"Successfully dismissed User Risk for user <name>. "}; fits.',
		verdict: 'ok',
	},
	'user:resetMfa': {
		source: 'Identity/Administration/Users/Invoke-ExecResetMFA.ps1; CIPPCore/Public/Remove-CIPPUserMFA.ps1',
		reads:
			'body only: tenantFilter, ID (UPN or object ID; CIPP URL-encodes it itself, so the node rightly sends it raw), MethodId (optional).',
		clears: 'Every method except the password (or only MethodId).',
		failure:
			'GET methods failure -> throw -> HTTP 500 "Failed to get MFA methods for user …". Partial or total DELETE failure -> throw -> HTTP 500 (Remove-CIPPUserMFA.ps1:92-98). Nothing to remove -> HTTP 200, no state: "No removable MFA method with id <MethodId> found for user <ID>" or "No MFA methods found for user <ID>" (Remove-CIPPUserMFA.ps1:58-66). Neither matches the generic test ("methods found" is not "not found"). The node fails the first; the second ("No MFA methods found for user …") is reported as status noChange, not as a refusal.',
		async: 'none',
		refusals: ['^No removable MFA method with id .* found for user'],
		output: '{Results:"<text>"}',
		verdict: 'fixed',
		note: 'Fixed: refusals catch "No removable MFA method with id … found" (the item fails); "No MFA methods found for user" (nothing to remove, the goal already met) gives status noChange instead of success.',
	},
	'user:setPerUserMfa': {
		source:
			'Identity/Administration/Users/Invoke-ExecPerUserMFA.ps1; CIPPCore/Public/Set-CIPPPerUserMFA.ps1, GraphHelper/New-GraphBulkRequest.ps1',
		reads:
			'body userPrincipalName (if it matches "#EXT#", userId is used instead, :16; the node sends # as %23 so the guest branch is never taken and the encoded UPN is used, which works in a batch URL), tenantFilter, State.value (or State) -> ValidateSet enabled/disabled/enforced (case-insensitive) -> PATCH users/<id>/authentication/requirements {perUserMfaState} in a Graph $batch.',
		clears: 'none',
		failure:
			'Only a thrown error (ValidateSet, token, whole batch) -> HTTP 500 "Failed to set MFA State…". The batch responses are never read (Set-CIPPPerUserMFA.ps1:53-54; New-GraphBulkRequest returns per-request errors without throwing), so an unknown user or a rejected PATCH still answers HTTP 200 "Successfully set Per user MFA State for <id>".',
		async: 'none',
		refusals: [],
		output: '{Results:["Successfully set Per user MFA State for <id>"]}',
		verdict: 'settled',
		note: "The node reads the user first (ListGraphRequest users/<id>?$select=id): an unknown user fails before anything is sent. A change Graph refuses inside the batch is still invisible to CIPP; the description says to check with Get Many MFA States. States are still sent as Enabled/Enforced/Disabled (CIPP's ValidateSet is case-insensitive; Graph's case handling unverified).",
	},
	'user:sendMfaPush': {
		source: 'Identity/Administration/Users/Invoke-ExecSendPush.ps1',
		reads: 'body TenantFilter, UserEmail (UPN, put in the XML).',
		clears: 'none (CIPP adds a short-lived password to the MFA service principal, :63-71)',
		failure:
			'Always HTTP 200 {Results:{resultText, state}}: denied/no method -> state "error" "Authentication Failed! …"; token failure -> "Failed to create temporary token…" with state $null (caught by the generic test). Tenant/service-principal failures are outside any try -> HTTP 500.',
		async: 'none (synchronous prompt)',
		refusals: [],
		output: 'actionResult; fits.',
		verdict: 'ok',
	},
	'user:setEmailForward': {
		source: 'Email-Exchange/Administration/Invoke-ExecEmailForward.ps1; CIPPCore/Public/Set-CIPPForwarding.ps1',
		reads:
			'body tenantFilter, userID, forwardOption (internalAddress|ExternalAddress|disabled, switch is case-insensitive), ForwardInternal (string or .value), ForwardExternal, KeepCopy (-eq $true).',
		clears:
			'internal: ForwardingSMTPAddress=null; external: ForwardingAddress=null; disabled: both null and DeliverToMailboxAndForward=false. KeepCopy not sent -> DeliverToMailboxAndForward=false.',
		failure:
			'Exchange failure -> HTTP 500 {Results:["Failed to set forwarding for … Error: …"]}. internalAddress without ForwardInternal, or ExternalAddress without ForwardExternal: no branch runs (Set-CIPPForwarding.ps1:58-64), $Message stays null -> HTTP 200 {Results:[null]} — nothing done, no text.',
		async: 'none',
		refusals: [],
		output:
			'disabled answers two strings ("Disabling forwarding for X" from Write-Output, then "Successfully disabled forwarding for X"); the others one string or [null]. actionResult turns [null] into status success, message "".',
		verdict: 'fixed',
		note: 'Fixed: To an Internal Recipient without Internal Recipient, or To an External Address without External Address, is refused before sending (CIPP runs no branch and answers [null]); an empty answer from this endpoint fails the item (emptyMeans).',
	},
	'user:setOutOfOffice': {
		source: 'Email-Exchange/Administration/Invoke-ExecSetOoO.ps1; CIPPCore/Public/Set-CIPPOutOfoffice.ps1',
		reads:
			'body userId, tenantFilter, AutoReplyState.value (or string), input (not sent), InternalMessage/ExternalMessage (only if non-blank, :33-43), StartTime/EndTime (Unix seconds -> UTC DateTime, Scheduled only), CreateOOFEvent, OOFEventSubject, AutoDeclineFutureRequestsWhenOOF, DeclineEventsForScheduledOOF (also sets DeclineAllEventsForScheduledOOF), DeclineMeetingMessage, timezone (display only).',
		clears:
			'ExternalAudience = "None" on every call unless an ExternalMessage is passed (Set-CIPPOutOfoffice.ps1:27-40): re-enabling with the stored messages, or setting only an internal message, turns external replies off. Scheduled without times: now .. now+7 days.',
		failure: 'HTTP 500 "Could not set Out of Office for user: <id>. Error: …".',
		async: 'none (Exchange applies the schedule)',
		refusals: [],
		output: '{Results:"Set Out-of-office for <id> to <State>." | "Scheduled Out-of-office for <id> between … and …"}; fits.',
		verdict: 'settled',
		note: 'Documented: the External Message description and the operation description say that leaving it out turns external replies off (CIPP sends ExternalAudience None). No CIPP read of the current auto-reply configuration is used, so the node cannot send the stored one back. Sandbox models ExternalAudience.',
	},
	'user:convertMailbox': {
		source: 'Email-Exchange/Administration/Invoke-ExecConvertMailbox.ps1; CIPPCore/Public/Set-CIPPMailboxType.ps1',
		reads: 'body only: tenantFilter, ID, MailboxType (ValidateSet Shared/Regular/Room/Equipment).',
		clears: 'none (Set-Mailbox -Type)',
		failure: 'HTTP 500 "Failed to convert <ID> to a <type> mailbox. Error: …".',
		async: 'none',
		refusals: [],
		output:
			'{Results:"Successfully converted <ID> to a <type> mailbox"}, for Shared possibly followed by ". Warning: detected mailbox size is N GB, which exceeds the 50 GB shared mailbox limit…" (no state; the node says success, not warning). Fits otherwise.',
		verdict: 'ok',
	},
	'user:enableArchive': {
		source: 'Email-Exchange/Administration/Invoke-ExecEnableArchive.ps1; CIPPCore/Public/Set-CIPPMailboxArchive.ps1',
		reads: 'tenantFilter, id (query wins), username (message only).',
		clears: 'none (Enable-Mailbox -Archive $true)',
		failure: 'HTTP 500 "Failed to set archive for <id>. Error: …" (also when the archive already exists).',
		async: 'none (Exchange provisions the archive)',
		refusals: [],
		output: '{Results:"Successfully set archive for <id> to True"}; fits.',
		verdict: 'ok',
	},
	'user:offboard': {
		source:
			'Identity/Administration/Users/Invoke-ExecOffboardUser.ps1; CIPPCore/Public/Test-CIPPOffboardingRequest.ps1, Add-CIPPScheduledTask.ps1',
		reads:
			'body user [{value: upn}], tenantFilter, every action flag (compared -eq $true by the job), forward.value, OnedriveAccess/AccessAutomap/AccessNoAutomap as {value} lists, OOO, KeepCopy, Scheduled {enabled, date}, reference, PostExecution.',
		clears: 'none at request time (the job does what was selected)',
		failure:
			'Validation -> HTTP 400 {Results:[errors]}. Scheduler string errors ("Error - …") come back HTTP 200 and are caught by the generic test; a throw -> HTTP 403 with the message.',
		async:
			'Always queued: one scheduler task "Offboarding: <UPN>" per user, RunNow or at Scheduled.date (:24-56). The node reports status queued with a follow-up.',
		refusals: [],
		output: '{Results:["Task Offboarding: … scheduled to run now" | "Successfully added task: …"]}; fits (sample #18).',
		verdict: 'ok',
	},
	'user:getGroups': {
		source: 'Identity/Administration/Users/Invoke-ListUserGroups.ps1',
		reads: 'query tenantFilter, userId (pasted into /beta/users/<userId>/memberOf/$/microsoft.graph.group).',
		clears: 'none',
		failure: 'No try/catch: unknown user or Graph error -> HTTP 500 plain text.',
		async: 'none',
		refusals: [],
		output:
			"Bare array of {id, DisplayName, MailEnabled, Mail, SecurityGroup, GroupTypes, OnPremisesSync, IsAssignableToRole, calculatedGroupType, groupType}; records fits. But -noPagination $true (:18): only Graph's first page (100 by default) is returned, silently.",
		verdict: 'settled',
		note: "Documented: the description says CIPP reads only Graph's first page (about 100 groups) without saying when there are more. Sandbox returns at most 100.",
	},
	'user:getDevices': {
		source: 'Identity/Administration/Users/Invoke-ListUserDevices.ps1',
		reads: 'query tenantFilter, UserID.',
		clears: 'none',
		failure:
			'Any failure (unknown user, missing permission, Intune not licensed for managedDevices) is caught and answered HTTP 200 [] (:45-47).',
		async: 'none',
		refusals: [],
		output:
			"Bare array of ownedDevices rows, ID = Entra device object id, EPMID = Intune id; records fits. The node's description names the unknown-user case; a permission failure looks the same.",
		verdict: 'ok',
	},
	'user:getConditionalAccessPolicies': {
		source: 'Identity/Administration/Users/Invoke-ListUserConditionalAccessPolicies.ps1',
		reads: 'query tenantFilter, UserID (GUID; into the what-if body).',
		clears: 'none',
		failure: 'Any failure -> HTTP 200 [{}] (:35-37).',
		async: 'none',
		refusals: [],
		output: 'Bare array of evaluate results, or [{}]; the node drops empty records and says so in its description. Fits.',
		verdict: 'ok',
	},
	'user:getSignInLogs': {
		source: 'Identity/Administration/Users/Invoke-ListUserSigninLogs.ps1',
		reads: "query tenantFilter, UserID (GUID in $filter userId eq '…'), top (default 50).",
		clears: 'none',
		failure: 'HTTP 500 ["Failed to retrieve Sign In report for user <id> : Error: …"].',
		async: 'none',
		refusals: [],
		output: 'Bare array of signIn objects (one page of <top>); records fits.',
		verdict: 'ok',
	},
	'user:getCounts': {
		source: 'Identity/Administration/Users/Invoke-ListUserCounts.ps1',
		reads: 'query TenantFilter.',
		clears: 'none',
		failure: 'Any failed sub-request -> HTTP 500 {Error, Details}; exception -> HTTP 500 {Error}.',
		async: 'none',
		refusals: [],
		output: 'One object {Users, LicUsers, Gas, Guests}; records gives one item. Fits.',
		verdict: 'ok',
	},
	'user:getManySignIns': {
		source: 'Identity/Reports/Invoke-ListSignIns.ps1',
		reads:
			'query tenantFilter, Days (default 7), failedLogonsOnly (-eq "true" adds errorCode 50126), FailureThreshold, Filter (replaces the whole default filter, including the failed-logons clause).',
		clears: 'none',
		failure: 'HTTP 500 with the normalized error as plain text.',
		async: 'none',
		refusals: [],
		output:
			'Bare array of signIns with additionalDetails, errorCode, locationcipp; records fits. Quirk: the threshold grouping tests the raw query text (:45), so Failed Logons Only = false ("false" is truthy) plus a Failure Threshold still groups by the threshold.',
		verdict: 'ok',
	},
	'user:getManyInactive': {
		source: 'Identity/Reports/Invoke-ListInactiveAccounts.ps1',
		reads: 'query tenantFilter (or AllTenants), InactiveDays (default 180).',
		clears: 'none',
		failure:
			"HTTP 500 [{Error}] on an exception. A tenant with no user data in CIPP's reporting database answers HTTP 200 [] (Get-InactiveUsersFromDB :77-82); for AllTenants, tenants without data or failing are skipped (:30-41).",
		async: "Data comes from CIPP's reporting cache (filled by CIPP's own jobs), not live Graph.",
		refusals: [],
		output: 'Bare array of rows; records fits.',
		verdict: 'settled',
		note: "Documented: the description says no items can also mean CIPP's reporting database has no user data for the tenant (AllTenants leaves such tenants out). The sandbox models it: Tailspin has no users in the reporting database, so it answers [] and AllTenants leaves it out.",
	},
	'user:getManyDeletedItems': {
		source: 'Identity/Administration/Users/Invoke-ListDeletedItems.ps1',
		reads: 'query tenantFilter.',
		clears: 'none',
		failure:
			'Whole batch failure -> unhandled -> HTTP 500 plain text. A type whose sub-request fails (status ≠ 200) is silently left out (:30).',
		async: 'none',
		refusals: [],
		output: 'Bare array of deleted objects with TargetType; records fits.',
		verdict: 'ok',
	},
	'user:getManyMfaStates': {
		source: 'Identity/Reports/Invoke-ListMFAUsers.ps1',
		reads: 'query tenantFilter, UseReportDB (-eq $true, so "true" works).',
		clears: 'none',
		failure: 'HTTP 403 with the normalized error (live) or 500 with the message (report DB).',
		async:
			'AllTenants without a fresh cache: queues an orchestrator and answers [{UPN:"Loading data for all tenants. Please check back in a few minutes"}] (:41-62); the node turns it into status queued.',
		refusals: [],
		output: 'Bare array of rows; fits.',
		verdict: 'ok',
	},
	'user:checkCompromise': {
		source: 'Identity/Administration/Users/Invoke-ExecBECCheck.ps1 (run: CIPPActivityTriggers/.../BEC/Push-BECRun.ps1)',
		reads:
			'Query userid (the run and the cache row, :15/:23), GUID (selects the cached answer, :15/:49), tenantFilter and userName (handed to BECRun, :24-25: the Exchange checks search by userName), overwrite (-eq $true, :20). The node reads the user first (ListGraphRequest) and sends userid = object ID (Graph filters by it), GUID = the same, userName = the UPN.',
		clears: 'none (overwrite replaces the cached report with a fresh run).',
		failure:
			'Always HTTP 200. A failed run stores {Results: <error>, Exception, ExtractedAt} as the report (Push-BECRun catch); the node fails the item with that text. An unknown user is refused before sending (the Graph read fails).',
		async:
			'Without a finished report (or with overwrite) CIPP queues BECRunOrchestrator and answers {GUID} (:20-47); while it runs, {Waiting: true} (:52-53); then the report as JSON text (:55). Without userName, Push-BECRun would search Exchange for an empty user and report no rules or sent mail (silent).',
		refusals: [],
		output:
			'{GUID} -> status queued; {Waiting:true} -> status running; JSON text -> parsed, one item with status completed and the report (AddedApps, SuspectUserMailboxLogons, LastSuspectUserLogon, NewRules with RecentlyChanged, InboxRuleChanges, SentMessages, MailboxPermissionChanges, NewUsers, MFADevices, ChangedPasswords, IntuneDevices, ExtractResult).',
		verdict: 'settled',
		note: 'CIPP needs both the object ID and the UPN and says nothing when userName is missing; the node takes one user picker and reads both from Graph first. The first call only queues: the item says so and to run again.',
	},
	'user:remediateCompromise': {
		source: 'Identity/Administration/Users/Invoke-ExecBECRemediate.ps1',
		reads:
			'Body tenantFilter (:81), userid (revoke sessions, :82), username (reset password, disable, MFA removal, inbox rules, OneDrive, :83). The node reads the user first and sends userid = object ID, username = the UPN (the object ID for a guest, whose #EXT# UPN CIPP would paste unencoded into Graph URLs).',
		clears:
			'Resets the password (Set-CIPPResetPassword with must-change true), blocks sign-in, revokes sessions, removes every MFA method, disables every inbox rule except Junk and OOF, sets OneDrive sharing to Disabled. Nothing is optional.',
		failure:
			'Each step is caught and answered as {resultText, state: error} with HTTP 200 (:92-262); only an exception outside the steps answers HTTP 500 "Failed to execute remediation at step ..." (:270-282). A directory-synced user: the account is disabled in the cloud, then Set-CIPPSignInState throws its AD Sync WARNING, so that step reads "Failed to disable account: ... WARNING ...".',
		async: 'none: every step runs before the answer.',
		refusals: [],
		output:
			'{Results: [{resultText, state, copyField?}...]}: one step per entry; the reset step carries the password in copyField. The node gives status success, or warning naming the failed steps (the item keeps the password: failing it would lose the only copy), and fails only when every step failed; steps[] lists each step.',
		verdict: 'settled',
		note: 'CIPP answers HTTP 200 however many steps failed; the node reports a partial remediation as warning with the failed steps in message, keeps the new password under Password Output, and sends a guest by object ID.',
	},
	'user:setPasswordExpiration': {
		source: 'Identity/Administration/Users/Invoke-ExecPasswordNeverExpires.ps1',
		reads:
			'Body tenantFilter (:12), userId (:13, pasted into the Graph URL unencoded: graphId), userPrincipalName (log and message only, :14; not sent, so the message names nobody), PasswordPolicy.value ?? PasswordPolicy ?? "None" (:15), PasswordPolicy.label for the message (:16).',
		clears:
			'PATCHes passwordPolicies with the one value given (:19-20): DisableStrongPassword, if set, is cleared either way (said in the description).',
		failure:
			'Graph failure: HTTP 500 "Failed to set PasswordPolicy for user ... Error: ..." (:26-28). An empty userId ends the function (`exit`, :17) without a body; the picker is required.',
		async: 'none',
		refusals: [],
		verdict: 'settled',
		note: 'The description says CIPP replaces the whole passwordPolicies value.',
	},
	'user:setDefaultMfaMethod': {
		source: 'Identity/Administration/Users/Invoke-ExecSetDefaultMFAMethod.ps1',
		reads:
			'Body tenantFilter (:14), ID (:15, escaped by CIPP with EscapeDataString, so sent plain), MethodType.value or MethodType (:16), one of push, oath, voiceMobile, voiceAlternateMobile, voiceOffice, sms (:18; the node offers exactly these).',
		clears: 'none: PATCHes signInPreferences.userPreferredMethodForSecondaryAuthentication only.',
		failure:
			'HTTP 400 "tenantFilter, ID and MethodType are required" / "... is not a valid default MFA method" (:19-30); Graph failure HTTP 500 "Failed to set the default MFA method for user ..." (:41-44).',
		async: 'none',
		refusals: [],
		verdict: 'ok',
		note: 'Microsoft ignores the choice while system-preferred MFA is on (said in the description).',
	},
	'user:getManyPerUserMfaStates': {
		source: 'Identity/Administration/Users/Invoke-ListPerUserMFA.ps1 (Get-CIPPPerUserMFA.ps1)',
		reads: 'Query tenantFilter, allUsers ([Convert]::ToBoolean, :18; the node always sends "true"), userId (single-user mode, not used).',
		clears: 'none',
		failure: 'HTTP 500 "Failed to get MFA State for  : <error>" (:31-34).',
		async: 'none',
		refusals: [],
		output: 'allUsers: Graph users with UserPrincipalName, Id, perUserMfaState as a bare array (Get-CIPPPerUserMFA :10-12); records fits.',
		verdict: 'ok',
	},
	'user:removeAdminRole': {
		source: 'Identity/Administration/Users/Invoke-ExecRemoveAdminRole.ps1',
		reads:
			'Body tenantFilter.value ?? tenantFilter (:14), RoleId.value ?? RoleId (:15, not sent), RoleTemplateId.value ?? RoleTemplateId (:16, labelValue), RoleName.label ?? .value (:17, message only), Users (each .value ?? .id ?? .UserId ?? itself, :32; sent as a one-entry list of the picked UPN or ID).',
		clears: 'none: DELETE directoryRoles(roleTemplateId=...)/members/{user}/$ref (:47).',
		failure:
			'HTTP 400 when tenant, role or users are missing (:20-26); per user "Failed to remove X from admin role Y. <error>" plus "The role may not be activated in this tenant." for a missing role, HTTP 500 when any user failed (:55-66).',
		async: 'none',
		refusals: [],
		verdict: 'ok',
		note: 'Custom roles have no template ID and cannot be removed through this endpoint (CIPP comment :44-45); the description says built-in roles only.',
	},
	'user:getMailboxRules': {
		source: 'Identity/Administration/Users/Invoke-ListUserMailboxRules.ps1',
		reads: 'Query tenantFilter (:15), UserID (:16, mailbox and anchor), userEmail (error text only, :18; not sent).',
		clears: 'none',
		failure: 'HTTP 500 ["Failed to retrieve mailbox rules for ... : Error: ..."] (:22-26).',
		async: 'none',
		refusals: [],
		output: 'Bare array of Get-InboxRule -IncludeHidden objects without Junk and OOF rules (:19-20); records fits.',
		verdict: 'ok',
	},
	'user:getTrustedBlockedSenders': {
		source: 'Identity/Administration/Users/Invoke-ListUserTrustedBlockedSenders.ps1',
		reads:
			'Query tenantFilter (:14), UserID (:15), userPrincipalName (only copied into each row, :16; not sent, so rows carry UserPrincipalName null and UserID).',
		clears: 'none',
		failure: 'HTTP 500 ["Failed to retrieve junk email configuration for ... : Error: ..."] (:41-44).',
		async: 'none',
		refusals: [],
		output: 'Bare array of {UserPrincipalName, UserID, Type, TypeProperty, Value} (:28-34); records fits.',
		verdict: 'ok',
	},
	'user:removeTrustedBlockedSender': {
		source: 'Identity/Administration/Users/Invoke-RemoveTrustedBlockedSender.ps1 (Remove-CIPPTrustedBlockedSender.ps1)',
		reads:
			'Body tenantFilter (:13), typeProperty (:14, the cmdlet parameter name: TrustedSendersAndDomains or BlockedSendersAndDomains), value (:15), userPrincipalName (:16, the mailbox identity).',
		clears:
			'none: Set-MailboxJunkEmailConfiguration with @{Remove = value} (helper :12-16); removing an absent value is no error in Exchange.',
		failure: 'HTTP 500 with "Failed to remove junk email configuration entry for ... Error: ..." (:28-30).',
		async: 'none',
		refusals: [],
		verdict: 'ok',
	},
	'user:purgeDeletedItem': {
		source: 'Identity/Administration/Users/Invoke-RemoveDeletedObject.ps1',
		reads: 'Query or body tenantFilter (:13), ID (:14), body userPrincipalName and displayName (message only, :15-16).',
		clears: 'Permanently deletes the item: DELETE directory/deletedItems/{ID} (:18).',
		failure: 'HTTP 500 "Failed to permanently delete item with ID: ... Error: ..." (:25-31).',
		async: 'none',
		refusals: [],
		verdict: 'ok',
	},
	'user:updateAliases': {
		source: 'Identity/Administration/Users/Invoke-EditUserAliases.ps1',
		reads:
			'Body tenantFilter, id (mailbox identity), AddedAliases and RemovedAliases (comma-separated text, split and trimmed), MakePrimary (an address, SMTP: optional).',
		clears:
			'Rewrites EmailAddresses with Set-Mailbox: only the addresses named change. MakePrimary is applied first, so an address added in the same call cannot be made primary (refused with "not found in user\'s addresses"; said in the field help).',
		failure:
			'Always HTTP 200 except a missing id (400). A failure answers "Failed to manage aliases: ..." (fails the item). Nothing given: "No alias changes specified." (refusal). Aliases that already exist are skipped silently; if all were, Results is empty and the item is unconfirmed.',
		async: 'none',
		refusals: ['^No alias changes specified'],
		verdict: 'settled',
		note: 'The field help says Make Primary takes an address the mailbox already has; "No alias changes specified." fails the item.',
	},
	'user:getManyBasicAuthSignIns': {
		source: 'Identity/Reports/Invoke-ListBasicAuth.ps1',
		reads: 'Query tenantFilter (:16); AllTenants reads the cachebasicauth table (rows younger than an hour, :41).',
		clears: 'none',
		failure: 'HTTP 500 with the normalized Graph error as plain text (:31-35).',
		async:
			'AllTenants without fresh rows: queues BasicAuthOrchestrator and answers [{MetaData: "Loading data for all tenants. Please check back in 10 minutes"}] (:42-62); the node turns it into one "loading" item.',
		refusals: [],
		output:
			'Bare array of {userPrincipalName, clientAppUsed, Status}, one per user (Sort-Object -Unique on userPrincipalName, :22); records fits.',
		verdict: 'ok',
		note: 'CIPP builds the time window with the month (MM) where minutes belong (:18-20); the window is therefore not exactly 30 days. CIPP marks this endpoint as unused by its own front end.',
	},
	'user:getMailboxDetails': {
		source: 'Identity/Administration/Users/Invoke-ListUserMailboxDetails.ps1',
		reads:
			'Query tenantFilter (:13), UserID (:14, every cmdlet identity), userMail (:15, Get-BlockedSenderAddress -SenderAddress, :54). The node reads the user first and sends userMail = the mail address (or UPN).',
		clears: 'none',
		failure:
			'None reported: the Exchange batch is in a try whose catch only calls Write-Error (:106-108), so an unknown mailbox still answers HTTP 200 with one record of nulls. The node fails the item when Mailbox is empty.',
		async: 'none',
		refusals: [],
		output:
			'[{ForwardAndDeliver, ForwardingAddress, holds, protocol flags, Permissions, quotas and sizes, BlockedForSpam, ArchiveMailBox, RecipientTypeDetails, Mailbox, MailboxActionsData...}] (:240-290); one item.',
		verdict: 'settled',
		note: 'Without userMail CIPP silently reports BlockedForSpam false, and for a missing mailbox it answers a record of nulls; the node sends userMail and fails the item when no mailbox came back.',
	},
	'user:patch': {
		source: 'Identity/Administration/Users/Invoke-PatchUser.ps1',
		reads:
			'The whole body (an object or a list): id and tenantFilter route the change, manager and sponsor go to Set-CIPPManager / Set-CIPPSponsor, every other property goes into the Graph PATCH of users/{id} as it is (:18-70). The node sends the Properties object merged with tenantFilter, id (graphId) and the optional manager and sponsor.',
		clears: 'Only the properties given; a property given as null is cleared by Graph.',
		failure:
			'HTTP 400 "Failed to patch user(s). Some users are missing id or tenantFilter" (:24-28); per-user Graph errors answer HTTP 400 with "Failed to patch user ... " plus "Successfully patched 0 of 1 users" (:160-171); HTTP 500 on an exception. With no property at all CIPP skips the user and answers HTTP 200 "Successfully patched 0 users across 1 tenant" (refusal; the node refuses an empty object before sending).',
		async: 'none',
		refusals: ['^Successfully patched 0 users'],
		verdict: 'settled',
		note: 'An empty Properties object (or one naming id, tenantFilter, manager or sponsor, which CIPP would take as routing) is refused before sending.',
	},
	'user:getHistory': {
		source: 'Identity/Reports/Invoke-ListObjectHistory.ps1',
		reads:
			'Query tenantFilter, objectId (?? id; must be a GUID, :24-36), objectType (lower-cased; picks Exchange or Entra sources, :45-80), days (1-90, default 30, :22/:44).',
		clears: 'none',
		failure:
			'HTTP 400 {Results: "Error: objectId is required" / "must be a valid GUID" / "tenantFilter is required"}. A source that fails is only named in warnings (HTTP 200).',
		async: 'none',
		refusals: [],
		output:
			'One object {objectId, objectType, resolvedObject, resolvedAs, resolvedDisplayName, days, activityFromUtc, totalEvents, sources, warnings, timeline} (:239-252); one item.',
		verdict: 'ok',
		note: "CIPP's own synopsis calls this endpoint an in-progress concept.",
	},
	'user:grantJitAdmin': {
		source: 'Identity/Administration/Users/Invoke-ExecJITAdmin.ps1 (Set-CIPPUserJITAdmin.ps1)',
		reads:
			'Body tenantFilter (.value or plain, :15), StartDate and EndDate (Unix seconds, :16-17), userAction (anything but "create" uses existingUser, :48/:84; the node sends "select"), existingUser.value (UPN, or a GUID resolved to the UPN, :85-91), AdminRoles.value (role template IDs, :165), GroupMemberships.value (not sent), ExpireAction.value (RemoveRoles, DisableUser, DeleteUser, :231), reason (:169; the enable task reads Reason), UseTAP and tapLifetimeInMinutes (not sent: no pass is made), PostExecution (not sent).',
		clears: 'none: adds the role now (or schedules it) and schedules the expiry action.',
		failure:
			'HTTP 400 when the duration exceeds the JIT maximum set in CIPP (:25-40), the user cannot be resolved (:93-97) or the enable task fails (:215-222). Role additions inside Set-CIPPUserJITAdmin use -ErrorAction SilentlyContinue (:109-115): a role that could not be added is not reported (said in the description).',
		async:
			"A start in the future is an enable task in CIPP's scheduler (:188-208); the expiry action is always a scheduled task at EndDate (:224-248).",
		refusals: [],
		verdict: 'settled',
		note: 'Without StartDate CIPP takes 1970 as the start, so its maximum-duration check would refuse; the node always sends StartDate (now when not given) and refuses an end before the start. CIPP hands back the username as copyField; the node keeps it in the message instead of treating it as a secret.',
	},
	'user:getManyJitAdmins': {
		source: 'Identity/Administration/Users/Invoke-ListJITAdmin.ps1',
		reads: 'Query TenantFilter (PowerShell is case-insensitive; sent as tenantFilter, as the OpenAPI spells it).',
		clears: 'none',
		failure: 'No try/catch: a Graph failure is an unhandled HTTP 500.',
		async:
			'AllTenants: rows from CacheJITAdmin younger than 60 minutes; otherwise a queued JITAdminOrchestrator and Metadata.QueueMessage "Loading JIT Admin data for all tenants..." (:62-92).',
		refusals: [],
		output:
			'{Results: [{id, displayName, userPrincipalName, accountEnabled, jitAdmin*, memberOf}], Metadata}; cachedRecords fits (loading item while the cache fills).',
		verdict: 'ok',
	},
	'user:getManyUserDefaultTemplates': {
		source: 'Identity/Administration/Users/Invoke-ListNewUserDefaults.ps1',
		reads:
			'Query TenantFilter (empty = every template; AllTenants = only those stored for AllTenants; a tenant = its own plus the AllTenants ones unless includeAllTenants is false, :6-43), ID (one template, :47).',
		clears: 'none',
		failure: 'None: a template whose JSON cannot be read is skipped with a warning (:24-26); always HTTP 200.',
		async: 'none',
		refusals: [],
		output:
			'JSON text of [{templateName, tenantFilter, defaultForTenant, ..., GUID, RowKey}] sorted by templateName (:45-54); parsedRecords fits.',
		verdict: 'ok',
	},
	'user:deleteUserDefaultTemplate': {
		source: 'Identity/Administration/Users/Invoke-RemoveUserDefaultTemplate.ps1',
		reads: 'Query or body ID (:6), checked as a GUID (:8).',
		clears: 'none',
		failure:
			'HTTP 404 "User Default Template with ID X not found" (:16-20); HTTP 500 "Failed to delete User Default Template: ..." for a bad ID (:21-26).',
		async: 'none',
		refusals: [],
		verdict: 'ok',
	},
	'user:getManyJitAdminTemplates': {
		source: 'Identity/Administration/Users/Invoke-ListJITAdminTemplates.ps1',
		reads: 'Query TenantFilter (as for user default templates, :8-45), GUID (one template, :49).',
		clears: 'none',
		failure: 'None: a template whose JSON cannot be read is skipped with a logged warning (:26-28); always HTTP 200.',
		async: 'none',
		refusals: [],
		output:
			'JSON text of [{templateName, tenantFilter, defaultRoles, defaultDuration, defaultExpireAction, ..., GUID, RowKey}] sorted by templateName (:47-56); parsedRecords fits.',
		verdict: 'ok',
	},
	'user:deleteJitAdminTemplate': {
		source: 'Identity/Administration/Users/Invoke-RemoveJITAdminTemplate.ps1',
		reads: 'Query or body ID (:6, required, :7-9), checked as a GUID (:11).',
		clears: 'none',
		failure:
			'HTTP 404 "JIT Admin Template with ID X not found" (:19-23); HTTP 500 "Failed to delete JIT Admin Template: ..." for a missing or bad ID (:24-29).',
		async: 'none',
		refusals: [],
		verdict: 'ok',
	},
	'user:setSourceOfAuthority': {
		source: 'Identity/Administration/Users/Invoke-ExecSetCloudManaged.ps1 (Set-CIPPCloudManaged.ps1)',
		reads:
			'Body tenantFilter (:13), ID (:14, pasted into the Graph URL: an object ID), displayName (message, :15), type (User, Group or Contact, :16; the node sends User), isCloudManaged ([System.Convert]::ToBoolean, :17; sent as "true"/"false").',
		clears: 'none: PATCHes onPremisesSyncBehavior.isCloudManaged only (helper :13-20).',
		failure:
			'HTTP 500 with "Failed to set User X (id) source of authority to ...: <error>" (helper :25-29), or the ToBoolean exception text for another value.',
		async: 'none',
		refusals: [],
		verdict: 'ok',
		note: 'Groups and contacts (type Group/Contact) are not offered by this user operation.',
	},
	'user:createJitAdminTemplate': {
		source: 'Identity/Administration/Users/Invoke-AddJITAdminTemplate.ps1',
		reads:
			'Body tenantFilter (required, AllTenants allowed: where the template applies, :16/:20), templateName (required, :17/:23), defaultForTenant ([bool], :48), defaultRoles, defaultGroups, defaultDuration, defaultExpireAction, defaultNotificationActions, reasonTemplate (stored as given, :80-88), defaultUseRoles, defaultUseGroups, generateTAPByDefault ([bool], :82-87), defaultUserAction with its user fields (:93-129, not offered).',
		clears:
			'none on other templates, except Default for Tenant, which unsets the default flag of every other template of that tenant (:50-67): said in the description. defaultUseRoles is [bool] (:82): the node turns it on when roles are given.',
		failure:
			'HTTP 500 "Failed to create JIT Admin Template: ..." for a missing name or tenant, a name already used in that tenant (:44-46), or select with AllTenants (:71-73).',
		async: 'none',
		refusals: [],
		output: '{Results: "Created JIT Admin Template \'X\' with GUID <guid>"} (:146): the node adds templateId from it.',
		verdict: 'ok',
	},
	'user:updateJitAdminTemplate': {
		source:
			'Identity/Administration/Users/Invoke-EditJITAdminTemplate.ps1; the stored template from Invoke-ListJITAdminTemplates.ps1 (query GUID, :64)',
		reads: 'Body GUID (required, :177), tenantFilter and templateName (required, :178-190) and the same template fields as Add (:253-308).',
		clears:
			'Everything: the template is rebuilt from the body alone (:253-270), missing booleans false, missing fields null. The node reads the stored template first (ListJITAdminTemplates?GUID=) and sends its fields where the user gave none, so only the given fields change.',
		failure:
			'HTTP 500 "Failed to update JIT Admin Template: ..." for an unknown GUID (:203-205), a duplicate name (:221-223) or select with AllTenants (:248-250). The node fails an unknown GUID before sending.',
		async: 'none',
		refusals: [],
		verdict: 'settled',
		note: 'CIPP would clear every field not resent; the node merges the stored template, so an update of one field keeps the others.',
	},
	'user:createUserDefaultTemplate': {
		source: 'Identity/Administration/Users/Invoke-AddUserDefaults.ps1',
		reads:
			'Body tenantFilter, templateName, defaultForTenant ([bool], :110), givenName, surname, jobTitle, department, companyName, mobilePhone, businessPhones (list, :76-82), streetAddress, city, state, postalCode, country, otherMails, setManager (stored as given), primDomain and usageLocation (string or .value, :42-59), Autopassword, password, MustChangePass (stored as given, :51-53), GUID (replaces that template, :147; not sent).',
		clears:
			'none for a new template. A given password would be stored in clear text in the templates table (:120): the node offers none and sends Autopassword true.',
		failure:
			'HTTP 500 "Failed to create User Default Template: ..." (:167-171); nothing is validated, so an empty name is stored as is (the node requires it).',
		async: 'none',
		refusals: [],
		output: '{Results: "Created User Default Template \'X\' with GUID <guid>"} (:163): the node adds templateId from it.',
		verdict: 'settled',
		note: 'Only creation is offered: CIPP replaces a template given by GUID whole. The password is never sent (Autopassword true).',
	},
	'user:setPhoto': {
		source: 'Identity/Administration/Users/Invoke-ExecSetUserPhoto.ps1',
		reads:
			'Query or body tenantFilter, userId (required, pasted into the Graph URL, :13-23), action (set or remove, :15); body photoData (base64, a data:image URL prefix stripped, :16/:49-52).',
		clears: 'Replaces the current photo (PUT users/{id}/photo/$value, :67).',
		failure:
			'HTTP 400 {Results: ["Failed to set user profile picture: ..."]} for no user, no or bad base64, more than 4 MB (:61-64) or a Graph failure (:81-89).',
		async: 'none',
		refusals: [],
		verdict: 'settled',
		note: 'CIPP uploads any bytes as image/jpeg: the node takes a binary property of the item or base64, and refuses before sending what is not base64, not a JPEG or PNG image, or larger than 4 MB.',
	},
	'user:removePhoto': {
		source: 'Identity/Administration/Users/Invoke-ExecSetUserPhoto.ps1',
		reads: 'Query or body tenantFilter, userId (required, :13-23), action remove (:25).',
		clears: 'Deletes the photo (:28).',
		failure:
			'HTTP 400 {Results: ["Failed to remove user profile picture: ..."]} (:81-89). Any "does not exist" from Graph, an unknown user too, answers HTTP 200 "User does not have a profile picture to remove." (:31-35): the node gives status noChange.',
		async: 'none',
		refusals: [],
		verdict: 'settled',
		note: 'CIPP answers an unknown user as "no profile picture": the node reads the user first (Graph passthrough) and fails the item for an unknown one.',
	},
	'user:createMany': {
		source: 'Identity/Administration/Users/Invoke-AddUserBulk.ps1 (New-GraphBulkRequest, Set-CIPPUserLicense)',
		reads:
			'Body tenantFilter (:13), BulkUser (rows: mailNickName, domain, displayName or givenName/surname, password, businessPhones; every other property is copied into the Graph user body, :30-83), licenses (.value ?? itself, GUIDs only, :16/:126-129), usageLocation (.value ?? itself, :17/:65-68).',
		clears: 'none: creates enabled users whose password must be changed at first sign-in (:53-62).',
		failure:
			'HTTP 200 for everything: per row {resultText, state: "error"} for missing fields (naming the row as PowerShell renders it, password included, :44-48) or a Graph failure (:118-123); {resultText: "No users specified to import" | "No users to import", state: "error"} (:19-25, :139-144). A licence failure is not reported (:129).',
		async: 'none',
		refusals: [],
		output:
			'{Results: [{resultText, state, copyField: password or PwPush link, username}]} (:131-136): one item per row; the password goes only to password/maskedPassword/passwordLink as Password Output says, never into message.',
		verdict: 'settled',
		note: "Rows are checked before sending (names, domain, no duplicates, no password, no property CIPP would pass to Graph unchecked), so CIPP's missing-field message that would echo a password cannot occur. The item fails only when no user was created; otherwise failed users are items with status failed.",
	},
};
