import type { AuditRecord } from './types';

/**
 * Room & Equipment (room and equipment mailboxes, room lists), read against CIPP-API
 * (/work/cipp-api, paths relative to `Modules/CIPPHTTP/Public/Entrypoints/HTTP Functions/`).
 * Node files: nodes/Cipp/actions/room/.
 */
const DIR = 'Email-Exchange/Resources';

const BY_NAME =
	"The fields CIPP copies by name from the body (`$MailboxObject.$prop`) are not declared in CIPP's OpenAPI; the node offers them as Additional Fields and declares them in test/contract/beyondSpec with these lines. Each is applied only when not blank ([string]::IsNullOrWhiteSpace), so a false boolean is applied and a field left out is left as it is.";

export const audit: Record<string, AuditRecord> = {
	'room:getMany': {
		source: `${DIR}/Invoke-ListRooms.ps1`,
		reads: 'Query tenantFilter (:13), roomId (:14; empty for the list).',
		clears: 'none',
		failure: 'Exchange failure: HTTP 403 with the normalized error text as the body (:191-195).',
		async: 'none',
		refusals: [],
		output:
			'A bare array sorted by displayName of {id (ExternalDirectoryObjectId), displayName, mail, mailNickname, capacity, building, city, ...} built from Get-Mailbox and Get-Place (:127-187); records gives one item each. isDirSynced is always $null in the list (it reads $RoomMailbox, a variable of the single-room branch, :156). AllTenants is not handled, so not offered.',
		verdict: 'ok',
	},
	'room:get': {
		source: `${DIR}/Invoke-ListRooms.ps1`,
		reads:
			'Query tenantFilter (:13), roomId (:14): Get-Mailbox, Get-Place, Get-CalendarProcessing (bulk) and Get-MailboxCalendarConfiguration, anchored on roomId (:18-32).',
		clears: 'none',
		failure:
			'Exchange failure: HTTP 403 with the text (:191-195). A room that is not found leaves the parts empty and CIPP answers HTTP 200 with [] (:60): singleRecord fails the item with "Room <id> was not found."',
		async: 'none',
		refusals: [],
		output:
			'A one-element array with the room, its booking settings, working hours and DefaultCalendarPermission (:61-123); singleRecord takes it.',
		verdict: 'ok',
	},
	'room:create': {
		source: `${DIR}/Invoke-AddRoomMailbox.ps1`,
		reads:
			'Body tenantid (:15), username (Name), displayName, userPrincipalName (PrimarySmtpAddress), ResourceCapacity (blank -> $null) (:19-26).',
		clears: 'none (a new mailbox).',
		failure:
			'New-Mailbox failure: HTTP 500 {Results: ["Failed to create room mailbox: <name>. Error: ..."]} (:42-48). Blocking sign-in (Set-CIPPSignInState, Graph) failing after the room was made: HTTP 200 with "Failed to block sign-in for Room mailbox: <upn>. Error: ..." as the second message (:34-40), which fails the item although the room exists.',
		async: 'none',
		refusals: [],
		verdict: 'settled',
		note: 'The description says a failed sign-in block fails the item although the room was created.',
	},
	'room:update': {
		source: `${DIR}/Invoke-EditRoomMailbox.ps1`,
		reads:
			'Body tenantID (:12), roomId (Identity of every cmdlet, :21, :35, :57, :76), displayName (always sent to Set-Mailbox, :20-23), capacity (:25-27), hiddenFromAddressListsEnabled (:28-30), DefaultCalendarPermission.value or the bare value (:17, :103-125), userPrincipalName (only in the failure text, :133); by name: Set-Place Building, Floor, FloorLabel, Phone, AudioDeviceName, VideoDeviceName, DisplayDeviceName, IsWheelChairAccessible, Tags, Street, City, State, CountryOrRegion, PostalCode (:39-52; Desks, Localities, SpaceType, CustomSpaceType and ResourceLinks are read too but not offered), Set-CalendarProcessing AllowConflicts, AllowRecurringMeetings, BookingWindowInDays, MaximumDurationInMinutes, ProcessExternalMeetingMessages, EnforceCapacity, ForwardRequestsToDelegates, ScheduleOnlyDuringWorkHours, AutomateProcessing, AddOrganizerToSubject, DeleteComments, DeleteSubject, RemovePrivateProperty, RemoveCanceledMeetings, RemoveOldMeetingMessages (:60-72), Set-MailboxCalendarConfiguration WorkDays, WorkHoursStartTime, WorkHoursEndTime, WorkingHoursTimeZone (:79-87, :100).',
		clears: `DisplayName is set on every call (:22): without it Set-Mailbox fails, so the node requires it. Other fields are applied only when not blank. ${BY_NAME}`,
		failure: 'Any cmdlet failure: HTTP 403 {Results: [..., "Failed to update Room mailbox <upn>. <error>"]} (:130-136).',
		async: 'none',
		refusals: [],
		verdict: 'settled',
		note: 'CIPP always sends DisplayName to Set-Mailbox; the node makes Display Name required and its description says to give the current name to keep it.',
	},
	'room:getManyEquipment': {
		source: `${DIR}/Invoke-ListEquipment.ps1`,
		reads: 'Query TenantFilter (:13; case-insensitive, the node sends tenantFilter), EquipmentId (:12; empty for the list).',
		clears: 'none',
		failure: 'Exchange failure: HTTP 403 with the text (:82-86).',
		async: 'none',
		refusals: [],
		output: 'A bare array of Get-Mailbox rows (EquipmentMailbox) sorted by display name (:75-78, :91); records gives one item each.',
		verdict: 'ok',
	},
	'room:getEquipment': {
		source: `${DIR}/Invoke-ListEquipment.ps1`,
		reads:
			'Query TenantFilter (:13), EquipmentId (:12): Get-Mailbox, Get-User, Get-CalendarProcessing, Get-MailboxCalendarConfiguration (:18-33).',
		clears: 'none',
		failure: 'Unknown mailbox or Exchange failure: HTTP 403 with the text (:82-86).',
		async: 'none',
		refusals: [],
		output:
			'One object in an array: displayName, addresses, location, booking settings and working hours (:35-72); singleRecord takes it. street and state read the Get-User fields .Street and .State (:47, :49), which Get-User names StreetAddress and StateOrProvince, so they come back empty even after Update Equipment sets them.',
		verdict: 'ok',
	},
	'room:createEquipment': {
		source: `${DIR}/Invoke-AddEquipmentMailbox.ps1`,
		reads: 'Body tenantID (:15), username (Name), displayName, userPrincipalName (PrimarySmtpAddress) (:21-26).',
		clears: 'none (a new mailbox).',
		failure:
			'New-Mailbox failure: HTTP 403 {Results: ["Failed to create equipment mailbox: <name>. Error: ..."]} (:44-50). A failed sign-in block: HTTP 200 with "Failed to block sign-in for Equipment mailbox: ..." (:34-40), which fails the item although the mailbox exists.',
		async: 'none',
		refusals: [],
		verdict: 'settled',
		note: 'The description says a failed sign-in block fails the item although the mailbox was created.',
	},
	'room:updateEquipment': {
		source: `${DIR}/Invoke-EditEquipmentMailbox.ps1`,
		reads:
			'Body tenantID (:14), equipmentId (Identity, :21, :31, :50, :67), displayName (always sent to Set-Mailbox, :20-23), hiddenFromAddressListsEnabled (:25-27), userPrincipalName (only in the failure text, :102); by name: Set-User Department, Company, Phone, StreetAddress, City, StateOrProvince, CountryOrRegion, PostalCode (:35-46; Location and Tags are read too but are not Set-User parameters, so not offered), Set-CalendarProcessing AllowConflicts, AllowRecurringMeetings, BookingWindowInDays, MaximumDurationInMinutes, ProcessExternalMeetingMessages, ForwardRequestsToDelegates, ScheduleOnlyDuringWorkHours, AutomateProcessing (:53-63), Set-MailboxCalendarConfiguration WorkDays, WorkHoursStartTime, WorkHoursEndTime, WorkingHoursTimeZone (:70-78, :93).',
		clears: `DisplayName is set on every call (:22), so the node requires it. ${BY_NAME}`,
		failure: 'Any cmdlet failure: HTTP 403 {Results: [..., "Failed to update Equipment mailbox <upn>. <error>"]} (:99-104).',
		async: 'none',
		refusals: [],
		verdict: 'settled',
		note: 'CIPP always sends DisplayName to Set-Mailbox; the node makes Display Name required and says to give the current name to keep it.',
	},
	'room:getManyRoomLists': {
		source: `${DIR}/Invoke-ListRoomLists.ps1`,
		reads: 'Query tenantFilter (:13), groupID (:14; empty for the list).',
		clears: 'none',
		failure: 'Exchange failure: HTTP 500 with the text (:100-104).',
		async: 'none',
		refusals: [],
		output:
			'{Results: [{Guid, DisplayName, PrimarySmtpAddress, Alias, Phone, Identity, Notes, Description, Id}]} sorted by DisplayName (:95-98); resultRecords unwraps Results.',
		verdict: 'ok',
	},
	'room:getRoomList': {
		source: `${DIR}/Invoke-ListRoomLists.ps1`,
		reads:
			"Query tenantFilter (:13), groupID (:14), members and owners ('true' to include them, :15-16, :32, :42): the node always sends both as 'true'.",
		clears: 'none',
		failure:
			'Unknown list or Exchange failure: HTTP 500 with the text (:100-104). Owners that cannot be read are left empty with only a warning (:83-86).',
		async: 'none',
		refusals: [],
		output:
			'One object {groupInfo (with primDomain), members [{id, displayName, mail, ...}], owners, allowExternal} (:24-29); singleRecord gives it as one item.',
		verdict: 'ok',
	},
	'room:createRoomList': {
		source: `${DIR}/Invoke-AddRoomList.ps1`,
		reads:
			'Body tenantFilter ?? tenantid (:15), username (Name), displayName, primDomain.value (:21-33; without it the address is username@<tenant filter as given>, :24).',
		clears: 'none (a new room list).',
		failure: 'New-DistributionGroup failure: HTTP 500 {Results: ["Failed to create room list: <name>. Error: ..."]} (:41-47).',
		async: 'none',
		refusals: [],
		verdict: 'settled',
		note: 'Without a Domain CIPP builds the address from the tenant filter, which fails for a tenant ID: the tenant picker here accepts only a domain.',
	},
	'room:updateRoomList': {
		source: `${DIR}/Invoke-EditRoomList.ps1`,
		reads:
			'Body tenantFilter (:18), groupId (:17), displayName, description, mailNickname (Set-DistributionGroup only when one is given, :22-47), AddMember[] (.value or bare, :50-67), RemoveMember[] (:70-87), AddOwner/RemoveOwner (read as .addedFields.id or .value, which the OpenAPI types as strings: not offered), allowExternal (RequireSenderAuthenticationEnabled = -not allowExternal, when not $null).',
		clears: 'none: each part runs only when its field is given.',
		failure:
			'Always HTTP 200 {Results: [...]}: each step adds "Successfully ..." or "Failed to add room <x> : ...", "Failed to remove room ...", "Failed to update room list properties: ...", "Failed to update external email settings: ..."; an outer error "An error occurred while editing the room list: ..." (all caught by the failure words). With no field: HTTP 200 with an empty Results.',
		async: 'none',
		refusals: [],
		verdict: 'settled',
		note: 'With no field CIPP answers an empty Results and does nothing: the node refuses an update without fields before sending. A failed step fails the item with its words even when other steps succeeded.',
	},
};
