import * as validate from '../../helpers/validation';
import { actionResult } from '../common/outputs';
import { tenantParameter } from '../common/parameters';
import type { CippOperation } from '../types';
import { requiredText } from './fields';

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
		requiredText(
			{ displayName: 'Autopilot Device ID', name: 'autopilotDeviceId', placeholder: 'e.g. 7e1c3a5b-9d2f-4e6a-8b0c-1d3f5a7c9e2b', description: 'The id from Intune → Get Many Autopilot Devices' },
			{ name: 'ID', in: 'body' },
			validate.guid,
		),
	],
	output: actionResult(),
};
