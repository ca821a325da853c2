import { reads } from '../common/endpoints';
import { requiredLine, shownWhen } from '../common/fields';
import { deviceParameter, tenantParameter } from '../common/pickers';
import { singleRecord } from '../common/readers';
import type { CippOperation } from '../types';

export const getDevice: CippOperation = {
	resource: 'intune',
	value: 'getDevice',
	name: 'Get Device',
	action: 'Get an Intune device with its groups, compliance and apps',
	description:
		'Return one Intune managed device by ID, serial number or name, with DeviceGroups, CompliancePolicies (state per policy) and DetectedApps. A serial number or name that matches several devices finds none.',
	...reads('ListDeviceDetails', 'Identity.Device.Read'),
	parameters: [
		tenantParameter('query'),
		{
			property: {
				displayName: 'Find By',
				name: 'findBy',
				type: 'options',
				default: 'id',
				options: [
					{ name: 'Device ID', value: 'id' },
					{ name: 'Device Name', value: 'name' },
					{ name: 'Serial Number', value: 'serial' },
				],
				description: 'How to identify the device',
			},
		},
		shownWhen({ findBy: ['id'] }, deviceParameter({ name: 'DeviceID', in: 'query' })),
		shownWhen(
			{ findBy: ['serial'] },
			requiredLine(
				'Serial Number',
				'serialNumber',
				"The device's serial number",
				{ name: 'DeviceSerial', in: 'query' },
				{ placeholder: 'e.g. 5CG1234XYZ' },
			),
		),
		shownWhen(
			{ findBy: ['name'] },
			requiredLine(
				'Device Name',
				'deviceName',
				"The device's name in Intune",
				{ name: 'DeviceName', in: 'query' },
				{ placeholder: 'e.g. CONTOSO-LT-0142' },
			),
		),
	],
	output: singleRecord(
		({ values }) => `The device ${String(values.deviceId ?? values.serialNumber ?? values.deviceName)} (exactly one match)`,
	),
};
