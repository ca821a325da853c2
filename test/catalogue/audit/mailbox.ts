import type { AuditRecord } from './types';

/**
 * Mailbox, read against CIPP-API (/work/cipp-api, paths relative to
 * `Modules/CIPPHTTP/Public/Entrypoints/HTTP Functions/`). Node files: nodes/Cipp/actions/mailbox/.
 */
const ADMIN = 'Email-Exchange/Administration';

export const audit: Record<string, AuditRecord> = {
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
};
