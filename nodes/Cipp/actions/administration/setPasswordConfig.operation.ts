import { choiceField } from '../common/fields';
import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { writes } from '../common/endpoints';
import { actionResult } from '../common/readers';
import type { CippOperation, CippParameter } from '../types';

function flag(property: INodeProperties): CippParameter {
	return { property, send: { name: property.name, in: 'body', encoding: 'boolean' } };
}

function text(name: string, displayName: string, fallback: string, description: string): CippParameter {
	return { property: { displayName, name, type: 'string', default: fallback, description }, send: { name, in: 'body' } };
}

function count(name: string, displayName: string, fallback: number, min: number, max: number, description: string): CippParameter {
	return {
		property: { displayName, name, type: 'number', typeOptions: { minValue: min, maxValue: max }, default: fallback, description },
		send: { name, in: 'body', encoding: 'number' },
	};
}

export const setPasswordConfig: CippOperation = {
	resource: 'administration',
	value: 'setPasswordConfig',
	name: 'Set Password Config',
	action: "Set CIPP's password generator settings",
	description:
		'Replace the settings CIPP uses to generate passwords. Classic passwords need 3 of the 4 character classes; passphrases need 3 of lowercase, capitals, a number and a special character.',
	...writes('ExecPasswordConfig', 'CIPP.AppSettings.ReadWrite'),
	parameters: [
		choiceField('Password Type', 'passwordType', 'The kind of password CIPP generates', 'passwordType', 'Classic', [
			{ name: 'Classic', value: 'Classic', description: 'Random characters' },
			{ name: 'Passphrase', value: 'Passphrase', description: 'Random words' },
		]),
		count('charCount', 'Length', 14, 8, 256, 'Number of characters of a classic password'),
		flag({
			displayName: 'Include Uppercase',
			name: 'includeUppercase',
			type: 'boolean',
			default: true,
			description: 'Whether classic passwords contain capital letters',
		}),
		flag({
			displayName: 'Include Lowercase',
			name: 'includeLowercase',
			type: 'boolean',
			default: true,
			description: 'Whether classic passwords contain lowercase letters',
		}),
		flag({
			displayName: 'Include Digits',
			name: 'includeDigits',
			type: 'boolean',
			default: true,
			description: 'Whether classic passwords contain digits',
		}),
		flag({
			displayName: 'Include Special Characters',
			name: 'includeSpecialChars',
			type: 'boolean',
			default: true,
			description: 'Whether classic passwords contain special characters',
		}),
		text('specialCharSet', 'Special Characters', '$%&*#', 'Special characters to use, from !@#$%^&*()-_=+/ (at most 32)'),
		count('wordCount', 'Word Count', 4, 3, 10, 'Number of words of a passphrase'),
		text(
			'separator',
			'Separator',
			'-',
			'Text between the words of a passphrase (at most 5 characters from !@#$%^&*()-_=+/, a single space, or empty); sent exactly as typed, spaces included',
		),
		flag({
			displayName: 'Capitalize Words',
			name: 'capitalizeWords',
			type: 'boolean',
			default: false,
			description: 'Whether each word of a passphrase starts with a capital letter',
		}),
		flag({
			displayName: 'Append Number',
			name: 'appendNumber',
			type: 'boolean',
			default: false,
			description: 'Whether a number is added to a passphrase',
		}),
		flag({
			displayName: 'Append Special Character',
			name: 'appendSpecialChar',
			type: 'boolean',
			default: false,
			description: 'Whether a special character is added to a passphrase',
		}),
	],
	output: actionResult(),
	// Every other text is trimmed before sending, but CIPP stores the separator as given and allows
	// a single space: trimmed, a space would silently become "no separator".
	run: async (context) => {
		const body = { ...(context.request.body as IDataObject), separator: String(context.values.separator ?? '') };
		return setPasswordConfig.output(await context.call({ ...context.request, body }, setPasswordConfig.role), context);
	},
};
