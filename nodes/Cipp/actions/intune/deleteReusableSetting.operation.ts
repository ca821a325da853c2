import { writes } from '../common/endpoints';
import { additionalFields, text } from '../common/fields';
import { idPicker, tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import type { CippOperation } from '../types';

export const deleteReusableSetting: CippOperation = {
	resource: 'intune',
	value: 'deleteReusableSetting',
	name: 'Delete Reusable Setting',
	action: 'Delete an Intune reusable policy setting',
	description: 'Delete a reusable policy setting from a customer tenant (Intune refuses while a policy references it)',
	...writes('RemoveIntuneReusableSetting', 'Endpoint.MEM.ReadWrite'),
	parameters: [
		tenantParameter('body'),
		idPicker('setting', 'searchIntuneReusableSettings', 'The reusable setting, from the list or by its ID (Get Many Reusable Settings)', {
			name: 'ID',
			in: 'body',
		}),
		additionalFields([text('Display Name', 'displayName', "The setting's name, used only in CIPP's message", 'DisplayName')]),
	],
	output: actionResult(),
};
