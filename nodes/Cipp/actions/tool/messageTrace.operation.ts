import { additionalFields, choiceField, dateField, text } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { records } from '../common/readers';
import * as validate from '../common/validators';
import type { CippOperation, StepContext, Validator } from '../types';

/**
 * CIPP turns the request into one Get-MessageTraceV2 query (Invoke-ListMessageTrace.ps1:23-41),
 * and that cmdlet serves at most 10 days per query: a longer span fails at Exchange.
 */
const MAX_DAYS = 10;
const DAY_SECONDS = 86_400;

const traceDays: Validator = (value, check) => {
	const days = Number(value);
	if (!Number.isInteger(days) || days < 1 || days > MAX_DAYS) {
		validate.invalid(
			check,
			`${String(value)} days cannot be traced in one query: Exchange's message trace serves at most ${MAX_DAYS} days per query.`,
			`Enter 1 to ${MAX_DAYS}, or trace a longer period in ${MAX_DAYS}-day slices with Start Date and End Date (one item per slice).`,
		);
	}
	return days;
};

/** Days and a date range together: CIPP silently uses Days and ignores the dates (:23-26); a range over 10 days fails at Exchange. */
function checkSpan(context: StepContext): void {
	const { days, startDate, endDate, messageId } = context.values;
	if (messageId !== undefined) return;
	const check = (field: string) => ({ node: context.node, field, itemIndex: context.itemIndex, access: 'read' as const });
	if (days !== undefined && (startDate !== undefined || endDate !== undefined)) {
		validate.invalid(
			check('Days'),
			'Days and Start Date / End Date were both given; CIPP would use Days and silently ignore the dates.',
			'Remove Days to trace the date range, or remove the dates.',
		);
	}
	if (startDate === undefined || endDate === undefined) return;
	const start = validate.unixSeconds(startDate, check('Start Date'));
	const end = validate.unixSeconds(endDate, check('End Date'));
	if (end < start) validate.invalid(check('End Date'), 'End Date is before Start Date.', 'Swap the dates.');
	if (end - start > MAX_DAYS * DAY_SECONDS) {
		validate.invalid(
			check('End Date'),
			`the range is ${((end - start) / DAY_SECONDS).toFixed(1)} days; Exchange's message trace serves at most ${MAX_DAYS} days per query.`,
			`Trace a longer period in ${MAX_DAYS}-day slices (one item per slice).`,
		);
	}
}

const STATUSES = ['Delivered', 'Expanded', 'Failed', 'FilteredAsSpam', 'GettingStatus', 'Pending', 'Quarantined'];

const date = (displayName: string, name: string, description: string) => dateField(displayName, name, description, name);

export const messageTrace: CippOperation = {
	resource: 'tool',
	value: 'messageTrace',
	name: 'Message Trace',
	action: 'Trace email messages of a tenant',
	description:
		'Search the Exchange Online message trace of a customer tenant, one item per message (ID, status, subject, sender, recipient, time, IPs), by sender, recipient, message ID, status or time range',
	endpoint: 'ListMessageTrace',
	method: 'POST',
	access: 'read',
	role: 'Exchange.Mailbox.Read',
	list: true,
	parameters: [
		tenantParameter('body'),
		additionalFields([
			{
				property: {
					displayName: 'Days',
					name: 'days',
					type: 'number',
					typeOptions: { minValue: 1, maxValue: MAX_DAYS },
					default: 2,
					description: `Messages of the last this many days (instead of a start and end date); at most ${MAX_DAYS}, as Exchange's message trace serves ${MAX_DAYS} days per query`,
				},
				send: { name: 'days', in: 'body', encoding: 'number', validate: traceDays },
			},
			date('Start Date', 'startDate', 'Messages received from this time on'),
			date('End Date', 'endDate', `Messages received until this time; at most ${MAX_DAYS} days after Start Date`),
			{
				property: {
					displayName: 'Sender',
					name: 'sender',
					type: 'string',
					default: '',
					placeholder: 'e.g. jane@contoso.com',
					description: 'Only messages from this address',
				},
				send: { name: 'sender', in: 'body', encoding: 'labelValue', validate: validate.text },
			},
			{
				property: {
					displayName: 'Recipient',
					name: 'recipient',
					type: 'string',
					default: '',
					placeholder: 'e.g. adele.vance@contoso.com',
					description: 'Only messages to this address',
				},
				send: { name: 'recipient', in: 'body', encoding: 'labelValue', validate: validate.text },
			},
			choiceField(
				'Status',
				'status',
				'Only messages with this delivery status',
				{ name: 'status', in: 'body', encoding: 'labelValue' },
				'Failed',
				STATUSES.map((name) => ({ name, value: name })),
			),
			text('From IP', 'fromIP', 'Only messages sent from this IP address', 'fromIP', { placeholder: 'e.g. 203.0.113.42' }),
			text('To IP', 'toIP', 'Only messages delivered to this IP address', 'toIP', { placeholder: 'e.g. 198.51.100.7' }),
			text(
				'Message ID',
				'messageId',
				'Only this message (its Internet message ID); the dates, status and IPs are then ignored',
				'MessageId',
				{ placeholder: 'e.g. <BN7PR01MB1234@namprd01.prod.outlook.com>', check: validate.longText },
			),
		]),
	],
	output: records,
	run: async (context) => {
		checkSpan(context);
		return records(await context.call(context.request, messageTrace.role));
	},
};
