import { writes } from '../common/endpoints';
import { choices, requiredChoice, requiredText } from '../common/fields';
import { mailboxParameter, tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import type { CippOperation } from '../types';

export const removeTrustedBlockedSender: CippOperation = {
	resource: 'user',
	value: 'removeTrustedBlockedSender',
	name: 'Remove Trusted or Blocked Sender',
	action: "Remove a trusted or blocked sender from a user's mailbox",
	description: "Remove one sender or domain from a mailbox's trusted or blocked senders list",
	...writes('RemoveTrustedBlockedSender', 'Exchange.Mailbox.ReadWrite'),
	parameters: [
		tenantParameter('body'),
		mailboxParameter({ name: 'userPrincipalName', in: 'body' }),
		requiredChoice(
			'List',
			'typeProperty',
			'',
			'typeProperty',
			'BlockedSendersAndDomains',
			choices({
				'Blocked Senders and Domains': 'BlockedSendersAndDomains',
				'Trusted Senders and Domains': 'TrustedSendersAndDomains',
			}),
		),
		requiredText(
			{
				displayName: 'Sender',
				name: 'value',
				placeholder: 'e.g. partner@fabrikam.com or fabrikam.com',
				description: 'The address or domain to remove',
			},
			{ name: 'value', in: 'body' },
		),
	],
	output: actionResult(),
};
