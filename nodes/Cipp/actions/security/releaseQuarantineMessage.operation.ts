import { additionalFields, requiredParameter } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import * as validate from '../common/validators';
import type { CippOperation, Validator } from '../types';

/** One quarantine identity as text, several as a list (CIPP then releases them in one call). */
const identities: Validator = (value, check) => {
	const list = (Array.isArray(value) ? value : String(value ?? '').split(/[,\n]/))
		.map((entry) => String(entry).trim())
		.filter((entry) => entry !== '')
		.map((entry) => validate.text(entry, check));
	if (list.length === 0) return validate.text('', check);
	return list.length === 1 ? list[0] : list;
};

export const releaseQuarantineMessage: CippOperation = {
	resource: 'security',
	value: 'releaseQuarantineMessage',
	name: 'Release or Deny Quarantine Message',
	action: 'Release or deny quarantined mail messages',
	description:
		"Release quarantined messages to all their recipients, or approve or deny users' release requests. Optionally adds the sender to the allowed senders of the anti-spam policy that caught the message.",
	endpoint: 'ExecQuarantineManagement',
	method: 'POST',
	access: 'write',
	role: 'Exchange.SpamFilter.ReadWrite',
	parameters: [
		tenantParameter('body'),
		requiredParameter(
			{
				displayName: 'Message Identities',
				name: 'identity',
				type: 'string',
				default: '',
				placeholder: 'e.g. 5f5b1a3c-...\\9e8d7c6b-...',
				description:
					'The quarantined message, by its Identity from Security & Compliance → Get Many Quarantine Messages; several separated by commas',
			},
			{ name: 'Identity', in: 'body', validate: identities },
		),
		requiredParameter(
			{
				displayName: 'Action',
				name: 'type',
				type: 'options',
				default: 'Release',
				options: [
					{ name: 'Approve Release Request', value: 'Approve' },
					{ name: 'Deny Release Request', value: 'Deny' },
					{ name: 'Release to All Recipients', value: 'Release' },
				],
			},
			{ name: 'Type', in: 'body' },
		),
		additionalFields([
			{
				property: {
					displayName: 'Allow Sender',
					name: 'allowSender',
					type: 'boolean',
					default: false,
					description:
						"Whether to also add the sender to the allowed senders of the anti-spam policy that quarantined the message",
				},
				send: { name: 'AllowSender', in: 'body', encoding: 'boolean' },
			},
			{
				property: {
					displayName: 'Policy Name',
					name: 'policyName',
					type: 'string',
					default: '',
					placeholder: 'e.g. Default',
					description: "With Allow Sender: the anti-spam policy to change (default: the message's PolicyName)",
				},
				send: { name: 'PolicyName', in: 'body' },
			},
			{
				property: {
					displayName: 'Recipients',
					name: 'recipientAddress',
					type: 'string',
					default: '',
					placeholder: 'e.g. jane@contoso.com, joe@contoso.com',
					description: 'With Deny Release Request: deny only for these recipients, separated by commas',
				},
				send: { name: 'RecipientAddress', in: 'body', encoding: 'stringList' },
			},
			{
				property: {
					displayName: 'Sender Address',
					name: 'senderAddress',
					type: 'string',
					default: '',
					placeholder: 'e.g. newsletter@example.com',
					description: "With Allow Sender: the sender to allow (default: the message's SenderAddress)",
				},
				send: { name: 'SenderAddress', in: 'body' },
			},
		]),
	],
	output: actionResult(),
};
