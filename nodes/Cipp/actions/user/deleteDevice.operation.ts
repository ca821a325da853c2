import { writes } from '../common/endpoints';
import { requiredGuid } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import type { CippOperation } from '../types';

export const deleteDevice: CippOperation = {
	resource: 'user',
	value: 'deleteDevice',
	name: 'Delete Device',
	action: "Delete a user's Entra ID device",
	description:
		'Delete a device object from Entra ID (for example a lost device of a user). To delete an Intune managed device, use the Intune resource instead.',
	...writes('ExecDeviceDelete', 'Identity.Device.ReadWrite'),
	parameters: [
		tenantParameter('body'),
		requiredGuid(
			'Device Object ID',
			'deviceObjectId',
			'The Entra ID device object ID, from User → Get Devices (field ID)',
			'ID',
			'e.g. 4eef487f-6538-4f41-a732-6f08f503cc8e',
		),
	],
	constants: { body: { action: 'Delete' } },
	output: actionResult(),
};
