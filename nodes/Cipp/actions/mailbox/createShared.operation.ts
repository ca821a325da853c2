import { additionalFields, requiredText, text } from '../common/fields';
import * as validate from '../common/validators';
import { mailboxWrite } from '../shared/mailbox';

/** CIPP splits the aliases at line breaks; commas are accepted here too. */
const aliases = (value: unknown, check: Parameters<typeof validate.text>[1]) =>
	validate
		.listOf(value)
		.map((alias) => validate.userPrincipalName(alias, { ...check, field: 'Aliases' }) as string)
		.join('\n');

export const createShared = mailboxWrite({
	value: 'createShared',
	name: 'Create Shared Mailbox',
	action: 'Create a shared mailbox',
	description: 'Create a shared mailbox with its address and optional aliases; CIPP then blocks sign-in to its account',
	endpoint: 'AddSharedMailbox',
	tenant: { name: 'tenantID' },
	parameters: [
		requiredText({ displayName: 'Display Name', name: 'displayName', placeholder: 'e.g. Sales Team' }, { name: 'displayName', in: 'body' }),
		requiredText(
			{ displayName: 'Alias', name: 'username', placeholder: 'e.g. sales', description: 'The part of the address before the @' },
			{ name: 'username', in: 'body', validate: validate.matching(/^[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~.]+$/, 'sales') },
		),
		requiredText(
			{ displayName: 'Domain', name: 'domain', placeholder: 'e.g. contoso.com', description: 'An accepted domain of the tenant' },
			{ name: 'domain', in: 'body', validate: validate.matching(/^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/, 'contoso.com') },
		),
		additionalFields([
			text('Aliases', 'addedAliases', 'More addresses of the mailbox, separated by commas or line breaks', 'addedAliases', {
				placeholder: 'e.g. sales-team@contoso.com, orders@contoso.com',
				check: aliases,
			}),
		]),
	],
});
