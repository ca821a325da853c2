import type { IDataObject } from 'n8n-workflow';

import { writes } from '../common/endpoints';
import { choiceField, flag, numberField } from '../common/fields';
import { actionResult } from '../common/readers';
import type { CippOperation, CippParameter } from '../types';

function text(name: string, displayName: string, fallback: string, description: string): CippParameter {
	return { property: { displayName, name, type: 'string', default: fallback, description }, send: { name, in: 'body' } };
}

function count(name: string, displayName: string, fallback: number, min: number, max: number, description: string): CippParameter {
	return numberField(
		{ displayName, name, typeOptions: { minValue: min, maxValue: max }, default: fallback, description },
		{ name, in: 'body' },
	);
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
		flag('Include Uppercase', 'includeUppercase', 'Whether classic passwords contain capital letters', 'includeUppercase', true),
		flag('Include Lowercase', 'includeLowercase', 'Whether classic passwords contain lowercase letters', 'includeLowercase', true),
		flag('Include Digits', 'includeDigits', 'Whether classic passwords contain digits', 'includeDigits', true),
		flag(
			'Include Special Characters',
			'includeSpecialChars',
			'Whether classic passwords contain special characters',
			'includeSpecialChars',
			true,
		),
		text('specialCharSet', 'Special Characters', '$%&*#', 'Special characters to use, from !@#$%^&*()-_=+/ (at most 32)'),
		count('wordCount', 'Word Count', 4, 3, 10, 'Number of words of a passphrase'),
		text('separator', 'Separator', '-', "Between a passphrase's words: up to 5 of !@#$%^&*()-_=+/, a space, or nothing; sent untrimmed"),
		flag('Capitalize Words', 'capitalizeWords', 'Whether each word of a passphrase starts with a capital letter', 'capitalizeWords'),
		flag('Append Number', 'appendNumber', 'Whether a number is added to a passphrase', 'appendNumber'),
		flag('Append Special Character', 'appendSpecialChar', 'Whether a special character is added to a passphrase', 'appendSpecialChar'),
	],
	output: actionResult(),
	// Every other text is trimmed before sending, but CIPP stores the separator as given and allows
	// a single space: trimmed, a space would silently become "no separator".
	run: async (context) => {
		const body = { ...(context.request.body as IDataObject), separator: String(context.values.separator ?? '') };
		return setPasswordConfig.output(await context.call({ ...context.request, body }, setPasswordConfig.role), context);
	},
};
