import { additionalFields, choiceProperty, flag, sameNamed } from '../common/fields';
import { MAILBOX_PERMISSIONS, upnEntries, vacationWrite } from '../shared/mailbox';

const CALENDAR_ROLES = sameNamed(['Reviewer', 'Author', 'Editor', 'PublishingEditor', 'Owner', 'LimitedDetails', 'AvailabilityOnly']);

export const scheduleDelegateAccess = vacationWrite({
	value: 'scheduleDelegateAccess',
	name: 'Schedule Delegate Access',
	action: 'Schedule mailbox access for delegates during a vacation',
	description:
		'Grant delegates permissions on one or more mailboxes (and optionally their calendars) at the start date and remove them at the end date',
	endpoint: 'ExecScheduleMailboxVacation',
	parameters: [
		upnEntries('Mailboxes', 'mailboxOwners', 'mailboxOwners', 'The mailboxes to share, by user principal name, separated by commas'),
		upnEntries('Delegates', 'delegates', 'delegates', 'Who gets access, by user principal name, separated by commas'),
		{
			property: {
				displayName: 'Permissions',
				name: 'permissionTypes',
				type: 'multiOptions',
				required: true,
				default: ['FullAccess'],
				options: MAILBOX_PERMISSIONS,
				description: 'The mailbox permissions each delegate gets on each mailbox',
			},
			send: { name: 'permissionTypes', in: 'body', encoding: 'stringList' },
		},
		additionalFields([
			flag('Auto-Map', 'autoMap', "Whether Outlook adds a Full Access mailbox to the delegate's folder list", 'autoMap', true),
			{
				property: choiceProperty(
					'Calendar Permission',
					'calendarPermission',
					'Reviewer',
					CALENDAR_ROLES,
					"Also give each delegate this role on each mailbox's calendar",
				),
				send: { name: 'calendarPermission', in: 'body', encoding: 'labelValue' },
			},
			flag(
				'Can View Private Items',
				'canViewPrivateItems',
				'With a calendar permission: whether delegates see private appointments',
				'canViewPrivateItems',
			),
		]),
	],
	constants: { body: { includeCalendar: true } },
});
