import { requiredText } from '../common/fields';
import * as validate from '../common/validators';
import { mailboxWrite } from '../shared/mailbox';

export const setLocale = mailboxWrite({
	value: 'setLocale',
	name: 'Set Locale',
	action: 'Set the language of a mailbox',
	description:
		"Set a mailbox's language and regional format, renaming its default folders to that language; CIPP also resets the date and time formats to the language's defaults",
	endpoint: 'ExecSetMailboxLocale',
	mailbox: { name: 'user', in: 'body' },
	parameters: [
		requiredText(
			{
				displayName: 'Locale',
				name: 'locale',
				placeholder: 'e.g. nl-NL',
				description: 'A language with its country or region, such as en-GB or de-DE (not a bare language)',
			},
			{ name: 'locale', in: 'body', validate: validate.matching(/^\s*[a-z]{2,3}(-[A-Z][a-z]{3})?-([A-Z]{2}|\d{3})\s*$/, 'nl-NL or en-GB') },
		),
	],
});
