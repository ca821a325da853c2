import type { SendTo } from '../types';
import { additionalFields, choiceField, choices, flag, requiredText, shownWhen } from '../common/fields';
import * as validate from '../common/validators';
import { upnEntries, vacationWrite } from '../shared/mailbox';

const address = (option: string, name: string, send: SendTo) =>
	shownWhen(
		{ forwardOption: [option] },
		requiredText(
			{ displayName: 'Forwarding Address', name, placeholder: 'e.g. joe@contoso.com', description: 'The address that gets the mail' },
			send,
		),
	);

export const scheduleForwarding = vacationWrite({
	value: 'scheduleForwarding',
	name: 'Schedule Forwarding',
	action: 'Schedule mail forwarding for a vacation',
	description: "Schedule forwarding of one or more mailboxes' mail: set at the start date and removed at the end date",
	endpoint: 'ExecScheduleForwardingVacation',
	parameters: [
		upnEntries('Users', 'users', 'Users', 'The mailboxes, by user principal name, separated by commas'),
		choiceField(
			'Forward To',
			'forwardOption',
			'Whether the mail goes to a recipient of the tenant or to an outside address',
			'forwardOption',
			'internalAddress',
			choices({ 'Internal Recipient': 'internalAddress', 'External Address': 'ExternalAddress' }),
		),
		address('internalAddress', 'forwardInternal', {
			name: 'ForwardInternal',
			in: 'body',
			encoding: 'labelValue',
			validate: validate.emailAddress,
		}),
		address('ExternalAddress', 'forwardExternal', { name: 'ForwardExternal', in: 'body', validate: validate.emailAddress }),
		additionalFields([flag('Keep Copy', 'KeepCopy', 'Whether the mailbox keeps a copy of each forwarded message', 'KeepCopy', true)]),
	],
});
