import { writes } from '../common/endpoints';
import { additionalFields, choices, requiredChoice, text } from '../common/fields';
import { tenantParameter, userByIdParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import type { CippOperation } from '../types';

export const setSourceOfAuthority: CippOperation = {
	resource: 'user',
	value: 'setSourceOfAuthority',
	name: 'Set Source of Authority',
	action: 'Move a synced user to cloud management or back',
	description:
		"Switch a directory-synced user's source of authority to Microsoft Entra (cloud-managed, so Entra Connect stops syncing it) or back to on-premises Active Directory",
	...writes('ExecSetCloudManaged', 'Identity.DirSync.ReadWrite'),
	parameters: [
		tenantParameter('body'),
		userByIdParameter({ name: 'ID', in: 'body' }),
		requiredChoice(
			'Managed In',
			'isCloudManaged',
			'',
			'isCloudManaged',
			'true',
			choices({ 'Cloud (Microsoft Entra)': 'true', 'On-Premises Active Directory': 'false' }),
		),
		additionalFields([text('Display Name', 'displayName', "The user's name for CIPP's message", 'displayName')]),
	],
	constants: { body: { type: 'User' } },
	output: actionResult(),
};
