import { reads } from '../common/endpoints';
import { additionalFields, flag, guidText, inQuery } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { recordsOrFail } from '../common/readers';
import type { CippOperation } from '../types';

export const getManyDetectedApps: CippOperation = {
	resource: 'intune',
	value: 'getManyDetectedApps',
	name: 'Get Many Detected Apps',
	action: 'Get many apps Intune detected on devices',
	description:
		'List the apps Intune found installed on the managed devices of a customer tenant (or on one device), one item each with displayName, version and deviceCount',
	...reads('ListDetectedApps', 'Identity.Device.Read'),
	list: true,
	parameters: [
		tenantParameter('query'),
		additionalFields([
			guidText(
				'Device ID',
				'deviceId',
				'Only the apps of this Intune managed device (ID from Intune → Get Many Devices)',
				inQuery('DeviceID'),
				'e.g. 4eef487f-6538-4f41-a732-6f08f503cc8e',
			),
			flag(
				'Include Devices',
				'includeDevices',
				'Whether to add the devices each app is installed on (managedDevices)',
				inQuery('includeDevices'),
			),
		]),
	],
	output: recordsOrFail,
};
