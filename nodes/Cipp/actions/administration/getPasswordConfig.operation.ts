import { reads } from '../common/endpoints';
import { resultRecords } from '../common/readers';
import type { CippOperation } from '../types';

export const getPasswordConfig: CippOperation = {
	resource: 'administration',
	value: 'getPasswordConfig',
	name: 'Get Password Config',
	action: "Get CIPP's password generator settings",
	description:
		'Get the settings CIPP uses to generate passwords for Reset Password and new users: classic (length, character classes) or passphrase (words, separator)',
	...reads('ExecPasswordConfig', 'CIPP.AppSettings.ReadWrite'),
	parameters: [],
	constants: { query: { List: true } },
	output: resultRecords,
};
