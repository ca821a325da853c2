import { writes } from '../common/endpoints';
import { requiredText } from '../common/fields';
import { actionResult, records } from '../common/readers';
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
		const id = String(context.values.taskId);
		const found = records(await context.call({ method: 'GET', endpoint: 'ListScheduledItems', qs: { Id: id } }, 'CIPP.Scheduler.Read'));
		if (found.length === 0) {
			context.fail(
				`Task ${id} was not found in CIPP's scheduler (or is not visible to this API client), so nothing was removed. Check the Task ID with Get Many Scheduled Items.`,
			);
		}
		return deleteScheduledItem.output(await context.call(context.request, deleteScheduledItem.role), context);
	},
};
