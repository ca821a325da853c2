import type { IDataObject } from 'n8n-workflow';

import type { CippParameter } from '../types';

/** How an operation hands back a password, passcode or pass that CIPP generated. */
export type SecretOutput = 'include' | 'mask' | 'omit';

/**
 * CIPP hands back a Password Pusher link instead of the secret when its PwPush integration is on;
 * the link is what the user has to share, so it keeps its own field.
 */
const PASSWORD_LINK = /^https?:\/\//i;

/** Workflows default to Include: the reset is useless to a helpdesk that never sees the password. */
export function secretOutputParameter(what: string): CippParameter {
	return {
		property: {
			displayName: 'Password Output',
			name: 'passwordOutput',
			type: 'options',
			default: 'include',
			description: `How the output item carries the ${what}`,
			options: [
				{ name: 'Include', value: 'include', description: `The ${what} in clear text, to hand on to the user` },
				{
					name: 'Mask',
					value: 'mask',
					description: `Only the first and last two characters, e.g. Ab**********9#, to confirm which ${what} was set without exposing it`,
				},
				{ name: 'Omit', value: 'omit', description: `No trace of the ${what}, for runs whose output is logged or posted to a chat` },
			],
		},
	};
}

/** Keeps the first and last two characters; short secrets are masked whole. */
export function mask(secret: string): string {
	if (secret.length < 8) return '*'.repeat(secret.length);
	return `${secret.slice(0, 2)}${'*'.repeat(secret.length - 4)}${secret.slice(-2)}`;
}

function capitalised(name: string): string {
	return `${name[0].toUpperCase()}${name.slice(1)}`;
}

/**
 * The output fields for a secret: `field` (or `passwordLink` for a PwPush link) with Include,
 * `masked<Field>` with Mask, nothing with Omit. A masked value gets its own name so that no
 * workflow mails a masked string to a user as if it were the password.
 */
export function secretFields(secret: string | undefined, mode: SecretOutput, field: string): IDataObject {
	if (secret === undefined || mode === 'omit') return {};
	const name = PASSWORD_LINK.test(secret) ? 'passwordLink' : field;
	return mode === 'mask' ? { [`masked${capitalised(name)}`]: mask(secret) } : { [name]: secret };
}

/** The text that stands in CIPP's message where the secret was. */
export function secretPlaceholder(secret: string | undefined, mode: SecretOutput, field: string): string {
	if (mode === 'omit') return '[omitted]';
	const fields = Object.keys(secretFields(secret, mode, field));
	return `[see ${fields[0] ?? field}]`;
}

export function secretOutputOf(values: IDataObject): SecretOutput {
	return (values.passwordOutput as SecretOutput | undefined) ?? 'include';
}
