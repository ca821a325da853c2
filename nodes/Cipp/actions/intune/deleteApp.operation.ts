import { writes } from '../common/endpoints';
import { tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import { appIdParameter } from '../shared/intune';
import type { CippOperation } from '../types';

export const deleteApp: CippOperation = {
	resource: 'intune',
	value: 'deleteApp',
	name: 'Delete App',
	action: 'Delete an Intune app',
	description: 'Delete an app from Intune in a customer tenant; devices it was required on stop getting it',
	...writes('RemoveApp', 'Endpoint.Application.ReadWrite'),
	parameters: [tenantParameter('body'), appIdParameter],
	output: actionResult(),
};
