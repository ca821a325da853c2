import type { ICredentialType, Icon, INodeProperties } from 'n8n-workflow';

/**
 * The secret CIPP sends with each alert it posts to the CIPP Trigger (CIPP → Settings →
 * Notifications → Webhook Endpoint Authentication). Kept as a credential so n8n stores it
 * encrypted, unlike node parameters, which sit in the workflow in plain text. The trigger's
 * Authentication setting picks which fields CIPP must send: the secret as a bearer token, as the
 * Basic password (with the user name), or as the value of the API key header.
 */
export class CippAlertWebhookApi implements ICredentialType {
	name = 'cippAlertWebhookApi';

	displayName = 'CIPP Alert Webhook API';

	icon: Icon = { light: 'file:../icons/cipp.svg', dark: 'file:../icons/cipp.dark.svg' };

	documentationUrl = 'https://github.com/cipp-toolkit/n8n-nodes-cipp-toolkit#cipp-trigger';

	properties: INodeProperties[] = [
		{
			displayName: 'Secret',
			name: 'secret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description:
				'A long random value (at least 16 characters), entered in CIPP as the Bearer token, the Basic password or the API key header value',
		},
		{
			displayName: 'User Name (Basic Auth)',
			name: 'username',
			type: 'string',
			default: 'cipp',
			description: 'The user name CIPP sends with Basic Auth; ignored by the other methods',
		},
		{
			displayName: 'Header Name (API Key Header)',
			name: 'headerName',
			type: 'string',
			default: 'X-CIPP-Webhook-Key',
			description: 'The header CIPP puts the secret in with API Key Header; ignored by the other methods',
		},
	];
}
