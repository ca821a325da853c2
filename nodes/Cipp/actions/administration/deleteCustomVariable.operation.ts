import { writes } from '../common/endpoints';
import { actionResult } from '../common/readers';
import { variableName, variableScope, variableTenant } from '../shared/administration';
import type { CippOperation } from '../types';

export const deleteCustomVariable: CippOperation = {
	resource: 'administration',
	value: 'deleteCustomVariable',
	name: 'Delete Custom Variable',
	action: 'Delete a custom variable',
	description: "Delete a tenant's or the global value of a %variable%; deleting a tenant's value brings back the global one for it",
	...writes('ExecCippReplacemap', 'Tenant.Config.ReadWrite'),
	parameters: [variableScope, variableTenant, variableName],
	constants: { body: { Action: 'Delete' } },
	refusals: [/^Variable '.*' not found$/],
	output: actionResult(),
};
