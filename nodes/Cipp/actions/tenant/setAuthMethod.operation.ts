import { writes } from '../common/endpoints';
import { additionalFields, choices, requiredChoice, textField } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import * as validate from '../common/validators';
import type { CippOperation } from '../types';

export const setAuthMethod: CippOperation = {
	resource: 'tenant',
	value: 'setAuthMethod',
	name: 'Set Authentication Method',
	action: 'Turn an authentication method on or off',
	description:
		"Turn an authentication method (e.g. SMS, Voice, FIDO2, Temporary Access Pass) on or off in a tenant's authentication methods policy, optionally for given groups only",
	...writes('SetAuthMethod', 'Tenant.Administration.ReadWrite'),
	parameters: [
		tenantParameter('body'),
		requiredChoice(
			'Method',
			'methodId',
			'',
			'Id',
			'SMS',
			choices({
				'Email OTP': 'Email',
				'FIDO2 Security Key': 'FIDO2',
				'Hardware OATH Token': 'HardwareOATH',
				'Microsoft Authenticator': 'MicrosoftAuthenticator',
				'QR Code PIN': 'QRCodePin',
				SMS: 'SMS',
				'Software OATH Token': 'softwareOath',
				'Temporary Access Pass': 'TemporaryAccessPass',
				'Voice Call': 'Voice',
				'X.509 Certificate': 'x509Certificate',
			}),
		),
		requiredChoice('State', 'state', '', 'state', 'disabled', choices({ Enabled: 'enabled', Disabled: 'disabled' })),
		additionalFields([
			textField(
				{
					displayName: 'Group IDs',
					name: 'groupIds',
					placeholder: 'e.g. 2b5c9a7e-..., 8a2b...',
					description:
						'Replace the groups the method applies to with these (object IDs, separated by commas); default: leave them as they are',
				},
				{ name: 'GroupIds', in: 'body', encoding: 'stringList' },
				validate.guidList,
			),
		]),
	],
	output: actionResult(),
};
