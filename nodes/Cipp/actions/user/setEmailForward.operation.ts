import { additionalFields, booleanField, requiredParameter, textField } from '../common/fields';
import { mailboxParameter, tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import type { CippOperation } from '../types';

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
			textField({ displayName: 'Internal Recipient', name: 'ForwardInternal', description: 'The mailbox of the tenant to forward to, by user principal name or email address', placeholder: 'e.g. megan.bowen@contoso.com' }, { name: 'ForwardInternal', in: 'body', encoding: 'labelValue' }),
			textField({ displayName: 'External Address', name: 'ForwardExternal', description: 'The external email address to forward to', placeholder: 'e.g. jane@gmail.com' }, { name: 'ForwardExternal', in: 'body' }),
			booleanField({ displayName: 'Keep a Copy', name: 'KeepCopy', description: 'Whether the mailbox keeps a copy of each forwarded message' }, { name: 'KeepCopy', in: 'body' }),
		]),
	],
	output: actionResult(),
};
