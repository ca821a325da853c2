import { reads } from '../common/endpoints';
import { tenantParameter } from '../common/pickers';
import { records } from '../common/readers';
import type { CippOperation } from '../types';

export const getManyAutopilotDevices: CippOperation = {
	resource: 'intune',
	value: 'getManyAutopilotDevices',
	name: 'Get Many Autopilot Devices',
	action: 'Get many Autopilot devices',
	description:
		'List the Windows Autopilot device identities of a customer tenant, one item each with serial number, model, group tag, assigned user and enrollment state',
	...reads('ListAPDevices', 'Endpoint.Autopilot.Read'),
	list: true,
	parameters: [tenantParameter('query')],
	output: records,
};
