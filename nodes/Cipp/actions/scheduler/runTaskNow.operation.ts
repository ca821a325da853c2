import { writes } from '../common/endpoints';
import { actionResult } from '../common/readers';
import { requireTask, taskParameter } from '../shared/scheduler';
import type { CippOperation } from '../types';

export const runTaskNow: CippOperation = {
	resource: 'scheduler',
	value: 'runTaskNow',
	name: 'Run Task Now',
	action: 'Run a scheduled task now',
	description: 'Start a scheduled task at once (a completed one-time task runs again); a recurring task then counts its next run from now',
	...writes('AddScheduledItem', 'CIPP.Scheduler.ReadWrite'),
	parameters: [taskParameter({ name: 'RowKey', in: 'body' })],
	constants: { body: { RunNow: true } },
	// Add-CIPPScheduledTask :48: HTTP 200, no state, nothing started.
	refusals: [/^Could not run task/],
	output: actionResult({ queued: { followUp: 'Check the task with Scheduler → Get Task' } }),
	// With an unknown RowKey CIPP would not fail: it would add a new task without a command.
	run: async (context) => {
		await requireTask(context, String(context.values.taskId), 'nothing was started');
		return runTaskNow.output(await context.call(context.request, runTaskNow.role), context);
	},
};
