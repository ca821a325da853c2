import { writes } from '../common/endpoints';
import { asLabelValue, choices, requiredChoice } from '../common/fields';
import { tenantParameter, userParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import type { CippOperation } from '../types';

export const setDefaultMfaMethod: CippOperation = {
	resource: 'user',
	value: 'setDefaultMfaMethod',
	name: 'Set Default MFA Method',
	action: "Set a user's default MFA method",
	description: 'Set the second factor a user is asked for first. Microsoft ignores it while system-preferred MFA is on for the user.',
	...writes('ExecSetDefaultMFAMethod', 'Identity.User.ReadWrite'),
	parameters: [
		tenantParameter('body'),
		userParameter({ name: 'ID', in: 'body' }),
		requiredChoice(
			'Method',
			'methodType',
			'',
			asLabelValue('MethodType'),
			'push',
			choices({
				'Authenticator App Code': 'oath',
				'Authenticator Push': 'push',
				'Call Alternate Mobile': 'voiceAlternateMobile',
				'Call Mobile': 'voiceMobile',
				'Call Office Phone': 'voiceOffice',
				'Text Message': 'sms',
			}),
		),
	],
	output: actionResult(),
};
