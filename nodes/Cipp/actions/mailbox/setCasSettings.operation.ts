import { additionalFields, flag } from '../common/fields';
import * as validate from '../common/validators';
import { mailboxWrite } from '../shared/mailbox';
import type { FieldEntry } from '../common/fields';

const protocol = (name: string, displayName: string): FieldEntry =>
	flag(displayName, name, `Whether ${displayName} may be used to reach the mailbox`, { name, in: 'body' }, true);

export const setCasSettings = mailboxWrite({
	value: 'setCasSettings',
	name: 'Set Client Access',
	action: 'Turn mail protocols on or off for a mailbox',
	description:
		'Turn the client access protocols of a mailbox (Outlook on the web, IMAP, POP, MAPI, EWS, ActiveSync) on or off; only the ones added change (at least one)',
	endpoint: 'ExecSetCASMailbox',
	mailbox: { name: 'Identity', in: 'body' },
	echo: { DisplayName: '' },
	parameters: [
		additionalFields([
			protocol('OWAEnabled', 'Outlook on the Web'),
			protocol('ECPEnabled', 'Exchange Control Panel'),
			protocol('IMAPEnabled', 'IMAP'),
			protocol('POPEnabled', 'POP'),
			protocol('MAPIEnabled', 'MAPI'),
			protocol('EWSEnabled', 'EWS'),
			protocol('ActiveSyncEnabled', 'ActiveSync'),
			flag(
				'Disable SMTP Client Authentication',
				'SmtpClientAuthenticationDisabled',
				'Whether to turn off authenticated SMTP for the mailbox; CIPP can only turn it off, never on',
				{
					name: 'SmtpClientAuthenticationDisabled',
					in: 'body',
					validate: (value, check) =>
						value === false || value === 'false'
							? validate.invalid(check, 'CIPP can only turn SMTP client authentication off.', 'Leave this field out, or set it to true.')
							: value,
				},
				true,
			),
		]),
	],
});
