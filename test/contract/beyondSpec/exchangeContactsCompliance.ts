import type { BeyondSpec } from './types';

const CONTACTS = 'Email-Exchange/Administration/Contacts';
const RESOURCES = 'Email-Exchange/Resources';

const typed = (type: string, ...names: string[]) => Object.fromEntries(names.map((name) => [name, type]));

/** Set-CalendarProcessing and Set-MailboxCalendarConfiguration fields both Edit endpoints copy by name. */
const booking = {
	...typed(
		'boolean',
		'AllowConflicts',
		'AllowRecurringMeetings',
		'ProcessExternalMeetingMessages',
		'ForwardRequestsToDelegates',
		'ScheduleOnlyDuringWorkHours',
	),
	...typed('integer', 'BookingWindowInDays', 'MaximumDurationInMinutes'),
	...typed('string', 'AutomateProcessing', 'WorkDays', 'WorkHoursStartTime', 'WorkHoursEndTime', 'WorkingHoursTimeZone'),
};

/** The contact template fields Add/EditContactTemplates copy from the body by name ($propertiesToKeep). */
const contactTemplate: Record<string, string> = {
	firstName: 'string',
	lastName: 'string',
	email: 'string',
	hidefromGAL: 'boolean',
	streetAddress: 'string',
	postalCode: 'string',
	city: 'string',
	state: 'string',
	country: 'string',
	companyName: 'string',
	mobilePhone: 'string',
	businessPhone: 'string',
	jobTitle: 'string',
	website: 'string',
	mailTip: 'string',
};

/** Email-Exchange contacts and resources; Security compliance. */
export const beyondSpec: Record<string, BeyondSpec> = {
	EditRoomMailbox: {
		body: {
			...typed(
				'string',
				'Building',
				'FloorLabel',
				'Phone',
				'AudioDeviceName',
				'VideoDeviceName',
				'DisplayDeviceName',
				'Street',
				'City',
				'State',
				'CountryOrRegion',
				'PostalCode',
			),
			...typed('integer', 'Floor'),
			...typed(
				'boolean',
				'IsWheelChairAccessible',
				'EnforceCapacity',
				'AddOrganizerToSubject',
				'DeleteComments',
				'DeleteSubject',
				'RemovePrivateProperty',
				'RemoveCanceledMeetings',
				'RemoveOldMeetingMessages',
			),
			...typed('string[]', 'Tags'),
			...booking,
		},
		source: `${RESOURCES}/Invoke-EditRoomMailbox.ps1 (place :39-52, calendar processing :60-72, calendar configuration :79-87)`,
	},
	EditEquipmentMailbox: {
		body: {
			...typed('string', 'Department', 'Company', 'Phone', 'StreetAddress', 'City', 'StateOrProvince', 'CountryOrRegion', 'PostalCode'),
			...booking,
		},
		source: `${RESOURCES}/Invoke-EditEquipmentMailbox.ps1 (user :35-46, calendar processing :53-63, calendar configuration :70-78)`,
	},
	AddContactTemplates: { body: contactTemplate, source: `${CONTACTS}/Invoke-AddContactTemplates.ps1 (:27-37)` },
	EditContactTemplates: { body: contactTemplate, source: `${CONTACTS}/Invoke-EditContactTemplates.ps1 (:43-53)` },
};
