import { additionalFields, textField } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { records } from '../common/readers';
import * as validate from '../common/validators';
import type { CippOperation } from '../types';

const STATUSES = ['Delivered', 'Expanded', 'Failed', 'FilteredAsSpam', 'GettingStatus', 'Pending', 'Quarantined'];

function date(displayName: string, name: string, description: string) {
	return {
		property: { displayName, name, type: 'dateTime' as const, default: '', description },
		send: { name, in: 'body' as const, encoding: 'unixSeconds' as const },
	};
}

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
				property: { displayName: 'Days', name: 'days', type: 'number', typeOptions: { minValue: 1, maxValue: 90 }, default: 2, description: 'Messages of the last this many days (instead of a start and end date)' },
				send: { name: 'days', in: 'body', encoding: 'number' },
			},
			date('Start Date', 'startDate', 'Messages received from this time on'),
			date('End Date', 'endDate', 'Messages received until this time'),
			{
				property: { displayName: 'Sender', name: 'sender', type: 'string', default: '', placeholder: 'e.g. jane@contoso.com', description: 'Only messages from this address' },
				send: { name: 'sender', in: 'body', encoding: 'labelValue', validate: validate.text },
			},
			{
				property: { displayName: 'Recipient', name: 'recipient', type: 'string', default: '', placeholder: 'e.g. adele.vance@contoso.com', description: 'Only messages to this address' },
				send: { name: 'recipient', in: 'body', encoding: 'labelValue', validate: validate.text },
			},
			{
				property: {
					displayName: 'Status',
					name: 'status',
					type: 'options',
					default: 'Failed',
					options: STATUSES.map((name) => ({ name, value: name })),
					description: 'Only messages with this delivery status',
				},
				send: { name: 'status', in: 'body', encoding: 'labelValue' },
			},
			textField({ displayName: 'From IP', name: 'fromIP', placeholder: 'e.g. 203.0.113.42', description: 'Only messages sent from this IP address' }, { name: 'fromIP', in: 'body' }),
			textField({ displayName: 'To IP', name: 'toIP', placeholder: 'e.g. 198.51.100.7', description: 'Only messages delivered to this IP address' }, { name: 'toIP', in: 'body' }),
			textField(
				{ displayName: 'Message ID', name: 'messageId', placeholder: 'e.g. <BN7PR01MB1234@namprd01.prod.outlook.com>', description: 'Only this message (its Internet message ID); the dates, status and IPs are then ignored' },
				{ name: 'MessageId', in: 'body' },
				validate.longText,
			),
		]),
	],
	output: records,
};
