import { writes } from '../common/endpoints';
import { tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import type { CippOperation } from '../types';

export const syncAutopilotDevices: CippOperation = {
	resource: 'intune',
	value: 'syncAutopilotDevices',
	name: 'Sync Autopilot Devices',
	action: 'Sync Autopilot devices with Intune',
	description:
		'Start a Windows Autopilot sync in a customer tenant, so devices registered by a vendor or partner show up. Intune allows one sync every 10 minutes.',
	...writes('ExecSyncAPDevices', 'Endpoint.Autopilot.ReadWrite'),
	parameters: [tenantParameter('body')],
	output: actionResult(),
};
