import type { AuditRecord } from './types';

/**
 * Calendar Permission resource, audited against CIPP-API (/work/cipp-api) by reading each function.
 * CIPP paths are relative to Modules/CIPPHTTP/Public/Entrypoints/HTTP Functions/ (helpers: CIPPCore/Public/...).
 * Details, fixes and sandbox differences: /work/audit/user-calendar-findings.md.
 */
export const audit: Record<string, AuditRecord> = {
	'calendarPermission:getAll': {
		source: 'Email-Exchange/Administration/Invoke-ListCalendarPermissions.ps1',
		reads:
			'query UserID, tenantFilter, UseReportDB and ByUser (neither sent: live mode). Live: Get-MailboxFolderStatistics -FolderScope Calendar (first folder, so the localized name is found), Get-Mailbox, Get-MailboxFolderPermission "<UserID>:\\<folder>" (:46-50).',
		clears: 'none',
		failure: 'Any failure -> HTTP 403 with [<normalized error>] (:54-58).',
		async: 'none',
		refusals: [],
		output:
			'Bare array of {Identity, User, AccessRights, FolderName, MailboxInfo} (the whole Get-Mailbox object repeated on every row); records fits.',
		verdict: 'ok',
	},
	'calendarPermission:set': {
		source: 'Email-Exchange/Administration/Invoke-ExecEditCalendarPermissions.ps1; CIPPCore/Public/Set-CIPPCalendarPermission.ps1',
		reads:
			'query wins over body (:14-20): tenantFilter, userid, UserToGetPermissions.value, Permissions.value, FolderName, RemoveAccess.value (absent here), CanViewPrivateItems (bound as [bool], Set-CIPPCalendarPermission.ps1:13). SendNotificationToUser is not read by this endpoint (false).',
		clears:
			'Replaces the trustee\'s level: Set-MailboxFolderPermission, and on ANY error Add-MailboxFolderPermission (:61-65). CanViewPrivateItems adds SharingPermissionFlags "Delegate,CanViewPrivateItems" (Editor only in Exchange).',
		failure:
			'Every failure is thrown as "Failed to set calendar permissions for <user> on <mailbox> : <error>" -> HTTP 403 {Results}. When Set fails for a reason other than "no entry" (e.g. CanViewPrivateItems on a non-Editor level), the error shown is the fallback Add\'s ("existing permission entry"), not the real one.',
		async: 'none (the permission cache is synced inline)',
		refusals: [],
		output:
			'{Results:"Successfully set permissions on folder <mailbox>:\\<folder>. The user <user> now has <level> permissions on this folder."}; fits (sample #3).',
		verdict: 'ok',
	},
	'calendarPermission:delete': {
		source: 'Email-Exchange/Administration/Invoke-ExecEditCalendarPermissions.ps1; CIPPCore/Public/Set-CIPPCalendarPermission.ps1',
		reads: 'tenantFilter, userid, RemoveAccess.value, FolderName (query wins over body).',
		clears: 'Remove-MailboxFolderPermission -User <RemoveAccess> on "<userid>:\\<FolderName>" (:50-58).',
		failure:
			'Thrown -> HTTP 403 {Results:"Failed to set calendar permissions for <user> on <mailbox> : …"}. Exchange does not let Default or Anonymous be removed (set them to None instead); the node\'s trustee validator accepts both, so the user gets that Exchange error (visible, inferred wording).',
		async: 'none',
		refusals: [],
		output: '{Results:"Successfully removed access for <user> from calendar <mailbox>:\\<folder>"}; fits.',
		verdict: 'ok',
	},
	'calendarPermission:modify': {
		source: 'Email-Exchange/Administration/Invoke-ExecModifyCalPerms.ps1; CIPPCore/Public/Set-CIPPCalendarPermission.ps1',
		reads:
			'body userID (blank -> 400 "Username is required"; a GUID is used as is, otherwise resolved through Graph users/<userID> -> 404 "Failed to get user ID: …"), tenantFilter, permissions: list (or object with numeric keys) of {PermissionLevel(.value), Modification ("Remove" removes, anything else adds), CanViewPrivateItems ?? false, FolderName ?? "Calendar", SendNotificationToUser ?? false, UserID: string or {value} list} (:63-75).',
		clears: 'Per target: Set-/Add-MailboxFolderPermission (replaces the level) or Remove-MailboxFolderPermission.',
		failure:
			'Any failed target -> HTTP 500 with every message (:100-115). No target at all -> HTTP 500 "No results were generated from the operation…". An entry whose UserID list is empty is skipped without a message (:75-79), so with other entries present the answer is HTTP 200.',
		async: 'none',
		refusals: [],
		output: '{Results:[one string per target]}; actionResult fits.',
		verdict: 'settled',
		note: 'An entry without users is refused before sending ("Permission N has no Users"): CIPP skips it without a result.',
	},
	'calendarPermission:setCalendarProcessing': {
		source: 'Email-Exchange/Administration/Invoke-ExecSetCalendarProcessing.ps1',
		reads:
			'body UPN, tenantFilter, automaticallyAccept / automaticallyProcess (-> AutomateProcessing AutoAccept / AutoUpdate / None, :17), ten flags read with -as [bool] (:18-27), maxConflicts, maximumDurationInMinutes, minimumDurationInMinutes, bookingWindowInDays (only if truthy, :31-42), additionalResponse (only if truthy, :43-45).',
		clears:
			'Every flag not sent is set to $false, and AutomateProcessing becomes None (no automatic processing at all) unless Automatically Accept or Automatically Process is added (the description says so). Numbers equal to 0 and an empty Additional Response are never sent to Exchange, so they cannot be set back (e.g. Max Duration 0 = no limit, Max Conflicts 0) — silently ignored.',
		failure: 'HTTP 500 {Results:"Could not update calendar processing settings for <UPN>. Error: …"}.',
		async: 'none',
		refusals: [],
		output: '{Results:"Calendar processing settings for <UPN> have been updated successfully"}; fits.',
		verdict: 'settled',
		note: 'Max Conflicts, Max/Min Duration and Booking Window of 0 are refused before sending (CIPP only passes truthy values, so 0 answered success and changed nothing); the descriptions say the numbers and Additional Response cannot be cleared. Sandbox now merges into the stored settings as Exchange does.',
	},
};
