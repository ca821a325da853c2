import { requiredText } from '../common/fields';
import { actionResult } from '../common/readers';
import * as validate from '../common/validators';
import { hveWrite } from '../shared/mailbox';
import { readResults } from '../../transport/envelope';

/** After the account exists, CIPP's warnings and a failed Conditional Access exclusion are not a failed create. */
const created = /^Successfully created HVE user/;

export const createHveAccount = hveWrite({
	value: 'createHveAccount',
	name: 'Create HVE Account',
	action: 'Create a high volume email account',
	description:
		'Create a High Volume Email (HVE) account; CIPP also excludes it from Conditional Access policies that block basic authentication (a warning, not a failure, if that fails)',
	hveAction: 'Create',
	parameters: [
		requiredText({ displayName: 'Display Name', name: 'displayName', placeholder: 'e.g. Newsletter' }, { name: 'DisplayName', in: 'body' }),
		requiredText(
			{
				displayName: 'Email Address',
				name: 'primarySmtpAddress',
				placeholder: 'e.g. newsletter@contoso.com',
				description: 'On a domain of the tenant',
			},
			{ name: 'PrimarySmtpAddress', in: 'body', validate: validate.userPrincipalName },
		),
		requiredText(
			{ displayName: 'Password', name: 'password', typeOptions: { password: true }, description: 'The password apps sign in to SMTP with' },
			{ name: 'password', in: 'body', validate: validate.longText },
		),
	],
	output: (response, context) => {
		const texts = readResults(response).map((result) => result.text);
		if (!texts.some((text) => created.test(text)) || !texts.some((text) => /^(WARNING|Failed)/.test(text))) {
			return actionResult()(response, context);
		}
		return [{ status: 'warning', message: texts.join(' '), messages: texts }];
	},
});
