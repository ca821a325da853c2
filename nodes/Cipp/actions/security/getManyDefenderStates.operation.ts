import { reads } from '../common/endpoints';
import { deviceParameter, tenantParameter } from '../common/pickers';
import { recordsOrFail } from '../common/readers';
import type { CippOperation, CippParameter } from '../types';

const device: CippParameter = deviceParameter(
	{ name: 'DeviceID', in: 'query' },
	{ description: 'Only this Intune managed device; leave empty for every device' },
);

export const getManyDefenderStates: CippOperation = {
	resource: 'security',
	value: 'getManyDefenderStates',
	name: 'Get Many Defender States',
	action: 'Get the Defender antivirus state of devices',
	description:
		'List the Intune managed devices of a tenant with their Microsoft Defender antivirus state (windowsProtectionState: signatures, real-time protection, last scans, detected malware), one item per device',
	...reads('ListDefenderState', 'Endpoint.MEM.Read'),
	list: true,
	parameters: [tenantParameter('query'), { ...device, property: { ...device.property, required: false }, optional: true }],
	output: recordsOrFail,
};
