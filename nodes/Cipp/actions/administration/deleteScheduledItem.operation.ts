import { writes } from '../common/endpoints';
import { requiredText } from '../common/fields';
import { actionResult } from '../common/readers';
import { requireTask } from '../shared/scheduler';
import type { CippOperation } from '../types';

export const deleteScheduledItem: CippOperation = {
	resource: 'administration',
	value: 'deleteScheduledItem',
	name: 'Delete Scheduled Item',
	action: 'Delete a scheduled task',
	description:
		'Delete a scheduled task and its run details from CIPP\'s scheduler, so it no longer runs. The task is looked up first: CIPP itself answers "Task removed successfully." for an ID it does not have.',
	...writes('RemoveScheduledItem', 'CIPP.Scheduler.ReadWrite'),
	parameters: [
		requiredText(
			{
				displayName: 'Task ID',
				name: 'taskId',
				placeholder: 'e.g. 2b5c9a7e-1f0d-4c3b-9a8e-7d6f5e4c3b2a',
				description: 'The task (its RowKey), from Get Many Scheduled Items',
			},
			{ name: 'id', in: 'body' },
		),
	],
	output: actionResult(),
	// Invoke-RemoveScheduledItem never checks that the task exists, and deleting a missing table
	// entity is no error: the task is read first so a wrong ID fails instead of "removed".
	run: async (context) => {
		await requireTask(context, String(context.values.taskId), 'nothing was removed');
		return deleteScheduledItem.output(await context.call(context.request, deleteScheduledItem.role), context);
	},
};
