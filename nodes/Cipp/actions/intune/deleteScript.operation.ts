import { writes } from '../common/endpoints';
import { additionalFields, choices, requiredGuid, text } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import type { CippOperation } from '../types';

export const deleteScript: CippOperation = {
	resource: 'intune',
	value: 'deleteScript',
	name: 'Delete Script',
	action: 'Delete an Intune script',
	description: 'Delete a Windows, macOS, Linux or remediation script from Intune in a customer tenant',
	...writes('RemoveIntuneScript', 'Endpoint.MEM.ReadWrite'),
	parameters: [
		tenantParameter('body', { name: 'TenantFilter' }),
		requiredGuid('Script ID', 'scriptId', 'The ID from Intune → Get Many Scripts', 'ID', 'e.g. 6a2d8f4b-1c3e-4a5b-8d7f-9e0a1b2c3d4e'),
		{
			property: {
				displayName: 'Script Type',
				name: 'scriptType',
				type: 'options',
				required: true,
				default: 'Windows',
				description: 'The scriptType of the script in Intune → Get Many Scripts',
				options: choices({ Linux: 'Linux', macOS: 'MacOS', Remediation: 'Remediation', Windows: 'Windows' }),
			},
			send: { name: 'ScriptType', in: 'body' },
		},
		additionalFields([
			text('Display Name', 'displayName', "The script's name, used only in CIPP's message and log", 'DisplayName', {
				placeholder: 'e.g. Set time zone',
			}),
		]),
	],
	output: actionResult(),
};
