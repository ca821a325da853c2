import { additionalFields, textField } from '../common/fields';
import * as validate from '../common/validators';
import { hveAccount, hveWrite } from '../shared/mailbox';

export const updateHveAccount = hveWrite({
	value: 'updateHveAccount',
	name: 'Update HVE Account',
	action: 'Update a high volume email account',
	description: "Change a High Volume Email (HVE) account's display name, email address or reply-to address",
	hveAction: 'Edit',
	parameters: [
		hveAccount,
		additionalFields([
			textField({ displayName: 'Display Name', name: 'displayName' }, { name: 'DisplayName', in: 'body' }),
			textField(
				{ displayName: 'Email Address', name: 'primarySmtpAddress' },
				{ name: 'PrimarySmtpAddress', in: 'body', validate: validate.userPrincipalName },
			),
			textField(
				{ displayName: 'Reply-To Address', name: 'replyTo' },
				{ name: 'ReplyTo', in: 'body', validate: validate.userPrincipalName },
			),
		]),
	],
	refusals: [/^No changes specified for/],
	prepare: (_body, context) => validate.requireSomeChange(context, ['TenantFilter', 'Identity', 'Action'], '"No changes specified"'),
});
