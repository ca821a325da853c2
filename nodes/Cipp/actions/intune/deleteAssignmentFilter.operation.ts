import { writes } from '../common/endpoints';
import { tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import { assignmentFilterParameter } from '../shared/intune';
import type { CippOperation } from '../types';

export const deleteAssignmentFilter: CippOperation = {
	resource: 'intune',
	value: 'deleteAssignmentFilter',
	name: 'Delete Assignment Filter',
	action: 'Delete an Intune assignment filter',
	description: 'Delete an assignment filter from a customer tenant (Intune refuses while a policy or app assignment uses it)',
	...writes('ExecAssignmentFilter', 'Endpoint.MEM.ReadWrite'),
	parameters: [tenantParameter('body'), assignmentFilterParameter({ name: 'ID', in: 'body' })],
	constants: { body: { Action: 'Delete' } },
	output: actionResult(),
};
