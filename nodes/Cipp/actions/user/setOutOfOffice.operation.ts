import { writes } from '../common/endpoints';
import { additionalFields, asLabelValue, dateField, pascalFlag, requiredChoice, text } from '../common/fields';
import { mailboxParameter, tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import * as validate from '../common/validators';
import type { CippOperation } from '../types';

const time = (displayName: string, name: string, description: string) => dateField(displayName, name, description, name);

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
		requiredChoice('State', 'autoReplyState', 'Whether automatic replies are on', asLabelValue('AutoReplyState'), 'Enabled', [
			{ name: 'Disabled', value: 'Disabled' },
			{ name: 'Enabled', value: 'Enabled' },
			{ name: 'Scheduled', value: 'Scheduled', description: 'On between Start Time and End Time' },
		]),
		additionalFields([
			text('Internal Message', 'InternalMessage', 'The reply to senders in the organisation (HTML allowed)', 'InternalMessage', {
				placeholder: 'e.g. I am out of the office until Monday.',
				check: validate.message,
			}),
			text(
				'External Message',
				'ExternalMessage',
				'The reply to senders outside the organisation (HTML allowed). Leave out to turn external replies off: CIPP then sets the external audience to None, even when a message is already stored.',
				'ExternalMessage',
				{ placeholder: 'e.g. I am out of the office until Monday.', check: validate.message },
			),
			time('Start Time', 'StartTime', 'Scheduled only: when the replies start (default now)'),
			time('End Time', 'EndTime', 'Scheduled only: when the replies stop (default seven days after the start)'),
			pascalFlag('Create Calendar Event', 'CreateOOFEvent', 'Scheduled only: whether to block the period in the calendar'),
			text('Calendar Event Subject', 'OOFEventSubject', 'Scheduled only: the subject of that calendar event', 'OOFEventSubject', {
				placeholder: 'e.g. Out of office',
			}),
			pascalFlag('Decline New Meetings', 'AutoDeclineFutureRequestsWhenOOF', 'Scheduled only: whether requests in the period are declined'),
			pascalFlag('Decline Existing Meetings', 'DeclineEventsForScheduledOOF', 'Scheduled only: whether existing meetings are declined'),
			text('Decline Message', 'DeclineMeetingMessage', 'Scheduled only: the text sent with declined meetings', 'DeclineMeetingMessage', {
				check: validate.message,
			}),
			text('Time Zone', 'timezone', 'Windows time zone ID used to show the period in the result', 'timezone', {
				placeholder: 'e.g. W. Europe Standard Time',
			}),
		]),
	],
	output: actionResult(),
};
