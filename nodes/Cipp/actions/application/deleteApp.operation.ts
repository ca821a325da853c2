import { writes } from '../common/endpoints';
import { actionResult } from '../common/readers';
import { appTarget } from '../shared/application';
import type { CippOperation } from '../types';

export const deleteApp: CippOperation = {
	resource: 'application',
	value: 'deleteApp',
	name: 'Delete App',
	action: 'Delete an app registration or enterprise app',
	description: 'Delete an app registration or enterprise app from a tenant; Entra keeps a deleted app registration for 30 days',
	...writes('ExecApplication', 'Tenant.Application.ReadWrite'),
	parameters: appTarget('Type'),
	constants: { body: { Action: 'Delete' } },
	output: actionResult(),
};
