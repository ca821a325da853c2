import { choiceField, choices, flag, numberField, pascalCase, pascalFlag, requiredText, textField } from '../common/fields';
import type { FieldEntry } from '../common/fields';
import { recordParameter } from '../common/pickers';
import * as validate from '../common/validators';
import type { CippParameter, SendTo, Validator } from '../types';

type Kind = 'room' | 'equipment' | 'roomList';

const KINDS: Record<Kind, { displayName: string; name: string; list: string; what: string; from: string }> = {
	room: { displayName: 'Room', name: 'roomId', list: 'searchRooms', what: 'room mailbox', from: 'Get Many' },
	equipment: {
		displayName: 'Equipment',
		name: 'equipmentId',
		list: 'searchEquipment',
		what: 'equipment mailbox',
		from: 'Get Many Equipment',
	},
	roomList: { displayName: 'Room List', name: 'roomListId', list: 'searchRoomLists', what: 'room list', from: 'Get Many Room Lists' },
};

/** A room mailbox, equipment mailbox or room list of the chosen tenant: Exchange takes its address or ID. */
export function resourceParameter(kind: Kind, send: SendTo): CippParameter {
	const { displayName, name, list, what, from } = KINDS[kind];
	return recordParameter(
		{
			displayName,
			name,
			description: `The ${what}, from the list or by its email address or ID (from Room & Equipment → ${from})`,
			searchListMethod: list,
			placeholder: `Select a ${what}...`,
			typed: 'text',
		},
		send,
	);
}

/** The name shown in the address list: CIPP sets it on every edit, so an edit needs it too. */
export function displayNameParameter(description = 'The name shown in the address list'): CippParameter {
	return requiredText(
		{ displayName: 'Display Name', name: 'displayName', placeholder: 'e.g. Board Room', description },
		{ name: 'displayName', in: 'body' },
	);
}

/** What a new room, equipment mailbox or room list is called: its display name and alias. */
export const aliasParameter: CippParameter = requiredText(
	{ displayName: 'Alias', name: 'username', placeholder: 'e.g. boardroom', description: 'The mail nickname (the part before the @)' },
	{ name: 'username', in: 'body' },
);

/** The primary address of a new room or equipment mailbox. */
export const primaryAddressParameter: CippParameter = requiredText(
	{
		displayName: 'Email Address',
		name: 'userPrincipalName',
		placeholder: 'e.g. boardroom@contoso.com',
		description: 'The primary email address',
	},
	{ name: 'userPrincipalName', in: 'body', validate: validate.userPrincipalName },
);

/** Hide a room or equipment mailbox from the address list, or show it again. */
export const hiddenField: FieldEntry = flag(
	'Hidden From Address Lists',
	'hiddenFromAddressListsEnabled',
	'Whether the mailbox is hidden from the global address list',
	'hiddenFromAddressListsEnabled',
);

const text = (displayName: string, name: string, placeholder: string, check: Validator = validate.text): FieldEntry =>
	textField({ displayName, name, placeholder }, { name: pascalCase(name), in: 'body' }, check);

