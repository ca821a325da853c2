import { actionResult } from '../common/readers';
import { secretOutputParameter } from '../common/secrets';
import { credentialOperation, keyIdParameter } from '../shared/application';

export const rotateSecret = credentialOperation(
	{
		value: 'rotateSecret',
		name: 'Rotate Client Secret',
		action: "Rotate an app's client secret",
		description:
			'Replace a client secret with a new one of the same name valid for 12 months, then remove the old one; the new secret is included, masked or omitted',
	},
	{ Action: 'Rotate', CredentialType: 'password' },
	[keyIdParameter, secretOutputParameter('client secret')],
	actionResult({ secretField: 'clientSecret' }),
);
