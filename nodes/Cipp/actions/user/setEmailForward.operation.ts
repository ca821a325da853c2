import { actionResult } from '../common/outputs';
import { additionalFields, requiredParameter, tenantParameter } from '../common/parameters';
import type { CippOperation } from '../types';
import { booleanField, mailboxParameter, textField } from './fields';

export const setEmailForward: CippOperation = {
	resource: 'user',
	value: 'setEmailForward',
	name: 'Set Email Forwarding',
	action: "Set or turn off a mailbox's forwarding",
	description:
		"Forward a mailbox's mail to another mailbox of the tenant or to an external address, or turn forwarding off",
	endpoint: 'ExecEmailForward',
	method: 'POST',
	access: 'write',
	role: 'Exchange.Mailbox.ReadWrite',
	parameters: [
		tenantParameter('body'),
		mailboxParameter({ name: 'userID', in: 'body' }),
		requiredParameter(
			{
				displayName: 'Forwarding',
				name: 'forwardOption',
				type: 'options',
				options: [
					{ name: 'Off', value: 'disabled', description: 'Turn forwarding off' },
					{ name: 'To an External Address', value: 'ExternalAddress', description: 'Forward to the External Address' },
					{ name: 'To an Internal Recipient', value: 'internalAddress', description: 'Forward to the Internal Recipient' },
				],
				default: 'internalAddress',
				description: 'Where the mail goes',
			},
			{ name: 'forwardOption', in: 'body' },
		),
		additionalFields([
			textField('Internal Recipient', 'ForwardInternal', 'The mailbox of the tenant to forward to, by user principal name or email address', {
				placeholder: 'e.g. megan.bowen@contoso.com',
				encoding: 'labelValue',
			}),
			textField('External Address', 'ForwardExternal', 'The external email address to forward to', { placeholder: 'e.g. jane@gmail.com' }),
			booleanField('Keep a Copy', 'KeepCopy', 'Whether the mailbox keeps a copy of each forwarded message'),
		]),
	],
	output: actionResult(),
};
