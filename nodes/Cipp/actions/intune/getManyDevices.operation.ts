import { reads } from '../common/endpoints';
import { tenantParameter } from '../common/pickers';
import { records } from '../common/readers';
import type { CippOperation } from '../types';

export const getManyDevices: CippOperation = {
	resource: 'intune',
	value: 'getManyDevices',
	name: 'Get Many Devices',
	action: 'Get many Intune devices',
	description: 'List the Intune-managed devices of a customer tenant, one item per device with owner, OS, compliance and last sync',
	...reads('ListDevices', 'Endpoint.Device.Read'),
	list: true,
	parameters: [tenantParameter('query')],
	output: records,
};
