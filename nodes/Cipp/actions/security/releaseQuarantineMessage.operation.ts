import type { IDataObject } from 'n8n-workflow';

import { writes } from '../common/endpoints';
import { additionalFields, choices, flag, requiredParameter, requiredText } from '../common/fields';
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
		"Release quarantined messages to all their recipients, or approve or deny users' release requests. Optionally adds the sender to the allowed senders of the anti-spam policy that caught the message: CIPP reports success even when that step fails (it only writes the failure to CIPP's logbook), and with several messages it needs Sender Address and Policy Name.",
	...writes('ExecQuarantineManagement', 'Exchange.SpamFilter.ReadWrite'),
	parameters: [
		tenantParameter('body'),
		requiredText(
			{
				displayName: 'Message Identities',
				name: 'identity',
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
				options: choices({ 'Approve Release Request': 'Approve', 'Deny Release Request': 'Deny', 'Release to All Recipients': 'Release' }),
			},
			{ name: 'Type', in: 'body' },
		),
		additionalFields([
			flag(
				'Allow Sender',
				'allowSender',
				"Whether to also add the sender to the allowed senders of the anti-spam policy that quarantined the message. With several messages, Sender Address and Policy Name are required. A failure here is only written to CIPP's logbook.",
				'AllowSender',
			),
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
	run: async (context) => {
		const body = context.request.body as IDataObject;
		// CIPP looks the sender and policy up only for a single message: with several and either one
		// missing it skips Allow Sender without a word and still answers "Successfully processed".
		if (body.AllowSender === true && Array.isArray(body.Identity) && (!body.SenderAddress || !body.PolicyName)) {
			validate.invalid(
				{ node: context.node, field: 'Allow Sender', itemIndex: context.itemIndex, access: 'write' },
				'with several messages CIPP cannot look up the sender and policy itself, and would skip Allow Sender without a word.',
				'Add Sender Address and Policy Name, or release one message per item.',
			);
		}
		return releaseQuarantineMessage.output(await context.call(context.request, releaseQuarantineMessage.role), context);
	},
};
