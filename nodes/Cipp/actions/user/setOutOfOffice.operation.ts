import { actionResult } from '../common/outputs';
import { additionalFields, requiredParameter, tenantParameter } from '../common/parameters';
import type { CippOperation } from '../types';
import type { FieldEntry } from './fields';
import { booleanField, mailboxParameter, textField } from './fields';

const time = (displayName: string, name: string, description: string): FieldEntry => ({
	property: { displayName, name, type: 'dateTime', default: '', description },
	send: { name, in: 'body', encoding: 'unixSeconds' },
});

export const setOutOfOffice: CippOperation = {
	resource: 'user',
	value: 'setOutOfOffice',
	name: 'Set Out of Office',
	action: "Set a mailbox's automatic replies",
	description:
		"Turn a mailbox's automatic replies (out of office) on, off, or on for a scheduled period, with internal and external messages",
	endpoint: 'ExecSetOoO',
	method: 'POST',
	access: 'write',
	role: 'Exchange.Mailbox.ReadWrite',
	parameters: [
		tenantParameter('body'),
		mailboxParameter({ name: 'userId', in: 'body' }),
		requiredParameter(
			{
				displayName: 'State',
				name: 'autoReplyState',
				type: 'options',
				options: [
					{ name: 'Disabled', value: 'Disabled' },
					{ name: 'Enabled', value: 'Enabled' },
					{ name: 'Scheduled', value: 'Scheduled', description: 'On between Start Time and End Time' },
				],
				default: 'Enabled',
				description: 'Whether automatic replies are on',
			},
			{ name: 'AutoReplyState', in: 'body', encoding: 'labelValue' },
		),
		additionalFields([
			textField('Internal Message', 'InternalMessage', 'The reply to senders in the organisation (HTML allowed)', {
				placeholder: 'e.g. I am out of the office until Monday.',
			}),
			textField('External Message', 'ExternalMessage', 'The reply to senders outside the organisation (HTML allowed)', {
				placeholder: 'e.g. I am out of the office until Monday.',
			}),
			time('Start Time', 'StartTime', 'Scheduled only: when the replies start (default now)'),
			time('End Time', 'EndTime', 'Scheduled only: when the replies stop (default seven days after the start)'),
			booleanField('Create Calendar Event', 'CreateOOFEvent', 'Scheduled only: whether to block the period in the calendar'),
			textField('Calendar Event Subject', 'OOFEventSubject', 'Scheduled only: the subject of that calendar event', { placeholder: 'e.g. Out of office' }),
			booleanField('Decline New Meetings', 'AutoDeclineFutureRequestsWhenOOF', 'Scheduled only: whether meeting requests for the period are declined'),
			booleanField('Decline Existing Meetings', 'DeclineEventsForScheduledOOF', 'Scheduled only: whether meetings already in the period are declined'),
			textField('Decline Message', 'DeclineMeetingMessage', 'Scheduled only: the text sent with declined meetings'),
			textField('Time Zone', 'timezone', 'Windows time zone ID used to show the period in the result', { placeholder: 'e.g. W. Europe Standard Time' }),
		]),
	],
	output: actionResult(),
};
