import { additionalFields, text } from '../common/fields';
import { actionResult } from '../common/readers';
import { secretOutputParameter } from '../common/secrets';
import { credentialOperation } from '../shared/application';

export const addSecret = credentialOperation(
	{
		value: 'addSecret',
		name: 'Add Client Secret',
		action: 'Add a client secret to an app',
		description:
			"Add a client secret to an app registration or enterprise app; the secret is included, masked or omitted. CIPP shortens the expiry (default 12 months) to the tenant's app policy maximum.",
	},
	{ Action: 'Add', CredentialType: 'password' },
	[
		additionalFields([
			text('Display Name', 'displayName', 'Default CIPP-Generated Secret', 'DisplayName', { placeholder: 'e.g. n8n' }),
			{
				property: { displayName: 'Expires At', name: 'expiresAt', type: 'dateTime', default: '', description: 'Default in 12 months' },
				send: { name: 'ExpiryDate', in: 'body', encoding: 'unixSeconds' },
			},
		]),
		secretOutputParameter('client secret'),
	],
	actionResult({ secretField: 'clientSecret' }),
);
