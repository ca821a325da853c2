import { choiceProperty, choices, requiredLine, shownWhen } from '../common/fields';
import { optionalTenantParameter } from '../common/pickers';
import { resultRecords } from '../common/readers';
import { entraDeviceIdParameter } from '../shared/intune';
import type { CippOperation } from '../types';

export const searchBitlockerKeys: CippOperation = {
	resource: 'intune',
	value: 'searchBitlockerKeys',
	name: 'Search BitLocker Keys',
	action: 'Find the device a BitLocker recovery key belongs to',
	description:
		"Search CIPP's cached BitLocker key records by recovery key ID or Entra device ID, one item per key with tenant, deviceName and keyId (not the key itself: use Get Recovery Key)",
	endpoint: 'ExecBitlockerSearch',
	method: 'POST',
	access: 'read',
	role: 'Endpoint.Device.Read',
	list: true,
	parameters: [
		optionalTenantParameter(),
		{
			property: choiceProperty(
				'Search By',
				'searchBy',
				'keyId',
				choices({ 'Recovery Key ID': 'keyId', 'Entra Device ID': 'deviceId' }),
				'What to search for',
			),
		},
		shownWhen(
			{ searchBy: ['keyId'] },
			requiredLine(
				'Recovery Key ID',
				'keyId',
				'The key ID BitLocker shows on the recovery screen (the first characters are enough)',
				'keyId',
				{ placeholder: 'e.g. 8911a878-b631-47e8-b5e8-bcb00e586c74' },
			),
		),
		shownWhen({ searchBy: ['deviceId'] }, entraDeviceIdParameter('deviceId')),
	],
	output: resultRecords,
};
