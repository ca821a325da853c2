import { additionalFields, flag, textField } from '../common/fields';
import { upnEntries, vacationWrite } from '../shared/mailbox';

const onlyIfOn = (displayName: string, name: string, description: string) =>
	flag(displayName, name, description, { name, in: 'body' }, true);

export const scheduleOutOfOffice = vacationWrite({
	value: 'scheduleOutOfOffice',
	name: 'Schedule Out Of Office',
	action: 'Schedule out of office replies for a vacation',
	description: 'Schedule automatic replies for one or more mailboxes: turned on at the start date and off at the end date',
	endpoint: 'ExecScheduleOOOVacation',
	parameters: [
		upnEntries('Users', 'users', 'Users', 'The mailboxes, by user principal name, separated by commas'),
		additionalFields([
			textField(
				{ displayName: 'Internal Message', name: 'internalMessage', default: '', description: 'The reply to senders in the organisation' },
				{ name: 'internalMessage', in: 'body' },
			),
			textField(
				{
					displayName: 'External Message',
					name: 'externalMessage',
					default: '',
					description: 'The reply to senders outside the organisation',
				},
				{ name: 'externalMessage', in: 'body' },
			),
			onlyIfOn('Create Calendar Event', 'CreateOOFEvent', 'Whether to block the time in the calendar'),
			textField(
				{ displayName: 'Calendar Event Subject', name: 'OOFEventSubject', default: '', description: 'The subject of that calendar event' },
				{ name: 'OOFEventSubject', in: 'body' },
			),
			onlyIfOn('Decline New Invitations', 'AutoDeclineFutureRequestsWhenOOF', 'Whether to decline meeting invitations for the period'),
			onlyIfOn('Decline Existing Meetings', 'DeclineEventsForScheduledOOF', 'Whether to cancel or decline meetings already in the period'),
			textField(
				{ displayName: 'Decline Message', name: 'DeclineMeetingMessage', default: '', description: 'The text sent with each decline' },
				{ name: 'DeclineMeetingMessage', in: 'body' },
			),
		]),
	],
});