const DAY = '(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Weekdays|WeekendDays|AllDays|None)';
const TIME = validate.matching(/^([01]?\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/, '08:30');
const DAYS = validate.matching(new RegExp(`^${DAY}(\\s*,\\s*${DAY})*$`), 'Weekdays');

/** Where a room or equipment mailbox is (Set-Place for a room, Set-User for equipment: CIPP copies these by name). */
const phone = text('Phone', 'phone', 'e.g. +1 425 555 0100');
const city = text('City', 'city', 'e.g. Seattle');
const country = text('Country or Region', 'countryOrRegion', 'e.g. US');
const postalCode = text('Postal Code', 'postalCode', 'e.g. 98052');

/** Set-Place fields of a room that EditRoomMailbox copies by name when not blank. */
export const roomPlaceFields: FieldEntry[] = [
	text('Building', 'building', 'e.g. Building 1'),
	numberField(
		{ displayName: 'Floor', name: 'floor', default: 1, typeOptions: { minValue: -20 }, description: 'The floor number' },
		{ name: 'Floor', in: 'body' },
	),
	text('Floor Label', 'floorLabel', 'e.g. Ground floor'),
	phone,
	text('Audio Device', 'audioDeviceName', 'e.g. Conference phone'),
	text('Video Device', 'videoDeviceName', 'e.g. Teams Room camera'),
	text('Display Device', 'displayDeviceName', 'e.g. 65-inch screen'),
	pascalFlag('Wheelchair Accessible', 'isWheelChairAccessible', 'Whether the room is wheelchair accessible'),
	textField(
		{ displayName: 'Tags', name: 'tags', placeholder: 'e.g. Whiteboard, Quiet', description: 'Room features, separated by commas' },
		{ name: 'Tags', in: 'body', encoding: 'stringList' },
		validate.commaList,
	),
	text('Street', 'street', 'e.g. 1 Main Street'),
	city,
	text('State', 'state', 'e.g. WA'),
	country,
	postalCode,
];

/** Set-User fields of an equipment mailbox that EditEquipmentMailbox copies by name when not blank. */
export const equipmentUserFields: FieldEntry[] = [
	text('Department', 'department', 'e.g. IT'),
	text('Company', 'company', 'e.g. Contoso'),
	phone,
	text('Street Address', 'streetAddress', 'e.g. 1 Main Street'),
	city,
	text('State or Province', 'stateOrProvince', 'e.g. WA'),
	country,
	postalCode,
];

/** Set-CalendarProcessing and Set-MailboxCalendarConfiguration fields both Edit endpoints copy by name when not blank. */
export const bookingFields: FieldEntry[] = [
	choiceField(
		'Automate Processing',
		'automateProcessing',
		'How booking requests are handled',
		'AutomateProcessing',
		'AutoAccept',
		choices({ 'Accept or Decline Automatically': 'AutoAccept', 'Mark Tentative Only': 'AutoUpdate', None: 'None' }),
	),
	pascalFlag('Allow Conflicts', 'allowConflicts', 'Whether overlapping bookings are accepted'),
	pascalFlag('Allow Recurring Meetings', 'allowRecurringMeetings', 'Whether recurring meetings are accepted'),
	numberField(
		{ displayName: 'Booking Window (Days)', name: 'bookingWindowInDays', default: 180, typeOptions: { minValue: 0, maxValue: 1080 } },
		{ name: 'BookingWindowInDays', in: 'body' },
	),
	numberField(
		{ displayName: 'Maximum Duration (Minutes)', name: 'maximumDurationInMinutes', default: 1440, typeOptions: { minValue: 0 } },
		{ name: 'MaximumDurationInMinutes', in: 'body' },
	),
	pascalFlag('Process External Meeting Messages', 'processExternalMeetingMessages', 'Whether requests from outside are processed'),
	pascalFlag('Forward Requests to Delegates', 'forwardRequestsToDelegates', 'Whether requests go to the resource delegates'),
	pascalFlag('Schedule Only During Work Hours', 'scheduleOnlyDuringWorkHours', 'Whether only bookings within working hours are accepted'),
	text('Work Days', 'workDays', 'e.g. Monday, Tuesday or Weekdays', DAYS),
	text('Work Hours Start', 'workHoursStartTime', 'e.g. 08:00', TIME),
	text('Work Hours End', 'workHoursEndTime', 'e.g. 17:30', TIME),
	text('Working Hours Time Zone', 'workingHoursTimeZone', 'e.g. Pacific Standard Time'),
];

/** Set-CalendarProcessing fields only EditRoomMailbox copies. */
export const roomBookingFields: FieldEntry[] = [
	pascalFlag('Enforce Capacity', 'enforceCapacity', 'Whether bookings above the capacity are declined'),
	pascalFlag('Add Organizer to Subject', 'addOrganizerToSubject', "Whether the organiser's name replaces the subject"),
	pascalFlag('Delete Comments', 'deleteComments', 'Whether the body of requests is removed'),
	pascalFlag('Delete Subject', 'deleteSubject', 'Whether the subject of requests is removed'),
	pascalFlag('Remove Private Property', 'removePrivateProperty', 'Whether the private flag of requests is cleared'),
	pascalFlag('Remove Canceled Meetings', 'removeCanceledMeetings', 'Whether cancelled meetings are deleted from the calendar'),
	pascalFlag('Remove Old Meeting Messages', 'removeOldMeetingMessages', 'Whether outdated meeting messages are deleted'),
];
