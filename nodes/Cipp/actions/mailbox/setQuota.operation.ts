import { choices, requiredText } from '../common/fields';
import * as validate from '../common/validators';
import { mailboxWrite } from '../shared/mailbox';

export const setQuota = mailboxWrite({
	value: 'setQuota',
	name: 'Set Quota',
	action: 'Set a storage quota of a mailbox',
	description:
		'Set one storage quota of a mailbox: the size at which it gets a warning, can no longer send, or can no longer send or receive (one quota per call: CIPP mixes up several)',
	endpoint: 'ExecSetMailboxQuota',
	tenant: { name: 'tenantfilter' },
	mailbox: { name: 'user', in: 'body' },
	parameters: [
		{
			property: {
				displayName: 'Quota',
				name: 'quotaType',
				type: 'options',
				required: true,
				default: 'ProhibitSendQuota',
				options: choices({
					'Issue Warning': 'IssueWarningQuota',
					'Prohibit Send': 'ProhibitSendQuota',
					'Prohibit Send and Receive': 'ProhibitSendReceiveQuota',
				}),
			},
			validate: validate.matching(/^(IssueWarning|ProhibitSend|ProhibitSendReceive)Quota$/, 'ProhibitSendQuota'),
		},
		requiredText(
			{ displayName: 'Size', name: 'quota', placeholder: 'e.g. 49GB', description: 'A size such as 49GB or 1.5TB, or Unlimited' },
			{ name: 'quota', in: 'body', validate: validate.matching(/^\s*(\d+(\.\d+)?\s?(B|KB|MB|GB|TB)|Unlimited)\s*$/i, '49GB') },
		),
	],
	// CIPP reads which quota to set from a field of that name set to true (Invoke-ExecSetMailboxQuota.ps1).
	prepare: (body, context) => {
		body[String(context.values.quotaType)] = true;
	},
	refusals: [/^Could not adjust mailbox quota/],
});
