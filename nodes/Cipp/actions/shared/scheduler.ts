import { recordParameter } from '../common/pickers';
import { records } from '../common/readers';
import type { CippParameter, SendTo, StepContext } from '../types';

/** A scheduled task of CIPP's scheduler, picked from its list or typed by ID (its RowKey). */
export function taskParameter(send: SendTo): CippParameter {
	return recordParameter(
		{
			displayName: 'Task ID',
			name: 'taskId',
			description: 'The scheduled task (its RowKey), from Get Many Scheduled Items',
			searchListMethod: 'searchScheduledTasks',
			placeholder: 'Select a task...',
		},
		send,
	);
}

/**
 * Reads the task first: CIPP answers success (or makes a new, empty task) for a task ID it does
 * not have, so a wrong ID fails here with a clear message instead.
 */
export async function requireTask(context: StepContext, id: string, what: string): Promise<void> {
	const found = records(await context.call({ method: 'GET', endpoint: 'ListScheduledItems', qs: { Id: id } }, 'CIPP.Scheduler.Read'));
	if (found.length === 0) {
		context.fail(
			`Task ${id} was not found in CIPP's scheduler (or is not visible to this API client), so ${what}. Check the Task ID with Get Many Scheduled Items.`,
		);
	}
}
