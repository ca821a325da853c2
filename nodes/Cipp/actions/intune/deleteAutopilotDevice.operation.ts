import { requiredParameter } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import * as validate from '../common/validators';
import type { CippOperation } from '../types';

export const deleteAutopilotDevice: CippOperation = {
	resource: 'intune',
	value: 'deleteAutopilotDevice',
	name: 'Delete Autopilot Device',
	action: 'Delete an Autopilot device',
	description: 'Remove a device from Windows Autopilot in a customer tenant (deregister its hardware hash), then start an Autopilot sync',
	endpoint: 'RemoveAPDevice',
	method: 'POST',
	access: 'write',
	role: 'Endpoint.Autopilot.ReadWrite',
	parameters: [
		tenantParameter('body'),
		requiredParameter({ displayName: 'Autopilot Device ID', type: 'string', default: '', name: 'autopilotDeviceId', placeholder: 'e.g. 7e1c3a5b-9d2f-4e6a-8b0c-1d3f5a7c9e2b', description: 'The ID from Intune → Get Many Autopilot Devices' }, { name: 'ID', in: 'body', validate: validate.guid }),
	],
	output: actionResult(),
};
