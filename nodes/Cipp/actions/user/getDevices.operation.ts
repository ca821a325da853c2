import { reads } from '../common/endpoints';
import { tenantParameter, userParameter } from '../common/pickers';
import { records } from '../common/readers';
import type { CippOperation } from '../types';

export const getDevices: CippOperation = {
	resource: 'user',
	value: 'getDevices',
	name: 'Get Devices',
	action: "Get a user's devices",
	description:
		'List the Entra ID devices a user owns, one item each (ID = device object ID, EPMID = Intune device ID when managed). An unknown user gives no items.',
	...reads('ListUserDevices', 'Identity.User.Read'),
	list: true,
	parameters: [tenantParameter('query'), userParameter({ name: 'UserID', in: 'query', encoding: 'graphId' })],
	output: records,
};
