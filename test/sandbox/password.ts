/** CIPP's password generator (New-passwordString, "Classic" defaults) and the PwPush extension. */
import { randomInt } from 'node:crypto';

const CHARACTER_CLASSES = ['ABCDEFGHKLMNPRSTUVWXYZ', 'abcdefghkmnrstuvwxyz', '23456789', '$%&*#'];
const ALL_CHARACTERS = CHARACTER_CLASSES.join('');

/** A 14-character password with at least one character of every class, from a CSPRNG. */
export function generatePassword(length = 14): string {
	for (;;) {
		const password = Array.from({ length }, () => ALL_CHARACTERS[randomInt(ALL_CHARACTERS.length)]).join('');
		if (CHARACTER_CLASSES.every((set) => [...password].some((ch) => set.includes(ch)))) return password;
	}
}

/** A pwpush.com link as New-PwPushLink returns it. */
export function pwPushLink(): string {
	const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
	const token = Array.from({ length: 22 }, () => alphabet[randomInt(alphabet.length)]).join('');
	return `https://pwpush.com/p/${token}`;
}
