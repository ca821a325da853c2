import { writes } from '../common/endpoints';
import { additionalFields, flag, numberField, text } from '../common/fields';
import { tenantParameter, userParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import * as validate from '../common/validators';
import type { CippOperation, Validator } from '../types';

/** CIPP passes a number on only when it is not 0: a 0 would answer success and change nothing, so it is refused. */
const notZero: Validator = (value, check) => {
	if (Number(value) === 0) {
		validate.invalid(
			check,
			'CIPP skips a 0, so the current value would stay while it answers success.',
			`Give at least 1, or remove "${check.field}" to keep the current value.`,
		);
	}
	return value;
};

const number = (displayName: string, name: string, description: string) =>
	numberField(
		{ displayName, name, typeOptions: { minValue: 0 }, default: 0, description: `${description}. At least 1: CIPP cannot set 0.` },
		{ name, in: 'body', validate: notZero },
	);

/** The on/off settings, each sent under its own name and on when added: CIPP turns off any not added. */
const SWITCHES: Array<[string, string, string]> = [
	[
		'Automatically Accept',
		'automaticallyAccept',
		'Whether meeting requests are accepted automatically when the resource is free (AutoAccept)',
	],
	[
		'Automatically Process',
		'automaticallyProcess',
		'Whether requests are only marked tentative for a delegate to decide (AutoUpdate), when not accepted automatically',
	],
	['Allow Conflicts', 'allowConflicts', 'Whether overlapping meetings are accepted'],
	['Allow Recurring Meetings', 'allowRecurringMeetings', 'Whether recurring meetings are accepted'],
	['Only During Work Hours', 'scheduleOnlyDuringWorkHours', "Whether meetings must fall within the mailbox's working hours"],
	['Add Organizer to Subject', 'addOrganizerToSubject', "Whether the organiser's name is added to the subject"],
	['Delete Comments', 'deleteComments', 'Whether the body of incoming requests is removed'],
	['Delete Subject', 'deleteSubject', 'Whether the subject of incoming requests is removed'],
	['Remove Private Property', 'removePrivateProperty', 'Whether the private flag of incoming requests is cleared'],
	['Remove Canceled Meetings', 'removeCanceledMeetings', 'Whether cancelled meetings are deleted from the calendar'],
	['Remove Old Meeting Messages', 'removeOldMeetingMessages', 'Whether old and redundant meeting messages are deleted'],
	['Process External Meeting Messages', 'processExternalMeetingMessages', 'Whether requests from outside the organisation are processed'],
];

/** The numbers, each changed only when given. */
const NUMBERS: Array<[string, string, string]> = [
	['Max Conflicts', 'maxConflicts', 'How many occurrences of a recurring meeting may conflict before it is declined'],
	['Max Duration (Minutes)', 'maximumDurationInMinutes', 'The longest meeting accepted, in minutes'],
	['Min Duration (Minutes)', 'minimumDurationInMinutes', 'The shortest meeting accepted, in minutes'],
	['Booking Window (Days)', 'bookingWindowInDays', 'How many days ahead the resource can be booked'],
];

export const setCalendarProcessing: CippOperation = {
	resource: 'calendarPermission',
	value: 'setCalendarProcessing',
	name: 'Set Calendar Processing',
	action: 'Set how a room or resource mailbox handles meetings',
	description:
		'Set the booking behaviour of a room, equipment or resource mailbox (Exchange Set-CalendarProcessing). CIPP sets every on/off setting on each call: any not added here is turned off. The numbers and Additional Response are only changed when given (not 0, not empty); CIPP cannot clear them.',
	...writes('ExecSetCalendarProcessing', 'Exchange.Mailbox.ReadWrite'),
	parameters: [
		tenantParameter('body'),
		userParameter(
			{ name: 'UPN', in: 'body' },
			{
				name: 'mailbox',
				displayName: 'Mailbox',
				description: 'The room, equipment or resource mailbox, by user principal name or object ID',
			},
		),
		additionalFields([
			...SWITCHES.map(([displayName, name, description]) => flag(displayName, name, description, name, true)),
			...NUMBERS.map(([displayName, name, description]) => number(displayName, name, description)),
			text(
				'Additional Response',
				'additionalResponse',
				'Text added to the acceptance reply. CIPP cannot clear it: leaving it out keeps the current text.',
				'additionalResponse',
				{ placeholder: 'e.g. Please leave the room tidy.', check: validate.longText },
			),
		]),
	],
	output: actionResult(),
};
