import { deviceParameter, tenantParameter, userParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import type { CippOperation } from '../types';

export const setPrimaryUser: CippOperation = {
	resource: 'intune',
	value: 'setPrimaryUser',
	name: 'Set Primary User',
	action: "Change an Intune device's primary user",
	description: "Make a user the primary user of an Intune managed device (the owner shown in Intune and Company Portal)",
	endpoint: 'ExecDeviceAction',
	method: 'POST',
	access: 'write',
	role: 'Endpoint.MEM.ReadWrite',
	parameters: [
		tenantParameter('body'),
		deviceParameter({ name: 'GUID', in: 'body' }),
		userParameter(
			{ name: 'user', in: 'body', encoding: 'labelValue' },
			{ displayName: 'Primary User', name: 'primaryUser', description: 'The new primary user, by object ID (or user principal name)' },
		),
	],
	constants: { body: { Action: 'users' } },
	output: actionResult(),
};
