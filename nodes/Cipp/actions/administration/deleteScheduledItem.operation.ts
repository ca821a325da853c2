import { requiredParameter } from '../common/fields';
import { actionResult } from '../common/readers';
import type { CippOperation } from '../types';

export const deleteScheduledItem: CippOperation = {
	resource: 'administration',
	value: 'deleteScheduledItem',
	name: 'Delete Scheduled Item',
	action: 'Delete a scheduled task',
	description: 'Delete a scheduled task and its run details from CIPP\'s scheduler, so it no longer runs',
	endpoint: 'RemoveScheduledItem',
	method: 'POST',
	access: 'write',
	role: 'CIPP.Scheduler.ReadWrite',
	parameters: [
		requiredParameter(
			{
				displayName: 'Task ID',
				name: 'taskId',
				type: 'string',
				default: '',
				placeholder: 'e.g. 2b5c9a7e-1f0d-4c3b-9a8e-7d6f5e4c3b2a',
				description: 'The task (its RowKey), from Get Many Scheduled Items',
			},
			{ name: 'id', in: 'body' },
		),
	],
	output: actionResult(),
};
