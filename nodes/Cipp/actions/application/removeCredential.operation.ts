import { choices, requiredChoice } from '../common/fields';
import { credentialOperation, keyIdParameter } from '../shared/application';

export const removeCredential = credentialOperation(
	{
		value: 'removeCredential',
		name: 'Remove Credential',
		action: 'Remove a client secret or certificate from an app',
		description:
			'Remove a client secret or certificate from an app by its key ID. For a certificate CIPP reports success even when the app has no such key.',
	},
	{ Action: 'Remove' },
	[
		requiredChoice(
			'Credential Type',
			'credentialType',
			'',
			'CredentialType',
			'password',
			choices({ 'Client Secret': 'password', Certificate: 'key' }),
		),
		keyIdParameter,
	],
);
