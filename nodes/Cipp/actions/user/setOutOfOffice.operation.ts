import { writes } from '../common/endpoints';
import { additionalFields, booleanField, requiredParameter, textField } from '../common/fields';
import type { FieldEntry } from '../common/fields';
import { mailboxParameter, tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import * as validate from '../common/validators';
import type { CippOperation } from '../types';

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
		"Turn a mailbox's automatic replies (out of office) on, off, or on for a scheduled period, with internal and external messages. Without an External Message CIPP turns replies to external senders off.",
	...writes('ExecSetOoO', 'Exchange.Mailbox.ReadWrite'),
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
			textField(
				{
					displayName: 'Internal Message',
					name: 'InternalMessage',
					description: 'The reply to senders in the organisation (HTML allowed)',
					placeholder: 'e.g. I am out of the office until Monday.',
				},
				{ name: 'InternalMessage', in: 'body' },
				validate.message,
			),
			textField(
				{
					displayName: 'External Message',
					name: 'ExternalMessage',
					description:
						'The reply to senders outside the organisation (HTML allowed). Leave out to turn external replies off: CIPP then sets the external audience to None, even when a message is already stored.',
					placeholder: 'e.g. I am out of the office until Monday.',
				},
				{ name: 'ExternalMessage', in: 'body' },
				validate.message,
			),
			time('Start Time', 'StartTime', 'Scheduled only: when the replies start (default now)'),
			time('End Time', 'EndTime', 'Scheduled only: when the replies stop (default seven days after the start)'),
			booleanField(
				{
					displayName: 'Create Calendar Event',
					name: 'CreateOOFEvent',
					description: 'Scheduled only: whether to block the period in the calendar',
				},
				{ name: 'CreateOOFEvent', in: 'body' },
			),
			textField(
				{
					displayName: 'Calendar Event Subject',
					name: 'OOFEventSubject',
					description: 'Scheduled only: the subject of that calendar event',
					placeholder: 'e.g. Out of office',
				},
				{ name: 'OOFEventSubject', in: 'body' },
			),
			booleanField(
				{
					displayName: 'Decline New Meetings',
					name: 'AutoDeclineFutureRequestsWhenOOF',
					description: 'Scheduled only: whether meeting requests for the period are declined',
				},
				{ name: 'AutoDeclineFutureRequestsWhenOOF', in: 'body' },
			),
			booleanField(
				{
					displayName: 'Decline Existing Meetings',
					name: 'DeclineEventsForScheduledOOF',
					description: 'Scheduled only: whether meetings already in the period are declined',
				},
				{ name: 'DeclineEventsForScheduledOOF', in: 'body' },
			),
			textField(
				{
					displayName: 'Decline Message',
					name: 'DeclineMeetingMessage',
					description: 'Scheduled only: the text sent with declined meetings',
				},
				{ name: 'DeclineMeetingMessage', in: 'body' },
				validate.message,
			),
			textField(
				{
					displayName: 'Time Zone',
					name: 'timezone',
					description: 'Windows time zone ID used to show the period in the result',
					placeholder: 'e.g. W. Europe Standard Time',
				},
				{ name: 'timezone', in: 'body' },
			),
		]),
	],
	output: actionResult(),
};
