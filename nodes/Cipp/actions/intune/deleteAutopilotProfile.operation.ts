import { writes } from '../common/endpoints';
import { additionalFields, text } from '../common/fields';
import { idPicker, tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import type { CippOperation } from '../types';

export const deleteAutopilotProfile: CippOperation = {
	resource: 'intune',
	value: 'deleteAutopilotProfile',
	name: 'Delete Autopilot Profile',
	action: 'Delete an Autopilot deployment profile',
	description:
		'Delete a Windows Autopilot deployment profile from a customer tenant; if Intune refuses, CIPP removes its assignments and tries again',
	...writes('RemoveAutopilotConfig', 'Endpoint.Autopilot.ReadWrite'),
	parameters: [
		tenantParameter('body'),
		idPicker(
			'profile',
			'searchIntuneAutopilotProfiles',
			'The deployment profile, from the list or by its ID (Get Many Autopilot Configs)',
			{ name: 'ID', in: 'body' },
		),
		additionalFields([text('Display Name', 'displayName', "The profile's name, used only in CIPP's message", 'displayName')]),
	],
	output: actionResult(),
};
