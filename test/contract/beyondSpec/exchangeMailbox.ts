import type { BeyondSpec } from './types';

const ADMIN = 'Email-Exchange/Administration';

/** Email-Exchange mailbox administration: fields CIPP reads by name in a loop, beyond its OpenAPI. */
export const beyondSpec: Record<string, BeyondSpec> = {
	ExecSetCASMailbox: {
		body: Object.fromEntries(
			[
				'OWAEnabled',
				'ECPEnabled',
				'IMAPEnabled',
				'POPEnabled',
				'MAPIEnabled',
				'EWSEnabled',
				'ActiveSyncEnabled',
				'SmtpClientAuthenticationDisabled',
			].map((name) => [name, 'boolean']),
		),
		source: `${ADMIN}/Invoke-ExecSetCASMailbox.ps1 (:21-30 the protocol names, :35-39 $Request.Body.$Protocol through [System.Convert]::ToBoolean)`,
	},
	ExecSetMailboxLocale: {
		corrected: { body: { user: 'string' } },
		source: `${ADMIN}/Invoke-ExecSetMailboxLocale.ps1 (:17 $Request.Body.user, handed as -username to Set-CIPPMailboxLocale, which passes it as Set-MailboxRegionalConfiguration -Identity: a mailbox identity as text)`,
	},
	ExecManageRetentionPolicies: {
		corrected: { body: { ModifyPolicies: 'object[]' } },
		source: `${ADMIN}/Mailbox Retention/Invoke-ExecManageRetentionPolicies.ps1 (:75-78 foreach $Policy in $Request.body.ModifyPolicies, reading $Policy.Identity, .Name, .AddTags, .RemoveTags)`,
	},
	ExecManageRetentionTags: {
		corrected: { body: { ModifyTags: 'object[]' } },
		source: `${ADMIN}/Mailbox Retention/Invoke-ExecManageRetentionTags.ps1 (:178-181 foreach $Tag in $Request.body.ModifyTags, reading $Tag.Identity and the tag fields)`,
	},
};
