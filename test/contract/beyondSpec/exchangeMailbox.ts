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
};
